package io.sdkgen.runtime;

import com.aliyun.tea.TeaRequest;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.http.MethodType;
import java.util.Map;
import java.util.TreeMap;

/** The official Alibaba signers, used as independent oracles (test scope only). */
public final class Oracles {
  private Oracles() {}

  /** V1 signature as aliyun-java-sdk-core computes it over {@code params} (without Signature). */
  public static String v1Signature(String method, Map<String, String> params, String secret) {
    Map<String, String> copy = new TreeMap<>(params);
    copy.remove("Signature");
    HmacSHA1Signer signer = new HmacSHA1Signer();
    String stringToSign =
        RpcSignatureComposer.getComposer()
            .composeStringToSign(MethodType.valueOf(method), null, signer, copy, null, null);
    return signer.signString(stringToSign, secret + "&");
  }

  /** V3 Authorization header as com.aliyun:openapiutil computes it. */
  public static String v3Authorization(
      String method,
      String pathname,
      Map<String, String> query,
      Map<String, String> headers,
      String payloadHash,
      String accessKeyId,
      String secret) {
    TeaRequest request = new TeaRequest();
    request.method = method;
    request.pathname = pathname;
    request.query = new java.util.HashMap<>(query);
    request.headers = new java.util.HashMap<>(headers);
    try {
      return com.aliyun.openapiutil.Client.getAuthorization(
          request, "ACS3-HMAC-SHA256", payloadHash, accessKeyId, secret);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.sdkgen.bench;

import io.sdkgen.runtime.ClientOptions;
import io.sdkgen.runtime.ErrorRegistry;
import io.sdkgen.runtime.OperationInfo;
import io.sdkgen.runtime.RequestWriter;
import io.sdkgen.runtime.ResponseNode;
import io.sdkgen.runtime.ResponseReader;
import io.sdkgen.runtime.RetryPolicy;
import io.sdkgen.runtime.SdkClient;
import io.sdkgen.runtime.ServiceInfo;
import io.sdkgen.runtime.SignatureVersion;
import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import io.sdkgen.runtime.internal.RequestParams;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one call every benchmark makes: VPC {@code CreateVpnRouteEntry} with its eight parameters,
 * written by hand exactly as generated code will write it, and the answer the loopback server
 * gives.
 */
final class VpcFixture {
  private VpcFixture() {}

  static final String ACCESS_KEY_ID = "LTAI5tBenchmarkKeyId0001";
  static final String ACCESS_KEY_SECRET = "benchmarkSecretNotARealOne0123456789";
  static final String API_VERSION = "2016-04-28";
  static final String ACTION = "CreateVpnRouteEntry";

  static final String REGION_ID = "cn-hangzhou";
  static final String VPN_GATEWAY_ID = "vpn-bp1a3kqjiiq9legfx****";
  static final String ROUTE_DEST = "10.0.0.0/24";
  static final String NEXT_HOP = "vco-bp15oes1py4i66rmd****";
  static final int WEIGHT = 0;
  static final boolean PUBLISH_VPC = true;
  static final String CLIENT_TOKEN = "d7d24a21-f4ba-4454-9173-b3828dae492b";
  static final String OVERLAY_MODE = "Ipsec";

  static final String REQUEST_ID = "5BE01CD7-5A50-472D-AC14-CA181C5C03BE";

  /** The body the loopback server answers with: the page's example response. */
  static final byte[] RESPONSE_BODY =
      ("{\"RequestId\":\""
              + REQUEST_ID
              + "\",\"VpnInstanceId\":\"vpn-bp1cmw7jh1nfe43m9****\","
              + "\"RouteDest\":\"10.0.0.0/24\",\"NextHop\":\"vco-bp15oes1py4i66rmd****\","
              + "\"Weight\":0,\"OverlayMode\":\"Ipsec\",\"State\":\"published\","
              + "\"CreateTime\":1492747187000,\"Description\":\"desctest\"}")
          .getBytes(StandardCharsets.UTF_8);

  static final ServiceInfo VPC =
      new ServiceInfo(
          "Vpc",
          API_VERSION,
          "vpc",
          Map.of("cn-hangzhou", "vpc.aliyuncs.com"),
          ErrorRegistry.empty());

  static final OperationInfo CREATE_VPN_ROUTE_ENTRY =
      OperationInfo.rpc(ACTION, "POST", true, "ClientToken");

  /** What the generator will emit for the request: one explicit call per field. */
  record CreateVpnRouteEntryRequest(
      String regionId,
      String vpnGatewayId,
      String routeDest,
      String nextHop,
      Integer weight,
      Boolean publishVpc,
      String clientToken,
      String overlayMode)
      implements RequestWriter {
    @Override
    public void writeTo(RequestParams params) {
      params.add("RegionId", regionId);
      params.add("VpnGatewayId", vpnGatewayId);
      params.add("RouteDest", routeDest);
      params.add("NextHop", nextHop);
      params.add("Weight", weight);
      params.add("PublishVpc", publishVpc);
      params.add("ClientToken", clientToken);
      params.add("OverlayMode", overlayMode);
    }
  }

  /** What the generator will emit for the response, and its reader. */
  record CreateVpnRouteEntryResponse(
      String requestId,
      String vpnInstanceId,
      String routeDest,
      String nextHop,
      Integer weight,
      String overlayMode,
      String state,
      Long createTime,
      String description) {

    static final ResponseReader<CreateVpnRouteEntryResponse> READER =
        CreateVpnRouteEntryResponse::read;

    static CreateVpnRouteEntryResponse read(ResponseNode node) {
      return new CreateVpnRouteEntryResponse(
          node.getString("RequestId"),
          node.getString("VpnInstanceId"),
          node.getString("RouteDest"),
          node.getString("NextHop"),
          node.getInteger("Weight"),
          node.getString("OverlayMode"),
          node.getString("State"),
          node.getLong("CreateTime"),
          node.getString("Description"));
    }
  }

  /** A request with all eight parameters set (a fixed ClientToken: no UUID per call). */
  static CreateVpnRouteEntryRequest request() {
    return new CreateVpnRouteEntryRequest(
        REGION_ID,
        VPN_GATEWAY_ID,
        ROUTE_DEST,
        NEXT_HOP,
        WEIGHT,
        PUBLISH_VPC,
        CLIENT_TOKEN,
        OVERLAY_MODE);
  }

  /** An sdkgen client for {@code endpoint} signing with {@code version}, no retries. */
  static SdkClient sdkgenClient(String endpoint, SignatureVersion version) {
    return sdkgenClient(endpoint, version, RetryPolicy.none());
  }

  /** An sdkgen client for {@code endpoint} signing with {@code version}. */
  static SdkClient sdkgenClient(String endpoint, SignatureVersion version, RetryPolicy retries) {
    return new SdkClient(
        VPC,
        ClientOptions.builder()
            .region(REGION_ID)
            .endpoint(endpoint)
            .credentials(
                new StaticCredentialsProvider(Credentials.of(ACCESS_KEY_ID, ACCESS_KEY_SECRET)))
            .signatureVersion(version)
            .retryPolicy(retries)
            .build());
  }

  /** Throws unless {@code requestId} is the one the server sends. */
  static void check(String client, int status, String requestId) {
    if (status != 200 || !REQUEST_ID.equals(requestId)) {
      throw new IllegalStateException(
          client + " sanity check failed: status " + status + ", RequestId " + requestId);
    }
  }
}

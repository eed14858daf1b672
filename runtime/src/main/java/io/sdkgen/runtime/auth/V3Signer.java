package io.sdkgen.runtime.auth;

import io.sdkgen.runtime.ResponseFormat;
import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Signature V3, {@code ACS3-HMAC-SHA256}: a header signature over a canonical request, for RPC and
 * ROA alike.
 *
 * <p>Sets {@code host}, {@code x-acs-action}, {@code x-acs-version}, {@code x-acs-date}, {@code
 * x-acs-signature-nonce}, {@code x-acs-content-sha256}, with STS also {@code x-acs-accesskey-id}
 * and {@code x-acs-security-token}, then {@code Authorization}. Form parameters, if any, become an
 * {@code application/x-www-form-urlencoded} body. {@code accept} is added but not signed.
 */
public final class V3Signer implements Signer {
  /** The algorithm name that starts the string-to-sign and the Authorization header. */
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private final String accept;

  /** A signer asking for JSON ({@code accept: application/json}). */
  public V3Signer() {
    this(ResponseFormat.JSON);
  }

  /** A signer asking for answers in {@code format}. */
  public V3Signer(ResponseFormat format) {
    this.accept = format == ResponseFormat.XML ? "application/xml" : "application/json";
  }

  @Override
  public Request sign(Request request, Credentials credentials, String timestamp, String nonce) {
    byte[] body = request.body();
    Params.Builder headers = request.headers().toBuilder(10);
    if (!request.form().isEmpty()) {
      body = request.formBodyBytes();
      headers.set("content-type", "application/x-www-form-urlencoded");
    }
    String payloadHash = Crypto.sha256Hex(body);
    headers.set("host", request.host());
    headers.set("x-acs-action", request.operation().name());
    headers.set("x-acs-version", request.service().apiVersion());
    headers.set("x-acs-date", timestamp);
    headers.set("x-acs-signature-nonce", nonce);
    headers.set("x-acs-content-sha256", payloadHash);
    if (credentials.securityToken() != null) {
      headers.set("x-acs-accesskey-id", credentials.accessKeyId());
      headers.set("x-acs-security-token", credentials.securityToken());
    }
    if (headers.get("accept") == null) {
      headers.add("accept", accept);
    }
    String authorization =
        authorization(
            request.method(), request.path(), request.query(), headers, payloadHash, credentials);
    return request
        .newBuilder()
        .headers(headers.add("authorization", authorization).build())
        .form(Params.empty())
        .body(body)
        .build();
  }

  /**
   * The same result as {@link #canonicalRequest}, {@link #signature} and {@link #authorization}
   * composed, without their intermediate strings: the canonical request and the string-to-sign are
   * written into per-thread byte buffers and hashed there, so the header value is the only string
   * made.
   */
  private static String authorization(
      String method,
      String encodedPath,
      Params query,
      Params.Builder headers,
      String payloadHash,
      Credentials credentials) {
    int hn = headers.size();
    String[] headerNames = Crypto.strings(2, hn);
    String[] headerValues = Crypto.strings(3, hn);
    int k = 0;
    int headerBytes = 0;
    for (int i = 0; i < hn; i++) {
      String name = headers.name(i).toLowerCase(Locale.ROOT);
      if (isSigned(name)) {
        headerNames[k] = name;
        headerValues[k] = headers.value(i).trim();
        headerBytes += 3 * (2 * name.length() + headerValues[k].length()) + 3;
        k++;
      }
    }
    Sorting.sort(headerNames, headerValues, k);
    int qn = query.size();
    String[] queryNames = Crypto.strings(0, qn);
    String[] queryValues = Crypto.strings(1, qn);
    for (int i = 0; i < qn; i++) {
      queryNames[i] = query.name(i);
      queryValues[i] = query.value(i);
    }
    Sorting.sort(queryNames, queryValues, qn);

    // METHOD\npath\ncanonicalQuery\nname:value\n...\n\nsignedHeaders\npayloadHash
    int max =
        3 * (method.length() + encodedPath.length() + payloadHash.length())
            + V1Signer.maxCanonicalLength(queryNames, queryValues, qn)
            + headerBytes
            + 8;
    byte[] canonical = Crypto.scratch(0, max);
    int pos = Crypto.utf8To(method, canonical, 0);
    canonical[pos++] = '\n';
    pos = Crypto.utf8To(encodedPath, canonical, pos);
    canonical[pos++] = '\n';
    pos = V1Signer.canonicalize(queryNames, queryValues, qn, canonical, pos);
    canonical[pos++] = '\n';
    for (int i = 0; i < k; i++) {
      pos = Crypto.utf8To(headerNames[i], canonical, pos);
      canonical[pos++] = ':';
      pos = Crypto.utf8To(headerValues[i], canonical, pos);
      canonical[pos++] = '\n';
    }
    canonical[pos++] = '\n';
    pos = signedHeaders(headerNames, k, canonical, pos);
    canonical[pos++] = '\n';
    pos = Crypto.utf8To(payloadHash, canonical, pos);
    Crypto.clear(queryNames, qn);
    Crypto.clear(queryValues, qn);

    String accessKeyId = credentials.accessKeyId();
    byte[] text =
        Crypto.scratch(1, ALGORITHM.length() + 160 + 3 * accessKeyId.length() + headerBytes);
    int t = Crypto.utf8To(ALGORITHM, text, 0);
    text[t++] = '\n';
    t = Crypto.hexTo(Crypto.sha256(canonical, pos), 32, text, t);
    byte[] mac = Crypto.hmacSha256(credentials.accessKeySecret(), text, t);

    // The string-to-sign is consumed: the same buffer now takes the header value.
    int a = Crypto.utf8To(ALGORITHM, text, 0);
    a = Crypto.utf8To(" Credential=", text, a);
    a = Crypto.utf8To(accessKeyId, text, a);
    a = Crypto.utf8To(",SignedHeaders=", text, a);
    a = signedHeaders(headerNames, k, text, a);
    a = Crypto.utf8To(",Signature=", text, a);
    a = Crypto.hexTo(mac, 32, text, a);
    Crypto.clear(headerNames, k);
    Crypto.clear(headerValues, k);
    return new String(text, 0, a, StandardCharsets.UTF_8);
  }

  private static boolean isSigned(String lowerCaseName) {
    return lowerCaseName.equals("host")
        || lowerCaseName.equals("content-type")
        || lowerCaseName.startsWith("x-acs-");
  }

  private static int signedHeaders(String[] names, int n, byte[] buf, int pos) {
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        buf[pos++] = ';';
      }
      pos = Crypto.utf8To(names[i], buf, pos);
    }
    return pos;
  }

  /**
   * The canonical header block and the signed-header list.
   *
   * @param block {@code name:value\n} per signed header, sorted by name
   * @param signedHeaders the names joined with {@code ;}
   */
  public record CanonicalHeaders(String block, String signedHeaders) {}

  /**
   * Returns the canonical headers: {@code host}, {@code content-type} and {@code x-acs-*},
   * lower-cased, values trimmed, sorted by name.
   */
  public static CanonicalHeaders canonicalHeaders(Params headers) {
    int n = headers.size();
    String[] names = new String[n];
    String[] values = new String[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      String name = headers.name(i).toLowerCase(Locale.ROOT);
      if (isSigned(name)) {
        names[k] = name;
        values[k++] = headers.value(i).trim();
      }
    }
    Sorting.sort(names, values, k);
    StringBuilder block = new StringBuilder(k * 48);
    StringBuilder signed = new StringBuilder(k * 16);
    for (int i = 0; i < k; i++) {
      block.append(names[i]).append(':').append(values[i]).append('\n');
      if (i > 0) {
        signed.append(';');
      }
      signed.append(names[i]);
    }
    return new CanonicalHeaders(block.toString(), signed.toString());
  }

  /** Returns the canonical query: sorted {@code percentEncode(name)=percentEncode(value)}. */
  public static String canonicalQuery(Params query) {
    return V1Signer.canonicalizedQuery(query);
  }

  /** Returns the canonical request for the given, already encoded, path. */
  public static String canonicalRequest(
      String method,
      String encodedPath,
      Params query,
      CanonicalHeaders headers,
      String payloadHash) {
    String canonicalQuery = canonicalQuery(query);
    StringBuilder out =
        new StringBuilder(
            method.length()
                + encodedPath.length()
                + canonicalQuery.length()
                + headers.block().length()
                + headers.signedHeaders().length()
                + 70);
    out.append(method).append('\n');
    out.append(encodedPath).append('\n');
    out.append(canonicalQuery).append('\n');
    out.append(headers.block()).append('\n');
    out.append(headers.signedHeaders()).append('\n');
    out.append(payloadHash);
    return out.toString();
  }

  /** Returns {@code ACS3-HMAC-SHA256\n} + lowercase hex SHA-256 of the canonical request. */
  public static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + Crypto.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the lowercase hex HMAC-SHA256 (key = the bare secret) of the string-to-sign. */
  public static String signature(String canonicalRequest, String accessKeySecret) {
    return Crypto.hex(Crypto.hmacSha256(accessKeySecret, stringToSign(canonicalRequest)));
  }

  /** Returns the Authorization header value. */
  public static String authorization(String accessKeyId, String signedHeaders, String signature) {
    return ALGORITHM
        + " Credential="
        + accessKeyId
        + ",SignedHeaders="
        + signedHeaders
        + ",Signature="
        + signature;
  }

  /** Returns the lowercase hex SHA-256 of {@code body} ({@code null} = empty). */
  public static String payloadHash(byte[] body) {
    return Crypto.sha256Hex(body);
  }

  @Override
  public String toString() {
    return "V3Signer{" + ALGORITHM + ", accept=" + accept + "}";
  }
}

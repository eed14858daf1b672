package io.sdkgen.runtime.auth;

import io.sdkgen.runtime.ResponseFormat;
import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RPC signature V1: HMAC-SHA1 over the sorted, percent-encoded query and form parameters.
 *
 * <p>Adds the common parameters ({@code AccessKeyId}, {@code Action}, {@code Format}, {@code
 * SignatureMethod}, {@code SignatureNonce}, {@code SignatureVersion}, {@code Timestamp}, {@code
 * Version}, and {@code SecurityToken} for STS) and {@code Signature}. For GET every parameter goes
 * in the query, sorted; for POST the common parameters and the signature go in the query and the
 * operation's form parameters stay in the body. Query and form are signed as one set.
 */
public final class V1Signer implements Signer {
  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private final String format;

  /** A signer asking for JSON answers ({@code Format=JSON}). */
  public V1Signer() {
    this(ResponseFormat.JSON);
  }

  /** A signer asking for answers in {@code format}. */
  public V1Signer(ResponseFormat format) {
    this.format = format == ResponseFormat.XML ? "XML" : "JSON";
  }

  @Override
  public Request sign(Request request, Credentials credentials, String timestamp, String nonce) {
    Params query = request.query();
    Params form = request.form();
    boolean get = "GET".equals(request.method());
    String token = credentials.securityToken();
    int commonCount = token == null ? 8 : 9;
    int n = query.size() + form.size() + commonCount;
    // Per-thread arrays, cleared below: the sorted copy lives only for this call.
    String[] names = Crypto.strings(0, n);
    String[] values = Crypto.strings(1, n);
    int k = 0;
    for (int i = 0; i < query.size(); i++, k++) {
      names[k] = query.name(i);
      values[k] = query.value(i);
    }
    for (int i = 0; i < form.size(); i++, k++) {
      names[k] = form.name(i);
      values[k] = form.value(i);
    }
    int commonStart = k;
    names[k] = "AccessKeyId";
    values[k++] = credentials.accessKeyId();
    names[k] = "Action";
    values[k++] = request.operation().name();
    names[k] = "Format";
    values[k++] = format;
    names[k] = "SignatureMethod";
    values[k++] = "HMAC-SHA1";
    names[k] = "SignatureNonce";
    values[k++] = nonce;
    names[k] = "SignatureVersion";
    values[k++] = "1.0";
    names[k] = "Timestamp";
    values[k++] = timestamp;
    names[k] = "Version";
    values[k++] = request.service().apiVersion();
    if (token != null) {
      names[k] = "SecurityToken";
      values[k++] = token;
    }

    Params.Builder wireQuery = Params.builder(get ? n + 1 : query.size() + commonCount + 1);
    if (!get) {
      for (int i = 0; i < query.size(); i++) {
        wireQuery.add(query.name(i), query.value(i));
      }
      for (int i = commonStart; i < n; i++) {
        wireQuery.add(names[i], values[i]);
      }
    }
    Sorting.sort(names, values, n);
    String signature = sign(request.method(), names, values, n, credentials.accessKeySecret());
    if (get) {
      for (int i = 0; i < n; i++) {
        wireQuery.add(names[i], values[i]);
      }
    }
    Crypto.clear(names, n);
    Crypto.clear(values, n);
    wireQuery.add("Signature", signature);
    Request.Builder signed = request.newBuilder().query(wireQuery.build());
    if (get) {
      signed.form(Params.empty());
    }
    return signed.build();
  }

  /** Returns the canonicalized query string of all {@code params}: sorted, percent-encoded. */
  public static String canonicalizedQuery(Params params) {
    int n = params.size();
    String[] names = new String[n];
    String[] values = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = params.name(i);
      values[i] = params.value(i);
    }
    Sorting.sort(names, values, n);
    return canonicalize(names, values, n);
  }

  private static String canonicalize(String[] names, String[] values, int n) {
    byte[] buf = Crypto.scratch(0, maxCanonicalLength(names, values, n));
    return new String(buf, 0, canonicalize(names, values, n, buf), StandardCharsets.ISO_8859_1);
  }

  static int maxCanonicalLength(String[] names, String[] values, int n) {
    int max = n;
    for (int i = 0; i < n; i++) {
      max += PercentEncoder.maxEncodedLength(names[i]) + PercentEncoder.maxEncodedLength(values[i]);
    }
    return max;
  }

  /** Writes the canonicalized query as ASCII bytes; returns its length. */
  private static int canonicalize(String[] names, String[] values, int n, byte[] buf) {
    return canonicalize(names, values, n, buf, 0);
  }

  /** Writes the canonicalized query as ASCII bytes at {@code pos}; returns the new position. */
  static int canonicalize(String[] names, String[] values, int n, byte[] buf, int pos) {
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        buf[pos++] = '&';
      }
      pos = PercentEncoder.encodeTo(names[i], buf, pos);
      buf[pos++] = '=';
      pos = PercentEncoder.encodeTo(values[i], buf, pos);
    }
    return pos;
  }

  /**
   * Signs without intermediate strings: canonical query and string-to-sign are written into
   * per-thread byte buffers and fed to the per-thread Mac.
   */
  private static String sign(String method, String[] names, String[] values, int n, String secret) {
    int max = maxCanonicalLength(names, values, n);
    byte[] canonical = Crypto.scratch(0, max);
    int length = canonicalize(names, values, n, canonical);
    byte[] toSign = Crypto.scratch(1, method.length() + 5 + length * 3);
    int pos = 0;
    for (int i = 0; i < method.length(); i++) {
      toSign[pos++] = (byte) method.charAt(i);
    }
    toSign[pos++] = '&';
    toSign[pos++] = '%';
    toSign[pos++] = '2';
    toSign[pos++] = 'F';
    toSign[pos++] = '&';
    for (int i = 0; i < length; i++) {
      byte b = canonical[i];
      if (b == '%') {
        toSign[pos++] = '%';
        toSign[pos++] = '2';
        toSign[pos++] = '5';
      } else if (b == '=') {
        toSign[pos++] = '%';
        toSign[pos++] = '3';
        toSign[pos++] = 'D';
      } else if (b == '&') {
        toSign[pos++] = '%';
        toSign[pos++] = '2';
        toSign[pos++] = '6';
      } else {
        toSign[pos++] = b;
      }
    }
    return Crypto.hmacSha1Base64(secret, true, toSign, pos);
  }

  /** Returns {@code METHOD&%2F&percentEncode(canonicalized)}. */
  public static String stringToSign(String method, String canonicalized) {
    StringBuilder out = new StringBuilder(method.length() + 5 + canonicalized.length() * 5 / 4);
    out.append(method).append("&%2F&");
    // The canonical string holds only unreserved characters, '%', '=' and '&' by construction.
    for (int i = 0; i < canonicalized.length(); i++) {
      char c = canonicalized.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '=' -> out.append("%3D");
        case '&' -> out.append("%26");
        default -> {
          if (!PercentEncoder.isUnreserved(c)) {
            return method + "&%2F&" + PercentEncoder.encode(canonicalized);
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /** Returns Base64(HMAC-SHA1(secret + "&", stringToSign)). */
  public static String signature(String stringToSign, String accessKeySecret) {
    return BASE64.encodeToString(Crypto.hmacSha1(accessKeySecret, true, stringToSign));
  }

  @Override
  public String toString() {
    return "V1Signer{HMAC-SHA1, Format=" + format + "}";
  }
}

package io.sdkgen.runtime.auth;

import io.sdkgen.runtime.http.Params;
import java.util.Base64;
import java.util.Locale;

/**
 * The older ROA header signature (HMAC-SHA1, key = the bare secret), {@code Authorization: acs
 * id:signature}. Provided for completeness and tested against the shared vectors; the client signs
 * ROA requests with {@link V3Signer}.
 */
public final class RoaSha1Signer {
  private RoaSha1Signer() {}

  /**
   * Returns the string-to-sign: method, accept, content-md5, content-type and date lines, then the
   * canonicalized {@code x-acs-*} headers and the canonicalized resource.
   */
  public static String stringToSign(String method, String pathname, Params query, Params headers) {
    Params lower = lowerCase(headers);
    StringBuilder out = new StringBuilder(256);
    out.append(method).append('\n');
    out.append(orEmpty(lower.get("accept"))).append('\n');
    out.append(orEmpty(lower.get("content-md5"))).append('\n');
    out.append(orEmpty(lower.get("content-type"))).append('\n');
    out.append(orEmpty(lower.get("date"))).append('\n');
    out.append(canonicalizedHeaders(lower));
    out.append(canonicalizedResource(pathname, query));
    return out.toString();
  }

  /** Returns every {@code x-acs-*} header as {@code name:value\n}, sorted by name. */
  public static String canonicalizedHeaders(Params headers) {
    Params lower = lowerCase(headers);
    String[] names = new String[lower.size()];
    String[] values = new String[lower.size()];
    int k = 0;
    for (int i = 0; i < lower.size(); i++) {
      if (lower.name(i).startsWith("x-acs-")) {
        names[k] = lower.name(i);
        values[k++] = lower.value(i).trim();
      }
    }
    Sorting.sort(names, values, k);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < k; i++) {
      out.append(names[i]).append(':').append(values[i]).append('\n');
    }
    return out.toString();
  }

  /** Returns the path plus {@code ?} and the sorted, unencoded query; empty values bare. */
  public static String canonicalizedResource(String pathname, Params query) {
    if (query.isEmpty()) {
      return pathname;
    }
    String[] names = new String[query.size()];
    String[] values = new String[query.size()];
    for (int i = 0; i < query.size(); i++) {
      names[i] = query.name(i);
      values[i] = query.value(i);
    }
    Sorting.sort(names, values, names.length);
    StringBuilder out = new StringBuilder(pathname).append('?');
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      out.append(names[i]);
      if (values[i] != null && !values[i].isEmpty()) {
        out.append('=').append(values[i]);
      }
    }
    return out.toString();
  }

  /** Returns Base64(HMAC-SHA1(secret, stringToSign)). */
  public static String signature(String stringToSign, String accessKeySecret) {
    return Base64.getEncoder()
        .encodeToString(Crypto.hmacSha1(accessKeySecret, false, stringToSign));
  }

  /** Returns the Authorization header value {@code acs <id>:<signature>}. */
  public static String authorization(String accessKeyId, String signature) {
    return "acs " + accessKeyId + ":" + signature;
  }

  private static Params lowerCase(Params headers) {
    Params.Builder b = Params.builder();
    for (int i = 0; i < headers.size(); i++) {
      b.add(headers.name(i).toLowerCase(Locale.ROOT), headers.value(i));
    }
    return b.build();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

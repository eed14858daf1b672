package io.sdkgen.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the pipeline sees it: method, decoded query and form parameters, headers with
 * lower-case names, and the raw body bytes.
 */
final class IncomingRequest {

  /** A decoded name/value pair in wire order. */
  record Pair(String name, String value) {}

  private final String method;
  private final List<Pair> query;
  private final List<Pair> form;
  private final Map<String, String> headers;
  private final byte[] body;
  private final Map<String, String> parameters;

  IncomingRequest(
      String method, String rawQuery, Map<String, String> headers, byte[] body, boolean formBody) {
    this.method = method;
    this.query = decodeForm(rawQuery == null ? "" : rawQuery);
    this.form =
        formBody ? decodeForm(new String(body, StandardCharsets.UTF_8)) : Collections.emptyList();
    Map<String, String> lower = new LinkedHashMap<>();
    headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
    this.headers = Collections.unmodifiableMap(lower);
    this.body = body;
    Map<String, String> merged = new LinkedHashMap<>();
    for (Pair pair : query) {
      merged.put(pair.name(), pair.value());
    }
    for (Pair pair : form) {
      merged.put(pair.name(), pair.value());
    }
    this.parameters = Collections.unmodifiableMap(merged);
  }

  /**
   * Decodes {@code a=1&b=x+y} form-style ({@code +} is a space), as servers decode both the query
   * and form bodies. Malformed escapes are kept as written rather than failing the request.
   */
  static List<Pair> decodeForm(String text) {
    List<Pair> pairs = new ArrayList<>();
    if (text.isEmpty()) {
      return pairs;
    }
    for (String part : text.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(new Pair(decode(name), decode(value)));
    }
    return pairs;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  String method() {
    return method;
  }

  /** Query parameters, decoded, in wire order. */
  List<Pair> query() {
    return query;
  }

  /** Form body parameters, decoded, in wire order; empty unless the body is a form. */
  List<Pair> form() {
    return form;
  }

  /** Query and form parameters together; a form value wins over a query value of the same name. */
  Map<String, String> parameters() {
    return parameters;
  }

  /** Returns a header's value by lower-case name, or null. */
  String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }

  byte[] body() {
    return body;
  }
}

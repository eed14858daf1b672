package io.sdkgen.spec.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods and path of a ROA request line such as {@code PATCH|POST
 * /openapi/instances/[InstanceId] HTTP/1.1}; {@code [InstanceId]} becomes {@code {InstanceId}} and
 * a query string is dropped.
 */
record RequestLine(List<String> methods, String path) {

  private static final Pattern LINE =
      Pattern.compile(
          "(?m)^\\s*((?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)(?:\\s*\\|\\s*(?:GET|POST|PUT|DELETE"
              + "|PATCH|HEAD|OPTIONS))*)\\s+(/[^\\s?]*)");
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]/]+)]");
  private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");

  RequestLine {
    methods = List.copyOf(methods);
  }

  /** Returns the first request line in {@code text}, or null. */
  static RequestLine find(String text) {
    Matcher m = LINE.matcher(text);
    if (!m.find()) {
      return null;
    }
    String path = BRACKET.matcher(CellText.unescape(m.group(2))).replaceAll("{$1}");
    return new RequestLine(List.of(BAR.split(m.group(1))), path);
  }
}

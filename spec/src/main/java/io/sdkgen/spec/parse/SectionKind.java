package io.sdkgen.spec.parse;

import java.util.Locale;
import java.util.Map;

/** What a page section is for, told from its heading in Chinese or English. */
enum SectionKind {
  DEBUG,
  DESCRIPTION,
  REQUEST_SYNTAX,
  REQUEST_HEADERS,
  REQUEST_PARAMETERS,
  REQUEST_BODY,
  RESPONSE,
  EXAMPLES,
  ERRORS,
  OTHER;

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  private static final Map<String, SectionKind> HEADINGS =
      Map.ofEntries(
          Map.entry("调试", DEBUG),
          Map.entry("debug", DEBUG),
          Map.entry("debugging", DEBUG),
          Map.entry("make the api call", DEBUG),
          Map.entry("描述", DESCRIPTION),
          Map.entry("接口说明", DESCRIPTION),
          Map.entry("接口描述", DESCRIPTION),
          Map.entry("api描述", DESCRIPTION),
          Map.entry("description", DESCRIPTION),
          Map.entry("请求语法", REQUEST_SYNTAX),
          Map.entry("request syntax", REQUEST_SYNTAX),
          Map.entry("request structure", REQUEST_SYNTAX),
          Map.entry("请求头", REQUEST_HEADERS),
          Map.entry("request header", REQUEST_HEADERS),
          Map.entry("request headers", REQUEST_HEADERS),
          Map.entry("请求参数", REQUEST_PARAMETERS),
          Map.entry("request parameters", REQUEST_PARAMETERS),
          Map.entry("requestbody", REQUEST_BODY),
          Map.entry("request body", REQUEST_BODY),
          Map.entry("返回数据", RESPONSE),
          Map.entry("返回参数", RESPONSE),
          Map.entry("返回结果", RESPONSE),
          Map.entry("response parameters", RESPONSE),
          Map.entry("return parameters", RESPONSE),
          Map.entry("response elements", RESPONSE),
          Map.entry("示例", EXAMPLES),
          Map.entry("请求示例", EXAMPLES),
          Map.entry("返回示例", EXAMPLES),
          Map.entry("examples", EXAMPLES),
          Map.entry("example", EXAMPLES),
          Map.entry("request example", EXAMPLES),
          Map.entry("response example", EXAMPLES),
          Map.entry("错误码", ERRORS),
          Map.entry("错误代码", ERRORS),
          Map.entry("error codes", ERRORS),
          Map.entry("error code", ERRORS),
          Map.entry("errors", ERRORS));

  /** Returns the kind of a section headed {@code heading} (anchor already removed). */
  static SectionKind of(String heading) {
    String key = heading.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
    key = BLANKS.matcher(key).replaceAll(" ");
    while (key.endsWith(":") || key.endsWith("：")) {
      key = key.substring(0, key.length() - 1).strip();
    }
    return HEADINGS.getOrDefault(key, OTHER);
  }
}

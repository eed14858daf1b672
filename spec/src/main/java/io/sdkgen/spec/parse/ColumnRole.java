package io.sdkgen.spec.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The meaning of a table column, told from its header cell; the twenty-odd header rows of the
 * corpus differ only in the words they use for these roles.
 */
enum ColumnRole {
  NAME,
  TYPE,
  REQUIRED,
  EXAMPLE,
  DESCRIPTION,
  POSITION,
  HTTP_STATUS,
  CODE,
  MESSAGE;

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  private static final Map<String, ColumnRole> WORDS =
      Map.ofEntries(
          Map.entry("名称", NAME),
          Map.entry("参数", NAME),
          Map.entry("参数名", NAME),
          Map.entry("参数名称", NAME),
          Map.entry("字段", NAME),
          Map.entry("name", NAME),
          Map.entry("parameter", NAME),
          Map.entry("parameters", NAME),
          Map.entry("attribute", NAME),
          Map.entry("field", NAME),
          Map.entry("类型", TYPE),
          Map.entry("数据类型", TYPE),
          Map.entry("type", TYPE),
          Map.entry("data type", TYPE),
          Map.entry("是否必选", REQUIRED),
          Map.entry("是否必需", REQUIRED),
          Map.entry("是否必须", REQUIRED),
          Map.entry("是否必填", REQUIRED),
          Map.entry("必选", REQUIRED),
          Map.entry("必填", REQUIRED),
          Map.entry("required", REQUIRED),
          Map.entry("示例值", EXAMPLE),
          Map.entry("示例", EXAMPLE),
          Map.entry("example", EXAMPLE),
          Map.entry("example value", EXAMPLE),
          Map.entry("sample response", EXAMPLE),
          Map.entry("sample value", EXAMPLE),
          Map.entry("描述", DESCRIPTION),
          Map.entry("说明", DESCRIPTION),
          Map.entry("备注", DESCRIPTION),
          Map.entry("description", DESCRIPTION),
          Map.entry("meaning", DESCRIPTION),
          Map.entry("note", DESCRIPTION),
          Map.entry("位置", POSITION),
          Map.entry("position", POSITION),
          Map.entry("location", POSITION),
          Map.entry("httpcode", HTTP_STATUS),
          Map.entry("http code", HTTP_STATUS),
          Map.entry("http status code", HTTP_STATUS),
          Map.entry("http stauts code", HTTP_STATUS),
          Map.entry("http 状态码", HTTP_STATUS),
          Map.entry("http状态码", HTTP_STATUS),
          Map.entry("状态码", HTTP_STATUS),
          Map.entry("http", HTTP_STATUS),
          Map.entry("错误码", CODE),
          Map.entry("错误代码", CODE),
          Map.entry("error code", CODE),
          Map.entry("错误信息", MESSAGE),
          Map.entry("error message", MESSAGE),
          Map.entry("error messages", MESSAGE),
          Map.entry("error information", MESSAGE));

  /**
   * Returns the column index of each role a header names; the first column naming a role wins,
   * except that a second "name" word ({@code Name|Parameters|Required}) is the type column.
   */
  static Map<ColumnRole, Integer> roles(List<String> header) {
    Map<ColumnRole, Integer> roles = new EnumMap<>(ColumnRole.class);
    for (int i = 0; i < header.size(); i++) {
      ColumnRole role = of(header.get(i));
      if (role == null) {
        continue;
      }
      if (role == NAME && roles.containsKey(NAME) && !roles.containsKey(TYPE)) {
        role = TYPE;
      }
      roles.putIfAbsent(role, i);
    }
    return roles;
  }

  /** Returns the role a header cell names, or null. */
  static ColumnRole of(String headerCell) {
    String key = CellText.plain(headerCell).replace("*", "").toLowerCase(Locale.ROOT).strip();
    while (key.endsWith("?") || key.endsWith("？") || key.endsWith(":")) {
      key = key.substring(0, key.length() - 1).strip();
    }
    return WORDS.get(BLANKS.matcher(key).replaceAll(" "));
  }
}

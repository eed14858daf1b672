package io.sdkgen.spec.parse;

import io.sdkgen.spec.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads an error table ({@code HttpCode|错误码|错误信息|描述} and its variants). */
final class ErrorReader {

  private ErrorReader() {}

  /** Returns true when {@code roles} describe an error table. */
  static boolean isErrorTable(Map<ColumnRole, Integer> roles) {
    return roles.containsKey(ColumnRole.CODE);
  }

  /** Returns the error codes of {@code table} in page order. */
  static List<ErrorCode> read(
      TableElement table, Map<ColumnRole, Integer> roles, Diagnostics diagnostics) {
    List<ErrorCode> errors = new ArrayList<>(table.rows().size());
    for (RowElement row : table.rows()) {
      String code = CellText.plain(cell(row, roles, ColumnRole.CODE));
      if (code.isEmpty()) {
        continue;
      }
      errors.add(
          new ErrorCode(
              status(cell(row, roles, ColumnRole.HTTP_STATUS), row.line(), diagnostics),
              code,
              CellText.plain(cell(row, roles, ColumnRole.MESSAGE)),
              CellText.description(cell(row, roles, ColumnRole.DESCRIPTION)),
              diagnostics.at(row.line())));
    }
    return errors;
  }

  private static int status(String cell, int line, Diagnostics diagnostics) {
    String text = CellText.plain(cell);
    if (text.isEmpty()) {
      return -1;
    }
    if (text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(text);
    }
    diagnostics.warning(
        Diagnostics.BAD_HTTP_STATUS, line, "HTTP status \"" + text + "\" is not a number");
    return -1;
  }

  private static String cell(RowElement row, Map<ColumnRole, Integer> roles, ColumnRole role) {
    Integer index = roles.get(role);
    return index == null ? "" : row.cell(index);
  }
}

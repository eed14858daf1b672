package io.sdkgen.spec.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the rows of a parameter or field table into {@link TreeRow}s by column role. */
final class TableRows {

  private static final Set<String> YES =
      Set.of("是", "yes", "true", "required", "必选", "必须", "必需", "必填", "✔", "y", "√", "✓");

  private TableRows() {}

  /** Returns true when {@code roles} describe a parameter or field table. */
  static boolean isFieldTable(Map<ColumnRole, Integer> roles) {
    return roles.containsKey(ColumnRole.NAME)
        && (roles.containsKey(ColumnRole.TYPE) || roles.containsKey(ColumnRole.DESCRIPTION))
        && !roles.containsKey(ColumnRole.CODE);
  }

  /** Reads every row of {@code table}; rows without a name are reported and skipped. */
  static List<TreeRow> read(
      TableElement table, Map<ColumnRole, Integer> roles, Diagnostics diagnostics) {
    if (table.malformedRows() > 0) {
      diagnostics.warning(
          Diagnostics.TABLE_ROW_MALFORMED,
          table.line(),
          table.malformedRows() + " row(s) of this table have fewer cells than its header");
    }
    List<TreeRow> rows = new ArrayList<>(table.rows().size());
    for (RowElement row : table.rows()) {
      String nameCell = cell(row, roles, ColumnRole.NAME);
      String name = CellText.name(nameCell);
      if (name.isEmpty()) {
        if (!String.join("", row.cells()).isBlank()) {
          diagnostics.warning(Diagnostics.BAD_NAME, row.line(), "row without a name; skipped");
        }
        continue;
      }
      rows.add(
          new TreeRow(
              name,
              CellText.depth(nameCell),
              cell(row, roles, ColumnRole.TYPE),
              isYes(cell(row, roles, ColumnRole.REQUIRED)),
              CellText.example(cell(row, roles, ColumnRole.EXAMPLE)),
              CellText.description(cell(row, roles, ColumnRole.DESCRIPTION)),
              CellText.plain(cell(row, roles, ColumnRole.POSITION)),
              row.line()));
    }
    return rows;
  }

  private static String cell(RowElement row, Map<ColumnRole, Integer> roles, ColumnRole role) {
    Integer index = roles.get(role);
    return index == null ? "" : row.cell(index);
  }

  private static boolean isYes(String cell) {
    return YES.contains(CellText.plain(cell).replace("*", "").toLowerCase(Locale.ROOT));
  }
}

package io.sdkgen.spec.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter or field row being assembled into a tree: the cells that matter, read by column role,
 * and the rows nested under it with {@code └}. Mutable while a table is read.
 */
final class TreeRow {
  final String name;
  final int depth;
  final String typeCell;
  final boolean required;
  final String example;
  final String description;
  final String position;
  final int line;
  final List<TreeRow> children = new ArrayList<>();

  TreeRow(
      String name,
      int depth,
      String typeCell,
      boolean required,
      String example,
      String description,
      String position,
      int line) {
    this.name = name;
    this.depth = depth;
    this.typeCell = typeCell;
    this.required = required;
    this.example = example;
    this.description = description;
    this.position = position;
    this.line = line;
  }

  /** Returns this row under another name, with the same children. */
  TreeRow renamed(String newName) {
    TreeRow copy =
        new TreeRow(newName, depth, typeCell, required, example, description, position, line);
    copy.children.addAll(children);
    return copy;
  }

  /**
   * Nests {@code rows} by their {@code └} depth: a row of depth d goes under the last row of depth
   * d - 1. A row that skips a level goes under the deepest open row, with a warning.
   */
  static List<TreeRow> nest(List<TreeRow> rows, Diagnostics diagnostics) {
    List<TreeRow> roots = new ArrayList<>();
    List<TreeRow> open = new ArrayList<>(); // open.get(d) = last row at depth d
    for (TreeRow row : rows) {
      int depth = Math.min(row.depth, open.size());
      if (depth < row.depth) {
        diagnostics.warning(
            Diagnostics.BAD_NESTING,
            row.line,
            "\""
                + row.name
                + "\" is nested "
                + row.depth
                + " levels deep under a row of depth "
                + (open.size() - 1)
                + "; placed under it");
      }
      if (depth == 0) {
        roots.add(row);
      } else {
        open.get(depth - 1).children.add(row);
      }
      while (open.size() > depth) {
        open.remove(open.size() - 1);
      }
      open.add(row);
    }
    return roots;
  }
}

package io.sdkgen.spec.parse;

import java.util.List;

/**
 * One table row as written: its cells' raw Markdown text (escapes kept, surrounding blanks trimmed)
 * and the 1-based line where it starts.
 */
record RowElement(List<String> cells, int line) {

  RowElement {
    cells = List.copyOf(cells);
  }

  /** Returns cell {@code index}, or empty when the row has fewer cells. */
  String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }
}

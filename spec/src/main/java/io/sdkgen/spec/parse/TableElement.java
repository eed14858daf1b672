package io.sdkgen.spec.parse;

import java.util.List;

/**
 * One table as written on a page: its header cells, its rows and the line of its header.
 *
 * @param malformedRows rows whose cell count differed from the header's (already padded or merged
 *     so that every row has as many cells as the header)
 */
record TableElement(List<String> header, List<RowElement> rows, int line, int malformedRows) {

  TableElement {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }
}

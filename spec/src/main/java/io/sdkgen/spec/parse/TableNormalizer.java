package io.sdkgen.spec.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the pipe tables in a range of lines and assembles their rows, including the rows GFM drops:
 * rows whose cells run over several lines with blank lines and bullet lists inside, rows that put
 * each cell on its own line, and rows closed by a lone {@code |} line.
 *
 * <p>A row starts at a line beginning with {@code |} and ends when it has as many cell separators
 * as the header needs and its text ends with {@code |}, or at a lone {@code |} line, or one cell
 * short when the last column has no heading and the next line starts a row of its own. Extra
 * separators (a description that writes {@code a | b}) are merged back into the last cell; missing
 * cells are padded and counted as malformed.
 */
final class TableNormalizer {

  private TableNormalizer() {}

  /** Returns the tables in {@code lines[from, to)} (0-based), rows with 1-based lines. */
  static List<TableElement> tables(List<String> lines, int from, int to) {
    List<Integer> separators = new ArrayList<>();
    for (int i = from + 1; i < to; i++) {
      if (isSeparator(lines.get(i)) && lines.get(i - 1).indexOf('|') >= 0) {
        separators.add(i);
      }
    }
    List<TableElement> tables = new ArrayList<>();
    int[] headerStarts = new int[separators.size()];
    for (int t = 0; t < separators.size(); t++) {
      int sep = separators.get(t);
      headerStarts[t] = headerStart(lines, from, sep, columnCount(lines.get(sep)));
    }
    for (int t = 0; t < separators.size(); t++) {
      int sep = separators.get(t);
      int end = t + 1 < separators.size() ? headerStarts[t + 1] : to;
      if (end <= sep) {
        continue;
      }
      tables.add(table(lines, headerStarts[t], sep, end));
    }
    return tables;
  }

  /** Returns true for a delimiter row such as {@code |--|:--:|---|}. */
  static boolean isSeparator(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.indexOf('-') < 0) {
      return false;
    }
    boolean sawPipe = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '|') {
        sawPipe = true;
      } else if (c != '-' && c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return sawPipe || s.startsWith("--");
  }

  private static int columnCount(String separator) {
    return Math.max(1, splitCells(separator).size());
  }

  private static int headerStart(List<String> lines, int from, int sep, int columns) {
    int start = sep - 1;
    int pipes = 0;
    for (int j = sep - 1; j >= from; j--) {
      String line = lines.get(j);
      if (line.isBlank()) {
        if (pipes >= columns + 1) {
          break;
        }
        continue;
      }
      if (line.indexOf('|') < 0 || (j < sep - 1 && isSeparator(line))) {
        break;
      }
      pipes += pipeCount(line);
      start = j;
      if (pipes >= columns + 1 || !line.strip().startsWith("|")) {
        break;
      }
    }
    return start;
  }

  private static TableElement table(List<String> lines, int headerStart, int sep, int end) {
    int columns = columnCount(lines.get(sep));
    StringBuilder headerText = new StringBuilder();
    for (int i = headerStart; i < sep; i++) {
      headerText.append(lines.get(i)).append('\n');
    }
    List<String> header = fit(headerText.toString(), columns, columns, new int[1]);
    RowAssembler assembler = new RowAssembler(columns, isBlank(header.get(columns - 1)));
    for (int i = sep + 1; i < end; i++) {
      if (!assembler.accept(lines.get(i), i + 1)) {
        break;
      }
    }
    assembler.finish();
    return new TableElement(header, assembler.rows, headerStart + 1, assembler.malformed[0]);
  }

  /** Collects rows line by line; see the class comment for the rules. */
  private static final class RowAssembler {
    final int columns;
    final boolean lastColumnBlank;
    final List<RowElement> rows = new ArrayList<>();
    final int[] malformed = new int[1];
    StringBuilder current;
    int currentLine;
    int currentPipes;
    boolean endsWithPipe;

    RowAssembler(int columns, boolean lastColumnBlank) {
      this.columns = columns;
      this.lastColumnBlank = lastColumnBlank;
    }

    /** Takes one line; returns false when the table has ended before it. */
    boolean accept(String line, int lineNumber) {
      String s = line.strip();
      if (current == null) {
        if (s.startsWith("|")) {
          start(line, lineNumber);
          return true;
        }
        return s.isEmpty();
      }
      if (s.equals("|") && currentPipes >= 2) {
        append(line);
        emit();
        return true;
      }
      if (s.startsWith("|") && startsNewRow(s)) {
        emit();
        start(line, lineNumber);
        return true;
      }
      append(line);
      if (complete()) {
        emit();
      }
      return true;
    }

    private boolean startsNewRow(String s) {
      if (currentPipes >= columns + 1) {
        return true;
      }
      // A row that left out the cell of a last column with no heading (which others fill with a
      // blank "| |" line), followed by a line that starts a row with a name.
      if (lastColumnBlank
          && endsWithPipe
          && currentPipes >= columns
          && !splitCells(s).stream().allMatch(TableNormalizer::isBlank)) {
        return true;
      }
      // A short row that ended with a pipe, followed by a line that is a whole row by itself.
      return endsWithPipe && pipeCount(s) >= columns + 1 && s.endsWith("|");
    }

    private void start(String line, int lineNumber) {
      current = new StringBuilder(line.length() + 16);
      currentLine = lineNumber;
      currentPipes = 0;
      append(line);
      if (complete()) {
        emit();
      }
    }

    private void append(String line) {
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
      currentPipes += pipeCount(line);
      String s = line.strip();
      endsWithPipe = s.endsWith("|") && !s.endsWith("\\|");
    }

    private boolean complete() {
      return endsWithPipe && currentPipes >= columns + 1;
    }

    private void emit() {
      // A row without the cell of a last column with no heading lacks nothing.
      List<String> cells =
          fit(current.toString(), columns, lastColumnBlank ? columns - 1 : columns, malformed);
      rows.add(new RowElement(cells, currentLine));
      current = null;
    }

    void finish() {
      if (current != null) {
        emit();
      }
    }
  }

  /**
   * Splits {@code text} into exactly {@code columns} cells: extra separators stay inside the last
   * cell as written, missing cells are padded with empty text, and a row with fewer than {@code
   * needed} cells is counted in {@code malformed}.
   */
  private static List<String> fit(String text, int columns, int needed, int[] malformed) {
    List<int[]> ranges = cellRanges(text);
    List<String> result = new ArrayList<>(columns);
    int n = Math.min(columns, ranges.size());
    for (int i = 0; i < n; i++) {
      int[] r = ranges.get(i);
      int stop = i == columns - 1 ? ranges.get(ranges.size() - 1)[1] : r[1];
      result.add(text.substring(r[0], stop).strip());
    }
    if (result.size() < needed) {
      malformed[0]++;
    }
    while (result.size() < columns) {
      result.add("");
    }
    return result;
  }

  /** Returns true for a cell of white space and no-break spaces, which pages leave as blanks. */
  private static boolean isBlank(String cell) {
    return CellText.stripBlanks(cell).isEmpty();
  }

  /** Counts unescaped pipes. */
  static int pipeCount(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        count++;
      }
    }
    return count;
  }

  /**
   * Splits row text on unescaped pipes; the empty text before a leading pipe and after a trailing
   * pipe is dropped; each cell is trimmed.
   */
  static List<String> splitCells(String text) {
    List<String> cells = new ArrayList<>();
    for (int[] r : cellRanges(text)) {
      cells.add(text.substring(r[0], r[1]).strip());
    }
    return cells;
  }

  /** Returns the [start, end) ranges of the cells of {@code text}; see {@link #splitCells}. */
  private static List<int[]> cellRanges(String text) {
    List<int[]> ranges = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        ranges.add(new int[] {start, i});
        start = i + 1;
      }
    }
    ranges.add(new int[] {Math.min(start, text.length()), text.length()});
    if (ranges.size() > 1 && text.substring(0, ranges.get(0)[1]).isBlank()) {
      ranges.remove(0);
    }
    if (ranges.size() > 1) {
      int[] last = ranges.get(ranges.size() - 1);
      if (text.substring(last[0], last[1]).isBlank()) {
        ranges.remove(ranges.size() - 1);
      }
    }
    return ranges;
  }
}

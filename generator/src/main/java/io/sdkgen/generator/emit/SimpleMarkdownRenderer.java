package io.sdkgen.generator.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the small part of Markdown that most descriptions are written in to exactly the HTML that
 * Flexmark, as {@link JavadocRenderer} configures it, makes of them; refuses everything else.
 *
 * <p>Accepted: paragraphs of lines separated by blank lines, a line break inside a paragraph being
 * a soft break (a space); tight lists of one-line {@code -} or {@code *} items, each list after a
 * paragraph or at the start, not after another list; inside a line, code spans of one backtick
 * closed on the same line, {@code *em*} and {@code **strong**} runs that pair with a run of the
 * same length, backslash escapes of ASCII punctuation, and any other text except the characters
 * named below. The parser has no extensions, so {@code |}, {@code ~} and bare addresses inside a
 * line are text to it too.
 *
 * <p>Refused (null, so that the caller asks Flexmark): any line with leading or trailing spaces (a
 * continuation, nested list, indented code or hard line break); a line that could start another
 * block (heading, quote, fence, numbered or {@code +} list, rule, setext underline, table, HTML); a
 * line after a list item that is not an item (a lazy continuation); loose lists; {@code <}, {@code
 * &}, brackets outside code spans (HTML, entities, links) and underscores unless between two ASCII
 * letters or digits ({@code _} emphasis); runs of three asterisks or more; a backslash at the end
 * of a line; tabs, carriage returns, control characters, surrogates and whitespace other than space
 * and newline; text that {@link String#strip()} would change.
 *
 * <p>The pairing of asterisk runs follows Flexmark's delimiter processing (the CommonMark
 * algorithm): a run that can close pairs with the nearest earlier run that can open; runs between
 * them become text. Flexmark pairs runs of different lengths only partly, or not at all ("multiple
 * of 3" rule); this class refuses instead, so every pair it makes uses both runs whole, and pairing
 * each closing run as it is met gives the same pairs as Flexmark's pass over the finished list.
 */
final class SimpleMarkdownRenderer {

  /** {@link #itemContent} for a line that is not a list item. */
  private static final int NOT_AN_ITEM = -1;

  /** {@link #itemContent} for an item whose content would be indented code. */
  private static final int REFUSED = -2;

  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private SimpleMarkdownRenderer() {}

  /**
   * Returns Flexmark's HTML for {@code markdown}, or null when {@code markdown} is not in the
   * accepted subset (see the class comment).
   */
  static String toHtml(String markdown) {
    int length = markdown.length();
    if (length == 0
        || isSpaceOrNewline(markdown.charAt(0))
        || isSpaceOrNewline(markdown.charAt(length - 1))) {
      return null;
    }
    Blocks blocks = new Blocks(markdown);
    int lineStart = 0;
    while (true) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      if (!blocks.line(lineStart, lineEnd)) {
        return null;
      }
      if (lineEnd == length) {
        return blocks.finish();
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * The block structure of one text, line by line: at most one open paragraph or list; HTML for the
   * blocks closed so far.
   */
  private static final class Blocks {
    private final String text;
    private final StringBuilder html;
    private boolean inParagraph;
    private int paragraphStart;
    private boolean inList;
    private char listMarker;
    // A list ended by a blank line: a list after it would continue it as a loose list.
    private boolean afterList;

    /** Starts reading {@code text}. */
    Blocks(String text) {
      this.text = text;
      this.html = new StringBuilder(text.length() + 64);
    }

    /** Takes the line {@code text[start, end)}; false when it is refused. */
    boolean line(int start, int end) {
      if (start == end) {
        if (!closeParagraph(start - 1)) {
          return false;
        }
        closeList();
        return true;
      }
      if (text.charAt(start) == ' ' || text.charAt(end - 1) == ' ') {
        return false;
      }
      int content = itemContent(text, start, end);
      if (content == REFUSED) {
        return false;
      }
      if (content == NOT_AN_ITEM) {
        return paragraphLine(start, end);
      }
      return item(start, content, end);
    }

    /** Takes a line that is not a list item: it starts or continues a paragraph. */
    private boolean paragraphLine(int start, int end) {
      if (inList) {
        return false; // A lazy continuation of the item.
      }
      if (opensBlock(text, start, end)) {
        return false;
      }
      if (!inParagraph) {
        inParagraph = true;
        afterList = false;
        paragraphStart = start;
      }
      return true;
    }

    /**
     * Takes the list item on line {@code text[start, end)}, its content starting at {@code
     * content}.
     */
    private boolean item(int start, int content, int end) {
      char marker = text.charAt(start);
      if (inList) {
        if (marker != listMarker) {
          return false; // Another marker starts another list.
        }
      } else {
        if (inParagraph) {
          if (!closeParagraph(start - 1)) {
            return false;
          }
        } else if (afterList) {
          return false;
        }
        html.append("<ul>\n");
        inList = true;
        listMarker = marker;
      }
      if (opensBlock(text, content, end)) {
        return false;
      }
      html.append("<li>");
      if (!inline(text, content, end, html)) {
        return false;
      }
      html.append("</li>\n");
      return true;
    }

    /**
     * Writes the open paragraph, which ends before {@code end} (a newline, or the text's end);
     * false when its inline text is refused.
     */
    private boolean closeParagraph(int end) {
      if (!inParagraph) {
        return true;
      }
      inParagraph = false;
      html.append("<p>");
      if (!inline(text, paragraphStart, end, html)) {
        return false;
      }
      html.append("</p>\n");
      return true;
    }

    /** Closes the open list, if any. */
    private void closeList() {
      if (inList) {
        html.append("</ul>\n");
        inList = false;
        afterList = true;
      }
    }

    /** Closes what is open and returns the HTML; null when the last paragraph is refused. */
    String finish() {
      if (!closeParagraph(text.length())) {
        return null;
      }
      closeList();
      return html.toString();
    }
  }

  /**
   * Returns where the content of the list item on line {@code text[start, end)} starts, {@link
   * #NOT_AN_ITEM} when the line is no {@code -} or {@code *} item, or {@link #REFUSED} when more
   * than four spaces follow the marker (the content would be indented code). The line has no
   * trailing space, so an item found here has content.
   */
  private static int itemContent(String text, int start, int end) {
    char marker = text.charAt(start);
    if ((marker != '-' && marker != '*') || start + 1 == end || text.charAt(start + 1) != ' ') {
      return NOT_AN_ITEM;
    }
    int content = start + 1;
    while (text.charAt(content) == ' ') {
      content++;
    }
    return content - start - 1 > 4 ? REFUSED : content;
  }

  /**
   * Returns true when {@code text[start, end)}, a line or an item's content, could be anything but
   * paragraph text: a heading, quote, fence, list item, numbered item, thematic break, setext
   * underline, table or HTML block. Conservative: {@code +}, {@code =}, {@code ~} and {@code |}
   * refuse at a line's start whatever follows.
   */
  private static boolean opensBlock(String text, int start, int end) {
    char first = text.charAt(start);
    switch (first) {
      case '#', '>', '+', '=', '~', '|', '<' -> {
        return true;
      }
      case '`' -> {
        return start + 1 < end && text.charAt(start + 1) == '`';
      }
      case '-', '*' -> {
        if (start + 1 == end || text.charAt(start + 1) == ' ') {
          return true;
        }
      }
      default -> {
        if (first >= '0' && first <= '9') {
          int i = start;
          while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
          }
          boolean marker = i < end && (text.charAt(i) == '.' || text.charAt(i) == ')');
          return marker && (i + 1 == end || text.charAt(i + 1) == ' '); // "1. a", not "2.5 GB"
        }
      }
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '-' && c != '*' && c != '_' && c != ' ') {
        return false;
      }
    }
    return true; // Only rule characters: a thematic break or a setext underline.
  }

  /** An asterisk run: where its text goes in the HTML, its length and what it became. */
  private static final class Run {
    final int offset;
    final int length;
    final boolean canOpen;
    String tag;

    /** Records a run met at {@code offset} in the HTML, not yet paired. */
    Run(int offset, int length, boolean canOpen) {
      this.offset = offset;
      this.length = length;
      this.canOpen = canOpen;
    }
  }

  /**
   * Appends the inline HTML of {@code text[start, end)}, which may span lines of one paragraph;
   * false when it holds something refused. Asterisk runs are written last, at the offsets they
   * took, because whether a run opens a tag is known only when a later run closes it.
   */
  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean inline(String text, int start, int end, StringBuilder html) {
    List<Run> runs = null;
    List<Run> openers = null;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> html.append(' ');
        case '"' -> html.append("&quot;");
        case '>' -> html.append("&gt;");
        case '<', '&', '[', ']' -> {
          return false;
        }
        case '_' -> {
          // Between two ASCII letters or digits an underscore can neither open nor close
          // emphasis (instance_type, PL0_X): it is text. Anywhere else Flexmark decides.
          if (i == start
              || i + 1 == end
              || !isAsciiAlphanumeric(text.charAt(i - 1))
              || !isAsciiAlphanumeric(text.charAt(i + 1))) {
            return false;
          }
          html.append('_');
        }
        case '\\' -> {
          if (i + 1 == end || text.charAt(i + 1) == '\n') {
            return false; // A hard line break, or a backslash ending the text.
          }
          char next = text.charAt(i + 1);
          if (ASCII_PUNCTUATION.indexOf(next) >= 0) {
            escapeHtml(next, html);
            i++;
          } else {
            html.append('\\');
          }
        }
        case '`' -> {
          int close = codeSpanEnd(text, i, end);
          if (close < 0) {
            return false;
          }
          html.append("<code>");
          for (int j = i + 1; j < close; j++) {
            escapeHtml(text.charAt(j), html);
          }
          html.append("</code>");
          i = close;
        }
        case '*' -> {
          int runEnd = i + 1;
          while (runEnd < end && text.charAt(runEnd) == '*') {
            runEnd++;
          }
          if (runEnd - i > 2) {
            return false;
          }
          char before = i == start ? '\n' : text.charAt(i - 1);
          char after = runEnd == end ? '\n' : text.charAt(runEnd);
          boolean beforeSpace = isUnicodeWhitespace(before);
          boolean afterSpace = isUnicodeWhitespace(after);
          boolean beforePunctuation = isPunctuation(before);
          boolean afterPunctuation = isPunctuation(after);
          boolean leftFlanking =
              !afterSpace && !(afterPunctuation && !beforeSpace && !beforePunctuation);
          boolean rightFlanking =
              !beforeSpace && !(beforePunctuation && !afterSpace && !afterPunctuation);
          Run run = new Run(html.length(), runEnd - i, leftFlanking);
          if (runs == null) {
            runs = new ArrayList<>();
            openers = new ArrayList<>();
          }
          runs.add(run);
          if (rightFlanking && !openers.isEmpty()) {
            Run opener = openers.remove(openers.size() - 1);
            if (opener.length != run.length) {
              return false; // Flexmark would use part of a run, or skip the opener.
            }
            opener.tag = run.length == 2 ? "<strong>" : "<em>";
            run.tag = run.length == 2 ? "</strong>" : "</em>";
          } else if (run.canOpen) {
            openers.add(run);
          }
          i = runEnd - 1;
        }
        default -> {
          if (!isOrdinary(c)) {
            return false;
          }
          html.append(c);
        }
      }
    }
    if (runs != null) {
      for (int r = runs.size() - 1; r >= 0; r--) {
        Run run = runs.get(r);
        html.insert(run.offset, run.tag != null ? run.tag : run.length == 2 ? "**" : "*");
      }
    }
    return true;
  }

  /**
   * Returns the index of the backtick closing the code span that opens at {@code open}, or -1 when
   * the span is not a simple one: opened or closed by more than one backtick, not closed on the
   * same line, empty, or with spaces that Flexmark would trim or collapse.
   */
  private static int codeSpanEnd(String text, int open, int end) {
    if (open + 1 < end && text.charAt(open + 1) == '`') {
      return -1;
    }
    int close = text.indexOf('`', open + 1);
    if (close < 0 || close >= end || (close + 1 < end && text.charAt(close + 1) == '`')) {
      return -1;
    }
    if (close == open + 1 || text.charAt(open + 1) == ' ' || text.charAt(close - 1) == ' ') {
      return -1;
    }
    for (int i = open + 1; i < close; i++) {
      char c = text.charAt(i);
      if (!isOrdinary(c) || (c == ' ' && text.charAt(i + 1) == ' ')) {
        return -1;
      }
    }
    return close;
  }

  /** Appends {@code c} as Flexmark writes text: {@code & < > "} escaped, nothing else. */
  private static void escapeHtml(char c, StringBuilder html) {
    switch (c) {
      case '&' -> html.append("&amp;");
      case '<' -> html.append("&lt;");
      case '>' -> html.append("&gt;");
      case '"' -> html.append("&quot;");
      default -> html.append(c);
    }
  }

  /**
   * Returns false for characters whose handling by Flexmark, Jsoup or {@link String#strip()} this
   * class does not model: controls (newline included: callers handle it), surrogates, the byte
   * order mark and whitespace other than the plain space.
   */
  private static boolean isOrdinary(char c) {
    if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\ufeff') {
      return false;
    }
    return c <= '~' || !(Character.isSurrogate(c) || Character.isSpaceChar(c));
  }

  /** Returns true for a space or a newline, what {@link #toHtml} refuses at either end. */
  private static boolean isSpaceOrNewline(char c) {
    return c == ' ' || c == '\n';
  }

  /** Flexmark's whitespace next to a delimiter run: {@code [\p{Zs}\t\r\n\f]}. */
  private static boolean isUnicodeWhitespace(char c) {
    return c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Flexmark's punctuation next to a delimiter run: ASCII punctuation and Unicode {@code P*}. */
  private static boolean isPunctuation(char c) {
    if (c < 128) {
      return ASCII_PUNCTUATION.indexOf(c) >= 0;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.START_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}

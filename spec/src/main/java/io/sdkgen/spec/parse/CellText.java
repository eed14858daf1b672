package io.sdkgen.spec.parse;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Turns raw cell Markdown into the texts the model keeps: names, examples and descriptions. */
final class CellText {

  private static final Pattern ESCAPE =
      Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|\"~=:'])");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[^>]*>");
  private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final char NBSP = '\u00a0';

  private CellText() {}

  /** Removes Markdown backslash escapes: {@code vco-bp1\*\*} becomes {@code vco-bp1**}. */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    return ESCAPE.matcher(text).replaceAll("$1");
  }

  /** Returns the plain text of a cell: HTML removed by Jsoup, escapes removed, trimmed. */
  static String plain(String text) {
    String result = text;
    if (result.indexOf('<') >= 0 && HTML_TAG.matcher(result).find()) {
      result = BREAK_TAG.matcher(result).replaceAll(" ");
      result = Jsoup.parseBodyFragment(result).text();
    } else if (result.contains("&nbsp;")) {
      result = result.replace("&nbsp;", " ");
    }
    return unescape(result).replace('\u00a0', ' ').strip();
  }

  /** Returns an example value: plain text, without surrounding backticks. */
  static String example(String text) {
    String result = plain(text);
    if (result.length() >= 2 && result.startsWith("`") && result.endsWith("`")) {
      result = result.substring(1, result.length() - 1).strip();
    }
    return result;
  }

  /** Returns how many {@code └} marks start a name cell (after blanks and {@code &nbsp;}). */
  static int depth(String nameCell) {
    int depth = 0;
    int i = 0;
    while (i < nameCell.length()) {
      char c = nameCell.charAt(i);
      if (c == '└') {
        depth++;
        i++;
      } else if (Character.isWhitespace(c) || c == '\u00a0') {
        i++;
      } else if (nameCell.startsWith("&nbsp;", i)) {
        i += 6;
      } else {
        break;
      }
    }
    return depth;
  }

  /**
   * Returns a wire name from a name cell: nesting marks, emphasis, backticks and escapes removed.
   */
  static String name(String nameCell) {
    StringBuilder result = new StringBuilder(nameCell.length());
    String plain = plain(nameCell);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c != '└' && c != '`' && c != '*' && c != '\u00a0') {
        result.append(c);
      }
    }
    return result.toString().strip();
  }

  /**
   * Returns a description as Markdown: lines trimmed (the page indents continuation lines by one
   * blank), runs of blank lines collapsed, trailing blanks removed.
   */
  static String description(String text) {
    if (text.indexOf('\n') < 0) {
      return stripBlanks(text);
    }
    StringBuilder result = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      result.append(line.strip()).append('\n');
    }
    return stripBlanks(BLANK_LINES.matcher(result.toString()).replaceAll("\n\n"));
  }

  /**
   * Strips white space from both ends, counting no-break spaces ({@code U+00A0} and {@code &nbsp;})
   * as such: pages fill empty description cells with them.
   */
  static String stripBlanks(String text) {
    int start = 0;
    int end = text.length();
    while (true) {
      if (start < end
          && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == NBSP)) {
        start++;
      } else if (text.startsWith("&nbsp;", start) && start + 6 <= end) {
        start += 6;
      } else {
        break;
      }
    }
    while (true) {
      if (end > start
          && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == NBSP)) {
        end--;
      } else if (end - 6 >= start && text.startsWith("&nbsp;", end - 6)) {
        end -= 6;
      } else {
        break;
      }
    }
    return text.substring(start, end);
  }
}

package io.sdkgen.spec.parse;

/**
 * Checks a page's text before it is read: empty pages and binary content are reported and not read;
 * a byte-order mark is dropped; stray control characters are replaced by blanks.
 */
final class PageText {

  private PageText() {}

  /** Returns the text to read, or null when there is none (the reason is in diagnostics). */
  static String clean(String text, Diagnostics diagnostics) {
    String result = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (result.isBlank()) {
      diagnostics.warning(Diagnostics.EMPTY_PAGE, -1, "the page is empty");
      return null;
    }
    int bad = 0;
    for (int i = 0; i < result.length(); i++) {
      if (isBad(result.charAt(i))) {
        bad++;
      }
    }
    if (bad == 0) {
      return result;
    }
    if (bad >= 8 && bad > result.length() / 50) {
      diagnostics.error(
          Diagnostics.NOT_TEXT,
          -1,
          "the page is not text: " + bad + " of " + result.length() + " characters are binary");
      return null;
    }
    diagnostics.warning(
        Diagnostics.BAD_CHARACTERS,
        -1,
        bad + " control or invalid character(s) replaced by blanks");
    StringBuilder cleaned = new StringBuilder(result.length());
    for (int i = 0; i < result.length(); i++) {
      char c = result.charAt(i);
      cleaned.append(isBad(c) ? ' ' : c);
    }
    return cleaned.toString();
  }

  private static boolean isBad(char c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD' || c == 0x7f;
  }
}

package io.sdkgen.spec.parse;

/** Tells a page's locale from its folder names ({@code intl.en-US}, {@code cn.zh-CN}) or script. */
final class Locales {

  private Locales() {}

  /** Returns {@code en-US} or {@code zh-CN} for a page at {@code path} with {@code sample} text. */
  static String of(String path, String sample) {
    if (path.contains("en-US")) {
      return "en-US";
    }
    if (path.contains("zh-CN")) {
      return "zh-CN";
    }
    for (int i = 0; i < sample.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(sample.codePointAt(i));
      if (script == Character.UnicodeScript.HAN) {
        return "zh-CN";
      }
    }
    return "en-US";
  }

  /**
   * Returns true when {@code locale} is the one {@code preferred} ({@code en} or {@code zh}) asks
   * for.
   */
  static boolean matches(String locale, String preferred) {
    return !preferred.isEmpty() && locale.regionMatches(true, 0, preferred, 0, preferred.length());
  }
}

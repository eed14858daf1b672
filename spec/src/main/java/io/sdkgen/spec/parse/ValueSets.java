package io.sdkgen.spec.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the closed value set a description documents, in page order and without duplicates:
 *
 * <ul>
 *   <li>bold values joined by pipes: {@code 取值：**0**|**100**};
 *   <li>a bullet list of bold values after a value-set phrase ({@code 取值：}, {@code Valid values:}):
 *       {@code - **true**：发布}, {@code - **false**：不发布};
 *   <li>bold values in the sentence right after such a phrase: {@code Valid values: **a**, **b**}.
 * </ul>
 *
 * <p>A set needs at least two values: a single bold value ({@code Value: **PublishVpnRouteEntry}**
 * of the {@code Action} row) documents a constant, not a choice, and gives no set. Bold words
 * elsewhere in the text ({@code **Note**}) are never values.
 */
final class ValueSets {

  private static final int MAX_TEXT = 50_000;
  private static final Pattern PIPED =
      Pattern.compile(
          "\\*\\*([^*|\\n]{1,64})\\*\\*(?:\\s*\\|\\s*\\*\\*[^*|\\n]{1,64}\\*\\*){1,50}");
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{1,64})\\*\\*");
  private static final Pattern INTRO =
      Pattern.compile(
          "(?i)(取值(?:范围)?(?:如下)?|可选值|有效值|valid values?|possible values?|values?"
              + "|allowed values?)\\s*(?:包括|为|是|are|is|include)?\\s*[：:]");
  private static final Pattern BULLET_BOLD =
      Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+\\*\\*([^*\\n]{1,64})\\*\\*");
  private static final Pattern VALUE =
      Pattern.compile("[\\x21-\\x7e](?:[\\x20-\\x7e]{0,62}[\\x21-\\x7e])?");

  private ValueSets() {}

  /** Returns the documented value set of {@code description}, or an empty list. */
  static List<String> of(String description) {
    if (description.indexOf("**") < 0 || description.length() > MAX_TEXT) {
      return List.of();
    }
    Matcher piped = PIPED.matcher(description);
    if (piped.find()) {
      List<String> values = values(BOLD.matcher(piped.group()));
      if (values.size() >= 2) {
        return values;
      }
    }
    Matcher intro = INTRO.matcher(description);
    if (!intro.find()) {
      return List.of();
    }
    String rest = description.substring(intro.end());
    List<String> bullets = values(BULLET_BOLD.matcher(rest));
    if (bullets.size() >= 2) {
      return bullets;
    }
    int end = sentenceEnd(rest);
    List<String> inline = values(BOLD.matcher(rest.substring(0, end)));
    return inline.size() >= 2 ? inline : List.of();
  }

  private static int sentenceEnd(String text) {
    int end = text.length();
    for (String stop : new String[] {"。", "\n", ". "}) {
      int at = text.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return end;
  }

  private static List<String> values(Matcher matcher) {
    Set<String> values = new LinkedHashSet<>();
    while (matcher.find()) {
      String value = CellText.unescape(matcher.group(1)).strip();
      while (value.endsWith(":") || value.endsWith("：")) {
        value = value.substring(0, value.length() - 1).strip();
      }
      if (!VALUE.matcher(value).matches()) {
        return List.of(); // a bold phrase that is not a value: not a value set
      }
      values.add(value);
    }
    return new ArrayList<>(values);
  }
}

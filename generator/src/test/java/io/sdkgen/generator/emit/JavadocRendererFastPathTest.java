package io.sdkgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Javadoc fast path ({@link JavadocRenderer#renderFast}) on both sides of its boundary: what it
 * accepts it renders exactly as Flexmark does ({@link JavadocRenderer#renderWithFlexmark}), and
 * what it is not sure of it refuses, leaving it to Flexmark.
 */
class JavadocRendererFastPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Valid values:\n\n-   **true**: yes.\n-   **false**: no.",
        "Valid values:\n- a\n- b",
        "* star one\n* star two",
        "-    four spaces after the marker",
        "- a\n- b\n\nAfter the list.",
        "Before.\n\n- a\n\nBetween.\n- b\n\nAfter.",
        "first line\nsecond line\nthird line",
        "one\n\ntwo\n\n\nthree",
        "Default value: `cloud_efficiency`.",
        "`a` `b`x`c` and `<tag>` and `&amp;` and `a\\_b` and `say \"hi\"`",
        "取值范围：\n\n-   cloud：5~2000\n-   cloud\\_efficiency：20~32768",
        "目的路由\n的下一跳。",
        "在**HealthCheck**值为**on**时才会有效。",
        "**说明：** 在**HealthCheck**值为**on**时才会有效。",
        "*em* and **strong** and **strong *em* inside** and *em **strong** inside*",
        "a*b*c and x**y**z",
        "a * b ** c *",
        "**a**.**b**, (**c**) and “**d**”",
        "**multi\nline** strong",
        "an elastic network interface \\(ENI\\) and \\*stars\\* and \\`ticks\\`",
        "C:\\Windows and \\\\u002a and a\\b",
        "say \"quoted\" and 'single'",
        "a > b and 1~100 and 100% and x # y and Hello! and a | b",
        "a | b\n--- | ---\nc | d",
        "-1 means no limit\n-2 too",
        "see https://example.com/x?a=1 or www.example.com or user@example.com **now**",
        "2 vCPUs",
        "snake_case *x* and PL0_X and cloud_essd_entry",
        "2.5 GB",
        "ends */ here",
        "a /* b",
        "`*/` in code",
        "**@return** nothing {@link Foo} *x*",
      })
  void acceptedMarkdownRendersAsFlexmarkDoes(String markdown) {
    String fast = JavadocRenderer.renderFast(markdown);
    assertThat(fast).as("fast path refused it").isNotNull();
    assertThat(fast).isEqualTo(JavadocRenderer.renderWithFlexmark(markdown));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<b>x</b>",
        "a <br> b",
        "a & b",
        "&nbsp;",
        "[link](http://x)",
        "see [DescribeRegions](~~36063~~)",
        "![image](x.png)",
        "1. first\n2. second",
        "Values:\n1. first",
        "2) second",
        "- a\n  - nested",
        "- a\n- b\n  continued",
        "- a\nlazy continuation",
        "- a\n\n- b",
        "- a\n- b\n\n- c",
        "- a\n\n* b",
        "- a\n* b",
        "+ plus",
        "-     five spaces after the marker",
        "- - a",
        "- 1. a",
        "- # a",
        "# h",
        "## Note\n\ntext",
        "text\n# h",
        "a\n===",
        "a\n---",
        "a\n--",
        "---",
        "***",
        "* * *",
        "> quote",
        "a\n> quote",
        "```\ncode\n```",
        "~~~\ncode\n~~~",
        "a\n\n    indented code",
        "a\n  continuation with spaces",
        "a  \nb",
        "a \nb",
        "a\\\nb",
        "ends with a backslash\\",
        "a\tb",
        "a\u00a0b **c**",
        "a\u3000b **c**",
        "a\r\nb",
        "\n\nfoo\n- a\n\n",
        " foo *x*",
        "foo *x* ",
        "",
        "**a*",
        "*a**",
        "***a***",
        "_em_",
        "a__b *x*",
        "x _y",
        "word_ **z**",
        "中_文 *x*",
        "`` code ``",
        "`unclosed",
        "`a\nb`",
        "` a `",
        "`a  b`",
        "``",
        "| a | b |",
        "=a",
        "a\u0000b",
        "\ud83d\ude00 **x**",
      })
  void refusedMarkdownIsLeftToFlexmark(String markdown) {
    assertThat(JavadocRenderer.renderFast(markdown)).isNull();
  }

  @Test
  void outputIsTheRenderedJavadoc() {
    assertThat(JavadocRenderer.renderFast("Valid values:\n\n-   **true**: yes.\n-   `false`: no."))
        .isEqualTo(
            "Valid values:\n<ul>\n<li><strong>true</strong>: yes.</li>\n"
                + "<li><code>false</code>: no.</li>\n</ul>");
    assertThat(JavadocRenderer.renderFast("one\ntwo\n\nthree")).isEqualTo("one two\n<p>three</p>");
    assertThat(JavadocRenderer.renderFast("a \\(b\\) \"c\"")).isEqualTo("a (b) &quot;c&quot;");
  }

  @Test
  void commentTerminatorsAtSignsAndBackslashesAreEscapedAsOnTheFlexmarkPath() {
    assertThat(JavadocRenderer.renderFast("ends */ here")).isEqualTo("ends *&#47; here");
    assertThat(JavadocRenderer.renderFast("a /* b")).isEqualTo("a &#47;* b");
    assertThat(JavadocRenderer.renderFast("`*/`")).isEqualTo("<code>*&#47;</code>");
    assertThat(JavadocRenderer.renderFast("**@return** {@link X}"))
        .isEqualTo("<strong>&#64;return</strong> {&#64;link X}");
    assertThat(JavadocRenderer.renderFast("\\\\u002a/ and C:\\Windows"))
        .isEqualTo("&#92;u002a/ and C:&#92;Windows");
    assertThat(JavadocRenderer.renderFast("`a\\_b`")).isEqualTo("<code>a&#92;_b</code>");
  }

  @Test
  void renderUsesTheFastPathAndFallsBackUnchanged() {
    JavadocRenderer renderer = new JavadocRenderer();
    String simple = "Valid values:\n- **on**\n- **off**";
    assertThat(renderer.render("\n" + simple + "\n\n"))
        .isEqualTo(JavadocRenderer.renderWithFlexmark(simple));
    String linked = "See [DescribeRegions](~~36063~~).\n\n- a";
    assertThat(JavadocRenderer.renderFast(linked)).isNull();
    assertThat(renderer.render(linked)).isEqualTo("See DescribeRegions.\n<ul>\n<li>a</li>\n</ul>");
  }

  /**
   * Random texts made of the pieces descriptions are made of, and of pieces the fast path must
   * refuse: whatever it accepts must equal Flexmark. The seed is fixed, so a failure repeats.
   */
  @Test
  void randomTextsThatTheFastPathAcceptsRenderAsFlexmarkDoes() {
    String[] pieces = {
      "a", "b", "中", "，", "：", "（", "）", "(", ")", ".", " ", "  ", "\n", "\n", "\n\n", "- ", "-   ",
      "* ", "*", "**", "`", "`x`", "\\", "\\(", "\\_", "\\*", "\"", ">", "|", "~", "#", "!", "-",
      "1.", "_", "=", "+", "@", "/", "1", "\u00a0", "\t", "&", "<", "[", "]", "“", "”", "。", "***",
      "a*", "*a", "**a**", "\\u"
    };
    Random random = new Random(20_240_601L);
    int accepted = 0;
    List<String> differences = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int count = 1 + random.nextInt(12);
      for (int i = 0; i < count; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String markdown = text.toString().strip();
      String fast = markdown.isEmpty() ? null : JavadocRenderer.renderFast(markdown);
      if (fast == null) {
        continue;
      }
      accepted++;
      if (!fast.equals(JavadocRenderer.renderWithFlexmark(markdown))) {
        differences.add(markdown);
      }
    }
    assertThat(differences).isEmpty();
    assertThat(accepted).isGreaterThan(2_000);
  }

  /**
   * Every character of the blocks descriptions draw on, next to asterisk runs, in code, escaped and
   * at a line's start: the fast path's idea of whitespace and punctuation (which decides what
   * {@code *} opens and closes) must be Flexmark's.
   */
  @Test
  void charactersAroundDelimitersAreClassifiedAsFlexmarkDoes() {
    String[] templates = {"a#**b**", "**b**#a", "#**b**#", "a*#*b", "`a#b`", "\\#", "#x\n- #y"};
    int[][] blocks = {
      {0x01, 0x250}, {0x2000, 0x2070}, {0x3000, 0x3040}, {0xfe30, 0xfe70}, {0xff00, 0xfff0}
    };
    List<String> differences = new ArrayList<>();
    for (int[] block : blocks) {
      for (int c = block[0]; c < block[1]; c++) {
        for (String template : templates) {
          String markdown = template.replace("#", String.valueOf((char) c));
          if (!markdown.equals(markdown.strip())) {
            continue;
          }
          String fast = JavadocRenderer.renderFast(markdown);
          if (fast != null && !fast.equals(JavadocRenderer.renderWithFlexmark(markdown))) {
            differences.add(String.format("U+%04X in %s", c, template));
          }
        }
      }
    }
    assertThat(differences).isEmpty();
  }
}

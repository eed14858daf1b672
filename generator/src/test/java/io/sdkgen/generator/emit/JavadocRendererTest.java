package io.sdkgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocRendererTest {

  private final JavadocRenderer renderer = new JavadocRenderer();

  @Test
  void plainTextIsKept() {
    assertThat(renderer.render("The next hop of the VPN route."))
        .isEqualTo("The next hop of the VPN route.");
  }

  @Test
  void linksIntoTheDocsSiteBecomeTheirText() {
    assertThat(
            renderer.render(
                "Describes the [user data](../../../intl.en-US/User Guide/User data.md#) of an"
                    + " instance. Call [DescribeRegions](~~25609~~) first."))
        .isEqualTo("Describes the user data of an instance. Call DescribeRegions first.");
    assertThat(renderer.render("See [the site](https://www.alibabacloud.com/help)."))
        .isEqualTo("See <a href=\"https://www.alibabacloud.com/help\">the site</a>.");
  }

  @Test
  void chineseIsKeptAsWritten() {
    assertThat(renderer.render("目的路由的下一跳。")).isEqualTo("目的路由的下一跳。");
  }

  @Test
  void sanitizeStarSlash() {
    assertThat(renderer.render("ends */ here")).isEqualTo("ends *&#47; here");
    assertThat(renderer.render("a /* b")).isEqualTo("a &#47;* b");
  }

  @Test
  void sanitizeAtSign() {
    assertThat(renderer.render("@return nothing {@link Foo}"))
        .isEqualTo("&#64;return nothing {&#64;link Foo}");
  }

  @Test
  void sanitizeBackslashUnicodeEscape() {
    assertThat(renderer.render("\\u002a/ tricky")).doesNotContain("\\u").contains("&#92;");
  }

  @Test
  void markdownBecomesHtmlWithTheFirstParagraphUnwrapped() {
    assertThat(renderer.render("Valid values:\n\n-   **true**: yes.\n-   **false**: no."))
        .isEqualTo(
            "Valid values:\n<ul>\n<li><strong>true</strong>: yes.</li>\n"
                + "<li><strong>false</strong>: no.</li>\n</ul>");
  }

  @Test
  void docLinksAndRelativeLinksBecomeText() {
    assertThat(renderer.render("call [DescribeRegions](~~36063~~) or [X](/doc/x.html)."))
        .isEqualTo("call DescribeRegions or X.");
  }

  @Test
  void absoluteLinksAreKept() {
    assertThat(renderer.render("see [the centre](https://error-center.aliyun.com/x?a=1&b=2)"))
        .isEqualTo("see <a href=\"https://error-center.aliyun.com/x?a=1&amp;b=2\">the centre</a>");
  }

  @Test
  void unsafeHtmlIsRemovedAndEmptyParagraphsDropped() {
    assertThat(
            renderer.render("<script>x()</script>text<p></p><table><tr><td>cell</td></tr></table>"))
        .isEqualTo("textcell");
  }

  @Test
  void lessThanIsEscaped() {
    assertThat(renderer.render("a < b & c")).isEqualTo("a &lt; b &amp; c");
  }

  @Test
  void blankTextRendersEmpty() {
    assertThat(renderer.render("  \n ")).isEmpty();
  }

  @Test
  void emptyListItemsAreDropped() {
    assertThat(renderer.render("Values:\n\n-   \n-   **x**")).doesNotContain("<li></li>");
  }

  @Test
  void headingsAndAttributesAreCleaned() {
    assertThat(renderer.render("## Note\n\n```java\nint a;\n```"))
        .isEqualTo("Note\n<pre><code>int a;\n</code></pre>");
  }

  @Test
  void longLinesBreakAtSpacesWithinTheWidth() {
    String sentence =
        "The ID of the security group to which the instance belongs. You can call"
            + " DescribeSecurityGroups to query the security groups that are available in the"
            + " region, then pass one of their IDs here.";
    String wrapped = renderer.render(sentence);
    assertThat(wrapped.split("\n")).hasSizeGreaterThan(1);
    for (String line : wrapped.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(JavadocRenderer.LINE_WIDTH);
      assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
    }
    assertThat(wrapped.replace('\n', ' ')).isEqualTo(sentence);
  }

  @Test
  void wrappingLeavesTagsPreBlocksAndUnspacedTextWhole() {
    String link = "<a href=\"https://example.com/a very long/path\" title=\"a title with spaces\">";
    String text = "x ".repeat(40) + link + "the link text</a>" + " y".repeat(40);
    for (String line : JavadocRenderer.wrap(text).split("\n")) {
      assertThat(line.contains("<a ") == line.contains("title=\"a title with spaces\">"))
          .as(line)
          .isTrue();
    }
    String pre = "<pre><code>" + "a b ".repeat(40) + "\n" + "c d ".repeat(40) + "</code></pre>";
    assertThat(JavadocRenderer.wrap(pre)).isEqualTo(pre);
    String after = pre + "\n<p>" + "e f ".repeat(40);
    assertThat(JavadocRenderer.wrap(after)).startsWith(pre + "\n<p>e f");
    assertThat(JavadocRenderer.wrap(after).split("\n")).hasSize(4);
    String chinese = "新快照的名称。长度为2~128个英文或中文字符，必须以大小字母或中文开头。".repeat(3);
    assertThat(JavadocRenderer.wrap(chinese)).isEqualTo(chinese);
    String longWord = "a".repeat(120) + " b";
    assertThat(JavadocRenderer.wrap(longWord)).isEqualTo("a".repeat(120) + "\nb");
  }
}

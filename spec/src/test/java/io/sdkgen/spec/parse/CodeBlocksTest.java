package io.sdkgen.spec.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line scan for plain fenced code blocks must find exactly what Flexmark finds, and hand
 * everything it is not sure of to Flexmark.
 */
class CodeBlocksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Request example\n\n```\nhttp://ecs.aliyuncs.com/?Action=X\n```\n",
        "```json {#response_demo}\n{\"a\": 1}\n\n```\n\nText\n\n~~~xml\n<a>1</a>\n```\n~~~\n",
        "Text right before\n```\ncode\n````\n",
        "```\nunclosed\n\nstill code\n",
        "````\n```\nnested\n````\n",
        "- a list item\n\n```\nafter the list\n```\n",
        "```\n```\n",
        "中文说明：\n\n```\n{\"RequestId\": \"中文\"}\n```\n",
        "```\ttabbed info\ncode\n```   \n",
      })
  void plainSectionsReadAsFlexmarkReadsThem(String body) {
    List<CodeBlockElement> plain = plainOf(body, 7);
    assertThat(plain).isNotNull();
    assertThat(plain).isEqualTo(MarkdownPageReader.flexmarkCodeBlocks(body, 7));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- item\n\n  ```\n  in the item\n  ```\n",
        "| a | ``` |\n```\ncode\n``` |\n",
        "> ```\n> quoted\n> ```\n",
        "<div>\n```\nnot a fence in HTML\n```\n</div>\n",
        "```a`b\nnot a fence\n```\n",
        "```\ncode\n ```\n",
      })
  void otherSectionsAreLeftToFlexmark(String body) {
    assertThat(plainOf(body, 0)).isNull();
  }

  @Test
  void aSectionReadsTheSameWhicheverWayItsBlocksAreFound() {
    String page =
        "# DoIt\n\n## 请求示例\n\n```\nhttp://x/?Action=DoIt\n```\n\n## 返回示例\n\n"
            + "- JSON:\n\n  ```json\n  {}\n  ```\n";
    PageElement element = MarkdownPageReader.read("DoIt.md", page);
    assertThat(element.sections().get(0).codeBlocks(element.lines()))
        .containsExactly(new CodeBlockElement("", "http://x/?Action=DoIt\n", 5));
    assertThat(element.sections().get(1).codeBlocks(element.lines()))
        .containsExactly(new CodeBlockElement("json", "{}\n", 13));
  }

  /** Every section of every corpus page: where the scan answers, Flexmark agrees. */
  @Test
  void corpusSectionsAgreeWithFlexmark() throws IOException {
    List<Path> files = Pages.corpusPages();
    int withFences = 0;
    int plain = 0;
    List<String> different = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      List<String> lines = MarkdownPageReader.lines(text);
      for (SectionElement section : MarkdownPageReader.read(file.toString(), text).sections()) {
        if (!section.body().contains("```") && !section.body().contains("~~~")) {
          continue;
        }
        withFences++;
        int from = section.firstLine() - 1;
        List<CodeBlockElement> scanned =
            MarkdownPageReader.plainCodeBlocks(lines, from, section.lastLine());
        if (scanned == null) {
          continue;
        }
        plain++;
        if (!scanned.equals(MarkdownPageReader.flexmarkCodeBlocks(section.body(), from))) {
          different.add(file + ":" + section.line());
        }
      }
    }
    System.out.printf("code blocks: %d of %d sections with fences are plain%n", plain, withFences);
    assertThat(different).isEmpty();
    // The scan is worth having only while it answers for most sections.
    assertThat(plain).isGreaterThan(withFences * 3 / 4);
  }

  private static List<CodeBlockElement> plainOf(String body, int offset) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < offset; i++) {
      lines.add("before");
    }
    List<String> bodyLines = MarkdownPageReader.lines(body);
    lines.addAll(bodyLines.subList(0, bodyLines.size() - 1)); // body ends with a newline
    return MarkdownPageReader.plainCodeBlocks(lines, offset, lines.size());
  }
}

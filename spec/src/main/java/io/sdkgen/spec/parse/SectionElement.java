package io.sdkgen.spec.parse;

import java.util.List;

/**
 * A level-2 section of a page: the heading text (anchor such as {@code {#parameters .section}}
 * removed), the heading's line, the raw Markdown of its body and what the body holds.
 *
 * @param firstLine the 1-based line after the heading
 * @param lastLine the 1-based last line of the body (inclusive)
 */
record SectionElement(
    String heading,
    int line,
    int firstLine,
    int lastLine,
    String body,
    List<TableElement> tables,
    List<CodeBlockElement> codeBlocks) {

  SectionElement {
    tables = List.copyOf(tables);
    codeBlocks = List.copyOf(codeBlocks);
  }
}

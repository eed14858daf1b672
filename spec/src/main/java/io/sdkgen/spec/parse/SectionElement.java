package io.sdkgen.spec.parse;

import java.util.List;

/**
 * A level-2 section of a page: the heading text (anchor such as {@code {#parameters .section}}
 * removed), the heading's line, the raw Markdown of its body and its tables.
 *
 * <p>Its fenced code blocks are found only when asked for ({@link #codeBlocks}): only example
 * sections need them, and a parameter table with a fence in a cell would otherwise send every such
 * section through Flexmark.
 *
 * @param firstLine the 1-based line after the heading
 * @param lastLine the 1-based last line of the body (inclusive)
 */
record SectionElement(
    String heading, int line, int firstLine, int lastLine, String body, List<TableElement> tables) {

  SectionElement {
    tables = List.copyOf(tables);
  }

  /**
   * Returns the section's fenced code blocks.
   *
   * @param pageLines the lines of the page the section was read from
   */
  List<CodeBlockElement> codeBlocks(List<String> pageLines) {
    return MarkdownPageReader.codeBlocks(pageLines, firstLine - 1, lastLine, body);
  }
}

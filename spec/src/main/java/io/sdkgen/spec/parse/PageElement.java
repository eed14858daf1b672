package io.sdkgen.spec.parse;

import java.util.List;

/**
 * A page as written, before any meaning is given to it: the title (first level-1 heading), the text
 * between title and first section, and the level-2 sections in page order.
 *
 * @param path the page's path relative to the docs root
 * @param title the title without its anchor; empty when the page has none
 * @param titleLine the title's 1-based line, or -1
 * @param intro Markdown between the title and the first section, trimmed
 * @param lines the page's lines, for readers that need raw text
 */
record PageElement(
    String path,
    String title,
    int titleLine,
    String intro,
    List<SectionElement> sections,
    List<String> lines) {

  PageElement {
    sections = List.copyOf(sections);
    lines = List.copyOf(lines);
  }
}

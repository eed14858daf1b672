package io.sdkgen.spec.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a page's Markdown into a {@link PageElement}: Flexmark finds the ATX headings and fenced
 * code blocks (so a {@code #} inside a code block is not a heading), {@link TableNormalizer}
 * assembles each section's tables from the raw lines. Knows Markdown, not API pages.
 */
final class MarkdownPageReader {

  private static final Parser PARSER = Parser.builder().build();
  private static final Pattern ANCHOR = Pattern.compile("\\s*\\{[^{}]*}\\s*$");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

  private MarkdownPageReader() {}

  /** Reads {@code text}, a page at {@code path}. */
  static PageElement read(String path, String text) {
    List<String> lines = List.of(LINE_BREAK.split(text, -1));
    List<Heading> headings = new ArrayList<>();
    List<FencedCodeBlock> blocks = new ArrayList<>();
    NodeVisitor visitor =
        new NodeVisitor(
            new VisitHandler<>(Heading.class, h -> collectHeading(h, headings)),
            new VisitHandler<>(FencedCodeBlock.class, blocks::add));
    visitor.visit(PARSER.parse(text));

    String title = "";
    int titleLine = -1;
    List<int[]> sectionHeads = new ArrayList<>(); // {headingIndex, 0-based line}
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (h.getLevel() == 1 && titleLine < 0) {
        title = headingText(h);
        titleLine = h.getStartLineNumber() + 1;
      } else if (h.getLevel() <= 2) {
        sectionHeads.add(new int[] {i, h.getStartLineNumber()});
      }
    }
    int introStart = titleLine < 0 ? 0 : titleLine;
    int introEnd = sectionHeads.isEmpty() ? lines.size() : sectionHeads.get(0)[1];
    String intro = join(lines, introStart, Math.max(introStart, introEnd)).strip();

    List<SectionElement> sections = new ArrayList<>();
    for (int s = 0; s < sectionHeads.size(); s++) {
      Heading h = headings.get(sectionHeads.get(s)[0]);
      int headLine = sectionHeads.get(s)[1];
      int end = s + 1 < sectionHeads.size() ? sectionHeads.get(s + 1)[1] : lines.size();
      if (h.getLevel() == 1) {
        continue; // a second title only ends the section before it
      }
      sections.add(section(h, lines, headLine, end, blocks));
    }
    return new PageElement(path, title, titleLine, intro, sections, lines);
  }

  private static void collectHeading(Heading heading, List<Heading> headings) {
    if (heading.isAtxHeading()) {
      headings.add(heading);
    }
  }

  private static SectionElement section(
      Heading h, List<String> lines, int headLine, int end, List<FencedCodeBlock> blocks) {
    List<CodeBlockElement> codeBlocks = new ArrayList<>();
    for (FencedCodeBlock block : blocks) {
      int line = block.getStartLineNumber();
      if (line > headLine && line < end) {
        codeBlocks.add(
            new CodeBlockElement(
                block.getInfo().toString().strip(), block.getContentChars().toString(), line + 1));
      }
    }
    return new SectionElement(
        headingText(h),
        headLine + 1,
        headLine + 2,
        end,
        join(lines, headLine + 1, end),
        TableNormalizer.tables(lines, headLine + 1, end),
        codeBlocks);
  }

  /** Returns a heading's text without a trailing {@code {#anchor .section}}. */
  static String headingText(Heading heading) {
    return stripAnchor(heading.getText().toString());
  }

  /** Returns {@code text} without a trailing attribute block such as {@code { .section}}. */
  static String stripAnchor(String text) {
    return ANCHOR.matcher(text).replaceFirst("").strip();
  }

  private static String join(List<String> lines, int from, int to) {
    StringBuilder result = new StringBuilder();
    for (int i = from; i < to && i < lines.size(); i++) {
      result.append(lines.get(i)).append('\n');
    }
    return result.toString();
  }

  /** Returns a node's 1-based line; for tests and diagnostics. */
  static int lineOf(Node node) {
    return node.getStartLineNumber() + 1;
  }
}

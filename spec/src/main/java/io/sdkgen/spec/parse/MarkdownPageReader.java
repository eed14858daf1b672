package io.sdkgen.spec.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a page's Markdown into a {@link PageElement}: a line scan finds the ATX headings outside
 * code fences, Flexmark finds each section's fenced code blocks (also those inside list items),
 * {@link TableNormalizer} assembles each section's tables from the raw lines. Knows Markdown, not
 * API pages.
 */
final class MarkdownPageReader {

  private static final Pattern ANCHOR = Pattern.compile("\\s*\\{[^{}]*}\\s*$");

  private MarkdownPageReader() {}

  /** Reads {@code text}, a page at {@code path}. */
  static PageElement read(String path, String text) {
    return read(path, text, true);
  }

  /**
   * Reads only the title and the intro of {@code text}: a page element without sections, enough to
   * tell which operation a page documents at a fraction of the cost of {@link #read}.
   */
  static PageElement readHead(String path, String text) {
    return read(path, text.substring(0, headEnd(text)), false);
  }

  /**
   * Returns where the part of {@code text} that decides title and intro ends: after the line of the
   * first section heading that follows the title, or at the end when there is none. Cut there, the
   * text has the same title and intro as the whole page.
   */
  private static int headEnd(String text) {
    HeadingScanner scanner = new HeadingScanner();
    boolean titled = false;
    int start = 0;
    while (start < text.length()) {
      int end = lineEnd(text, start);
      int level = scanner.level(text.substring(start, end));
      int next = nextLineStart(text, end);
      if (level == 1 && !titled) {
        titled = true;
      } else if (level == 1 || level == 2) {
        if (titled) {
          return Math.min(next, text.length());
        }
      }
      start = next;
    }
    return text.length();
  }

  private static PageElement read(String path, String text, boolean withSections) {
    List<String> lines = lines(text);
    List<int[]> headings = headings(lines); // {0-based line, level}
    String title = "";
    int titleLine = -1;
    List<int[]> sectionHeads = new ArrayList<>();
    for (int[] h : headings) {
      if (h[1] == 1 && titleLine < 0) {
        title = headingText(lines.get(h[0]));
        titleLine = h[0] + 1;
      } else if (h[1] <= 2) {
        sectionHeads.add(h);
      }
    }
    int introStart = titleLine < 0 ? 0 : titleLine;
    int introEnd = sectionHeads.isEmpty() ? lines.size() : sectionHeads.get(0)[0];
    String intro = join(lines, introStart, Math.max(introStart, introEnd)).strip();

    List<SectionElement> sections = new ArrayList<>();
    for (int s = 0; withSections && s < sectionHeads.size(); s++) {
      int[] h = sectionHeads.get(s);
      int end = s + 1 < sectionHeads.size() ? sectionHeads.get(s + 1)[0] : lines.size();
      if (h[1] == 2) { // a second title only ends the section before it
        sections.add(section(lines, h[0], end));
      }
    }
    return new PageElement(path, title, titleLine, intro, sections, lines);
  }

  /** Splits {@code text} at {@code \n}, {@code \r\n} and {@code \r}, keeping empty lines. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(text.length() / 32 + 1);
    int start = 0;
    while (true) {
      int end = lineEnd(text, start);
      lines.add(text.substring(start, end));
      if (end == text.length()) {
        return lines;
      }
      start = nextLineStart(text, end);
    }
  }

  /** Returns where the line starting at {@code start} ends: its line break, or the text's end. */
  private static int lineEnd(String text, int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  /** Returns where the next line starts after the line break at {@code end}. */
  private static int nextLineStart(String text, int end) {
    return end + (text.startsWith("\r\n", end) ? 2 : 1);
  }

  /**
   * Returns the ATX headings outside code fences. A fence closes at the next line that starts with
   * a fence, even with text after it ({@code ``` |} in a table cell): a page must not lose every
   * later heading to one sloppy fence.
   */
  private static List<int[]> headings(List<String> lines) {
    List<int[]> headings = new ArrayList<>();
    HeadingScanner scanner = new HeadingScanner();
    for (int i = 0; i < lines.size(); i++) {
      int level = scanner.level(lines.get(i));
      if (level > 0) {
        headings.add(new int[] {i, level});
      }
    }
    return headings;
  }

  /** Tells ATX headings from other lines, line after line, keeping track of code fences. */
  private static final class HeadingScanner {
    private String fence;

    /** Returns the heading level of {@code line}, the page's next line; 0 when not a heading. */
    int level(String line) {
      String s = line.strip();
      if (s.startsWith("```") || s.startsWith("~~~")) {
        String marker = s.substring(0, 3);
        fence = fence == null ? marker : fence.equals(marker) ? null : fence;
        return 0;
      }
      if (fence != null || !s.startsWith("#")) {
        return 0;
      }
      int level = 0;
      while (level < s.length() && s.charAt(level) == '#') {
        level++;
      }
      boolean heading =
          level <= 6
              && (level == s.length() || Character.isWhitespace(s.charAt(level)))
              && line.indexOf('#') <= 3;
      return heading ? level : 0;
    }
  }

  private static SectionElement section(List<String> lines, int headLine, int end) {
    String body = join(lines, headLine + 1, end);
    return new SectionElement(
        headingText(lines.get(headLine)),
        headLine + 1,
        headLine + 2,
        end,
        body,
        TableNormalizer.tables(lines, headLine + 1, end));
  }

  /**
   * Returns the fenced code blocks of a section: lines {@code [from, to)} of the page, joined in
   * {@code body}. Most sections hold only fences at the start of a line outside any container,
   * which {@link #plainCodeBlocks} reads exactly as CommonMark does; the rest go to Flexmark.
   */
  static List<CodeBlockElement> codeBlocks(List<String> lines, int from, int to, String body) {
    if (!body.contains("```") && !body.contains("~~~")) {
      return List.of();
    }
    List<CodeBlockElement> plain = plainCodeBlocks(lines, from, to);
    return plain != null ? plain : flexmarkCodeBlocks(body, from);
  }

  /**
   * Returns the fenced code blocks of lines {@code [from, to)} when the section is plain: every
   * fence starts at the beginning of its line, a fence-like line inside a block closes it (nothing
   * after the marker), backtick info strings hold no backtick, and no line outside a block starts a
   * block quote or an HTML block. Returns null for anything else (a fence indented into a list
   * item, {@code ``` |} in a table cell), which Flexmark must read: where the section is plain,
   * CommonMark reads fences exactly like this, which a corpus test checks against Flexmark.
   */
  static List<CodeBlockElement> plainCodeBlocks(List<String> lines, int from, int to) {
    List<CodeBlockElement> blocks = new ArrayList<>();
    char fence = 0;
    int fenceLength = 0;
    String info = "";
    int openLine = -1;
    StringBuilder content = new StringBuilder();
    for (int i = from; i < to && i < lines.size(); i++) {
      String line = lines.get(i);
      int indent = 0;
      while (indent < line.length()
          && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
        indent++;
      }
      char first = indent < line.length() ? line.charAt(indent) : 0;
      int run = 0;
      while (indent + run < line.length() && line.charAt(indent + run) == first) {
        run++;
      }
      boolean fenceLike = (first == '`' || first == '~') && run >= 3;
      if (fence == 0) {
        if (fenceLike) {
          String rest = line.substring(indent + run);
          if (indent > 0 || (first == '`' && rest.indexOf('`') >= 0)) {
            return null;
          }
          fence = first;
          fenceLength = run;
          info = rest.strip();
          openLine = i;
          content.setLength(0);
        } else if (indent <= 3 && (first == '>' || first == '<')) {
          return null;
        }
      } else if (fenceLike && first == fence && run >= fenceLength) {
        if (indent > 0 || !line.substring(indent + run).isBlank()) {
          return null;
        }
        blocks.add(new CodeBlockElement(info, content.toString(), openLine + 1));
        fence = 0;
      } else {
        content.append(line).append('\n');
      }
    }
    if (fence != 0) { // An unclosed fence runs to the end of the section.
      blocks.add(new CodeBlockElement(info, content.toString(), openLine + 1));
    }
    return blocks;
  }

  /**
   * Returns the fenced code blocks of a section body, found by Flexmark (which also knows fences
   * inside list items); {@code offset} is the 0-based line where the body starts.
   */
  static List<CodeBlockElement> flexmarkCodeBlocks(String body, int offset) {
    List<CodeBlockElement> blocks = new ArrayList<>();
    NodeVisitor visitor =
        new NodeVisitor(
            new VisitHandler<>(
                FencedCodeBlock.class,
                block ->
                    blocks.add(
                        new CodeBlockElement(
                            block.getInfo().toString().strip(),
                            block.getContentChars().toString(),
                            offset + block.getStartLineNumber() + 1))));
    visitor.visit(Flexmark.PARSER.parse(body));
    return blocks;
  }

  /** Returns a heading line's text without its hashes and trailing {@code {#anchor .section}}. */
  static String headingText(String line) {
    String s = line.replace('\u00a0', ' ').strip();
    int i = 0;
    while (i < s.length() && s.charAt(i) == '#') {
      i++;
    }
    return stripAnchor(s.substring(i));
  }

  /** Returns {@code text} without a trailing attribute block such as {@code { .section}}. */
  static String stripAnchor(String text) {
    String result = ANCHOR.matcher(text).replaceFirst("").strip();
    while (result.endsWith("#")) { // closing sequence of an ATX heading
      result = result.substring(0, result.length() - 1).strip();
    }
    return result;
  }

  private static String join(List<String> lines, int from, int to) {
    StringBuilder result = new StringBuilder();
    for (int i = from; i < to && i < lines.size(); i++) {
      result.append(lines.get(i)).append('\n');
    }
    return result.toString();
  }

  /** Flexmark's parser, made on first use: most runs never need it. */
  private static final class Flexmark {
    static final Parser PARSER = Parser.builder().build();

    private Flexmark() {}
  }
}

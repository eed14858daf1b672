package io.sdkgen.generator.emit;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns page Markdown into Javadoc text that doclint accepts: Markdown rendered to HTML by
 * Flexmark, cleaned by Jsoup to a small set of tags, then escaped so that no page text can end the
 * comment ({@code *}{@code /}), start a block tag ({@code @}) or form a unicode escape ({@code \}).
 *
 * <p>Most descriptions are simple Markdown (paragraphs, one-line bullet lists, code, bold): {@link
 * SimpleMarkdownRenderer} turns those into the HTML Flexmark would, several times faster, and
 * refuses the rest, which Flexmark renders. Tests hold the two to the same bytes on the corpus.
 *
 * <p>The Flexmark parser and renderer are built once, on first use, and shared: a run whose
 * descriptions all take the fast path never loads them. An instance caches what it rendered (pages
 * repeat the same descriptions often); it is thread-safe, use one per run.
 */
public final class JavadocRenderer {

  /** {@code [text](target)} whose target is not an http(s) address and holds no parentheses. */
  private static final Pattern DOCS_LINK =
      Pattern.compile("(?<!!)\\[([^\\[\\]\\n]+)]\\((?!https?://)[^()\\n]*\\)");

  private static final String MARKDOWN_SIGNS = "*_[]`<>\\#|~!&\n\r";

  /**
   * The longest line of text {@link #wrap} leaves, so that a comment's lines stay within 100
   * columns down to a type nested three deep; lines without spaces (most Chinese text) stay whole.
   */
  static final int LINE_WIDTH = 88;

  private final Map<String, String> cache = new ConcurrentHashMap<>();

  /** Creates a renderer with an empty cache. */
  public JavadocRenderer() {}

  /**
   * Returns {@code markdown} as Javadoc HTML, its first paragraph unwrapped so that it reads as the
   * summary; empty when nothing readable is left.
   */
  public String render(String markdown) {
    String trimmed = markdown.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    return cache.computeIfAbsent(trimmed, m -> wrap(renderUncached(m)));
  }

  /**
   * Returns Javadoc HTML with each line longer than {@link #LINE_WIDTH} broken at spaces: at the
   * last space within the width, or the first after it when a word is longer. Never inside a tag
   * ({@code <a href="...">}), never in {@code <pre>} blocks, where the line breaks are the text.
   */
  static String wrap(String html) {
    if (html.length() <= LINE_WIDTH) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 16);
    boolean inPre = false;
    int start = 0;
    while (true) {
      int end = html.indexOf('\n', start);
      String line = html.substring(start, end < 0 ? html.length() : end);
      int pre = line.lastIndexOf("<pre>");
      if (inPre || pre >= 0) {
        out.append(line);
        int closed = line.lastIndexOf("</pre>");
        inPre = closed < 0 ? inPre || pre >= 0 : pre > closed;
      } else {
        wrapLine(line, out);
      }
      if (end < 0) {
        return out.toString();
      }
      out.append('\n');
      start = end + 1;
    }
  }

  private static void wrapLine(String line, StringBuilder out) {
    int from = 0;
    while (line.length() - from > LINE_WIDTH) {
      int cut = -1;
      boolean inTag = false;
      for (int i = from; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '<') {
          inTag = true;
        } else if (c == '>') {
          inTag = false;
        } else if (c == ' ' && !inTag && i > from) {
          if (i - from > LINE_WIDTH && cut >= 0) {
            break;
          }
          cut = i;
          if (i - from > LINE_WIDTH) {
            break;
          }
        }
      }
      if (cut < 0) {
        break;
      }
      out.append(line, from, cut).append('\n');
      from = cut + 1;
      while (from < line.length() && line.charAt(from) == ' ') {
        from++;
      }
    }
    out.append(line, from, line.length());
  }

  /** Returns plain text (a code, a message) escaped for use inside Javadoc. */
  public static String text(String plain) {
    String stripped = plain.strip();
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '-' && c != ' ') {
        return escapeJavadoc(Entities.escape(stripped));
      }
    }
    return stripped;
  }

  /**
   * Renders stripped, non-empty {@code markdown}: plain text is only escaped; the simple Markdown
   * most descriptions use goes through {@link #renderFast}, which returns what Flexmark would at a
   * small part of its cost; anything else goes through Flexmark and Jsoup.
   */
  private static String renderUncached(String original) {
    String markdown = unlinkDocsPages(original);
    if (isPlain(markdown)) {
      return text(markdown);
    }
    String fast = renderFast(markdown);
    return fast != null ? fast : renderWithFlexmark(markdown);
  }

  /**
   * Returns {@code markdown} with links into the docs site replaced by their text: {@code
   * [DescribeRegions](~~25609~~)} and relative page links, which point nowhere from Javadoc.
   * Flexmark does not even read the many whose target has spaces ({@code [user data](../User
   * Guide/User data.md#)}), which would stay in the Javadoc as written. Links to {@code http(s)}
   * addresses are kept.
   */
  static String unlinkDocsPages(String markdown) {
    if (markdown.indexOf("](") < 0) {
      return markdown;
    }
    return DOCS_LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  /**
   * Returns what {@link #renderWithFlexmark} returns for {@code markdown} when it is in the subset
   * {@link SimpleMarkdownRenderer} accepts, without Flexmark or Jsoup; null otherwise. Only the
   * Markdown to HTML step is replaced: the HTML goes through the same {@link #simpleHtml}, {@link
   * #tidyLines} and {@link #escapeJavadoc} as Flexmark's, so those rules live in one place.
   */
  static String renderFast(String markdown) {
    String html = SimpleMarkdownRenderer.toHtml(markdown);
    if (html == null) {
      return null;
    }
    String simple = simpleHtml(html);
    return simple == null ? null : escapeJavadoc(tidyLines(simple));
  }

  /**
   * Renders {@code markdown} with Flexmark, cleans the HTML with Jsoup unless it is already simple,
   * and escapes it for Javadoc: the reference that {@link #renderFast} must equal.
   */
  static String renderWithFlexmark(String markdown) {
    String html = Flexmark.RENDERER.render(Flexmark.PARSER.parse(markdown));
    String simple = simpleHtml(html);
    if (simple != null) {
      return escapeJavadoc(tidyLines(simple));
    }
    Document dirty = Jsoup.parseBodyFragment(html);
    for (Element link : dirty.select("a")) {
      String href = link.attr("href");
      if (!href.startsWith("http://") && !href.startsWith("https://")) {
        // Relative links and ~~12345~~ document ids point into the docs site: keep their text.
        link.unwrap();
      }
    }
    Document clean = new Cleaner(Flexmark.SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    Element body = clean.body();
    removeEmpty(body);
    Node first = body.childNodeSize() == 0 ? null : body.childNode(0);
    if (first instanceof Element paragraph && paragraph.normalName().equals("p")) {
      paragraph.after(new TextNode("\n"));
      paragraph.unwrap();
    }
    return escapeJavadoc(tidyLines(body.html()));
  }

  /**
   * Returns Flexmark's output with the first paragraph unwrapped when it holds only bare tags of
   * the safe set and no empty element, so that Jsoup has nothing to clean; null otherwise. Most
   * descriptions are such (paragraphs, lists, bold, code), and cleaning is half the cost.
   */
  private static String simpleHtml(String html) {
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      int end = html.indexOf('>', i);
      if (end < 0) {
        return null;
      }
      int nameStart = html.charAt(i + 1) == '/' ? i + 2 : i + 1;
      String name = html.substring(nameStart, end);
      if (!SIMPLE_TAGS.contains(name)) {
        return null; // Attributes, links, raw HTML, headings: let Jsoup clean it.
      }
      if (nameStart == i + 2 && html.charAt(i - 1) == '>') {
        int open = html.lastIndexOf('<', i - 1);
        if (html.charAt(open + 1) != '/' && !name.equals("br")) {
          return null; // An empty element such as <p></p>: doclint rejects it.
        }
      }
    }
    String trimmed = html.strip();
    if (trimmed.startsWith("<p>")) {
      int close = trimmed.indexOf("</p>");
      trimmed = trimmed.substring(3, close) + "\n" + trimmed.substring(close + 4);
    }
    return trimmed;
  }

  private static final java.util.Set<String> SIMPLE_TAGS =
      java.util.Set.of("p", "ul", "ol", "li", "strong", "em", "code", "br");

  /**
   * Returns true when {@code text} holds no Markdown sign and cannot start a list, so that escaping
   * it is all it needs.
   */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (MARKDOWN_SIGNS.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    char first = text.charAt(0);
    return first != '-' && first != '+' && !Character.isDigit(first);
  }

  /** Removes elements without text (doclint rejects an empty {@code <p>}), innermost first. */
  private static void removeEmpty(Element element) {
    for (Element child : element.children()) {
      removeEmpty(child);
    }
    for (Element child : element.children()) {
      if (!child.normalName().equals("br") && child.text().isBlank()) {
        child.remove();
      }
    }
  }

  /** Trims every line, drops blank lines and puts each block element on a line of its own. */
  private static String tidyLines(String html) {
    String spaced =
        html.replace("<ul>", "\n<ul>\n")
            .replace("<ol>", "\n<ol>\n")
            .replace("</li>", "</li>\n")
            .replace("<p>", "\n<p>")
            .replace("<pre>", "\n<pre>");
    StringBuilder result = new StringBuilder(spaced.length());
    boolean inPre = false;
    for (String line : spaced.split("\n", -1)) {
      String kept = inPre ? line.stripTrailing() : line.strip();
      if (line.contains("<pre>")) {
        inPre = true;
      }
      if (line.contains("</pre>")) {
        inPre = false;
      }
      if (kept.isEmpty() && !inPre) {
        continue;
      }
      if (result.length() > 0) {
        result.append('\n');
      }
      result.append(kept);
    }
    return result.toString();
  }

  /**
   * Escapes what would break the comment: {@code @} (a block tag), a backslash (a unicode escape)
   * and a {@code /} next to {@code *} (the comment's end, or a nested start).
   */
  private static String escapeJavadoc(String html) {
    StringBuilder result = new StringBuilder(html.length() + 16);
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      switch (c) {
        case '@' -> result.append("&#64;");
        case '\\' -> result.append("&#92;");
        case '/' -> {
          boolean closes = i > 0 && html.charAt(i - 1) == '*';
          boolean opens = i + 1 < html.length() && html.charAt(i + 1) == '*';
          result.append(closes || opens ? "&#47;" : "/");
        }
        default -> result.append(c);
      }
    }
    return result.toString();
  }

  /** Flexmark's parser and renderer and Jsoup's safelist, made on first use. */
  private static final class Flexmark {
    static final Parser PARSER;
    static final HtmlRenderer RENDERER;

    static {
      MutableDataSet options = new MutableDataSet();
      options.set(HtmlRenderer.SOFT_BREAK, " ");
      options.set(HtmlRenderer.ESCAPE_HTML, false);
      PARSER = Parser.builder(options).build();
      RENDERER = HtmlRenderer.builder(options).build();
    }

    /** Tags doclint accepts in any position a description can take. */
    static final Safelist SAFELIST =
        new Safelist()
            .addTags("p", "ul", "ol", "li", "b", "strong", "em", "i", "code", "pre", "br", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https");

    private Flexmark() {}
  }
}

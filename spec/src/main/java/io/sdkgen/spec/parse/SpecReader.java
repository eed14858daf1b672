package io.sdkgen.spec.parse;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.parse.PageInterpreter.PageKey;
import io.sdkgen.spec.util.ParallelMap;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads API reference pages into a {@link Spec}. Immutable and thread-safe; build one with {@link
 * #builder()} and reuse it.
 *
 * <p>Reading never throws on page content: unreadable files, binary junk and pages that are not API
 * references come back as {@link io.sdkgen.spec.Diagnostic}s of their {@link PageResult}.
 *
 * <pre>{@code
 * Spec spec = SpecReader.builder().product("Vpc").version("2016-04-28").build()
 *     .read(List.of(Path.of("docs/vpc")));
 * }</pre>
 */
public final class SpecReader {

  private static final long MAX_FILE_BYTES = 64L << 20;

  private final String product;
  private final String version;
  private final ApiStyle style;
  private final String preferredLocale;
  private final boolean readOtherLocales;
  private final PageInterpreter interpreter;

  private SpecReader(Builder builder) {
    this.readOtherLocales = builder.readOtherLocales;
    this.product = builder.product;
    this.version = builder.version;
    this.style = builder.style;
    this.preferredLocale = builder.preferredLocale;
    this.interpreter = new PageInterpreter(product, version, style);
  }

  /** Returns a builder with no product, version or style and English as preferred locale. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every page of {@code inputs}: files of any name given directly, and every {@code *.md}
   * file below folders given, in sorted order. Locations of pages in a folder are relative to that
   * folder; a file given directly is named as given.
   */
  public Spec read(List<Path> inputs) {
    List<PageResult> problems = new ArrayList<>();
    List<PageFile> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        for (Path file : markdownFiles(input, problems)) {
          files.add(new PageFile(input.relativize(file).toString().replace('\\', '/'), file));
        }
      } else {
        files.add(new PageFile(input.toString(), input));
      }
    }
    List<PageResult> pages = new ArrayList<>(problems);
    pages.addAll(readOtherLocales ? readAll(files) : readPreferred(files));
    return new SpecAssembler(preferredLocale, style).assemble(pages);
  }

  /** A page file and the name it goes by in locations. */
  private record PageFile(String displayPath, Path path) {}

  /** Reads every page. */
  private List<PageResult> readAll(List<PageFile> files) {
    // Pages are independent: read them on every core, in page order, so the result is the same
    // as a sequential read.
    return ParallelMap.map(files, f -> load(f, false).read());
  }

  /**
   * Reads the pages the spec will be made of: a page in another locale is left unread when a page
   * in the preferred locale documents the same operation, since {@link SpecAssembler} takes the
   * preferred one whatever the other says. It is read after all when no preferred page turns out to
   * document the operation (a page with the name in its title but no API sections).
   */
  private List<PageResult> readPreferred(List<PageFile> files) {
    List<LoadedPage> loaded = ParallelMap.map(files, f -> load(f, true));
    Set<PageKey> preferred = new HashSet<>();
    for (LoadedPage page : loaded) {
      if (page.key != null && Locales.matches(page.key.locale(), preferredLocale)) {
        preferred.add(page.key.anyLocale());
      }
    }
    List<PageResult> results =
        new ArrayList<>(
            ParallelMap.map(loaded, p -> p.isOtherLocaleOf(preferred) ? p.skipped() : p.read()));
    Set<PageKey> documented = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      PageKey key = loaded.get(i).key;
      if (key != null && results.get(i).operation() != null) {
        documented.add(key.anyLocale());
      }
    }
    for (int i = 0; i < results.size(); i++) {
      LoadedPage page = loaded.get(i);
      if (page.isOtherLocaleOf(preferred) && !documented.contains(page.key.anyLocale())) {
        results.set(i, page.read());
      }
    }
    return results;
  }

  /**
   * A page's text, checked and cleaned, with the operation its head names (when asked to identify
   * it); or, when it could not be read at all, its result.
   */
  private final class LoadedPage {
    private final String path;
    private final Diagnostics diagnostics;
    private final String text;
    private final PageElement head;
    private final PageKey key;
    private final PageResult failed;

    LoadedPage(String path, Diagnostics diagnostics, String text, boolean identify) {
      this.path = path;
      this.diagnostics = diagnostics;
      PageElement head = null;
      PageKey key = null;
      PageResult failed = null;
      try {
        text = text == null ? null : PageText.clean(text, diagnostics);
        if (text == null) {
          failed = new PageResult(path, null, product, version, null, diagnostics.sorted());
        } else if (identify) {
          head = MarkdownPageReader.readHead(path, text);
          key = interpreter.key(head, text);
        }
      } catch (RuntimeException | StackOverflowError e) {
        failed = internalError(diagnostics, path, e);
      }
      this.text = text;
      this.head = head;
      this.key = key;
      this.failed = failed;
    }

    /** Returns true when this page is in another locale than a page of the same operation. */
    boolean isOtherLocaleOf(Set<PageKey> preferred) {
      return key != null
          && !Locales.matches(key.locale(), preferredLocale)
          && preferred.contains(key.anyLocale());
    }

    /** Reads the whole page. */
    PageResult read() {
      if (failed != null) {
        return failed;
      }
      try {
        PageElement page = MarkdownPageReader.read(path, text);
        return interpreter.interpret(page, text, diagnostics);
      } catch (RuntimeException | StackOverflowError e) {
        return internalError(diagnostics, path, e);
      }
    }

    /** Returns the result of a page left unread, with a note saying why. */
    PageResult skipped() {
      Diagnostics notes = new Diagnostics(path);
      notes.info(
          Diagnostics.OTHER_LOCALE_SKIPPED,
          Math.max(head.titleLine(), 1),
          "not read: "
              + key.operation()
              + " is taken from its "
              + preferredLocale
              + " page; this "
              + key.locale()
              + " page is not compared with it");
      List<Diagnostic> all = new ArrayList<>(diagnostics.sorted());
      all.addAll(notes.sorted());
      return new PageResult(path, null, key.product(), key.version(), null, all);
    }
  }

  /** Reads one page held in memory; {@code displayPath} names it in locations. */
  public PageResult readPage(String displayPath, String text) {
    return new LoadedPage(displayPath, new Diagnostics(displayPath), text, false).read();
  }

  private PageResult internalError(Diagnostics diagnostics, String path, Throwable e) {
    diagnostics.error(
        Diagnostics.INTERNAL_ERROR, -1, "the page could not be read (reader bug): " + e);
    return new PageResult(path, null, product, version, null, diagnostics.sorted());
  }

  /**
   * Reads one file's bytes and loads them as a page, finding which operation it names when {@code
   * identify}; a file that cannot be read loads failed.
   */
  private LoadedPage load(PageFile file, boolean identify) {
    String displayPath = file.displayPath();
    Diagnostics diagnostics = new Diagnostics(displayPath);
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file.path())) {
        throw new IOException(Files.exists(file.path()) ? "not a regular file" : "no such file");
      }
      if (Files.size(file.path()) > MAX_FILE_BYTES) {
        throw new IOException("larger than " + (MAX_FILE_BYTES >> 20) + " MB");
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Diagnostics.IO_ERROR, -1, "cannot read " + displayPath + ": " + message(e));
      return new LoadedPage(displayPath, diagnostics, null, identify);
    }
    return new LoadedPage(displayPath, diagnostics, decode(bytes, diagnostics), identify);
  }

  /**
   * Decodes a page as UTF-8, warning when it is not. The JDK's own decoding into a {@code String}
   * is several times faster than a {@code CharsetDecoder}, but replaces bad bytes silently; so only
   * a page whose text then holds the replacement character (a bad byte, or a real U+FFFD) is
   * decoded again strictly to tell which.
   */
  private static String decode(byte[] bytes, Diagnostics diagnostics) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      diagnostics.warning(
          Diagnostics.BAD_CHARACTERS, -1, "the file is not valid UTF-8; bad bytes replaced");
    }
    return text;
  }

  private static List<Path> markdownFiles(Path folder, List<PageResult> problems) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException | RuntimeException e) {
      Diagnostics diagnostics = new Diagnostics(folder.toString());
      diagnostics.error(Diagnostics.IO_ERROR, -1, "cannot list " + folder + ": " + message(e));
      problems.add(new PageResult(folder.toString(), null, "", "", null, diagnostics.sorted()));
      return List.of();
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Builds a {@link SpecReader}. */
  public static final class Builder {
    private String product = "";
    private String version = "";
    private ApiStyle style;
    private String preferredLocale = "en";
    private boolean readOtherLocales = true;

    private Builder() {}

    /** Sets the product for pages that do not name one ({@code Vpc}). */
    public Builder product(String product) {
      this.product = Objects.requireNonNull(product, "product == null");
      return this;
    }

    /** Sets the API version for pages that do not name one ({@code 2016-04-28}). */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version == null");
      return this;
    }

    /** Sets the style for pages that do not name one; null infers it from the page. */
    public Builder style(ApiStyle style) {
      this.style = style;
      return this;
    }

    /**
     * Sets which locale wins when an operation has pages in several: {@code en} (the default) or
     * {@code zh}.
     */
    public Builder preferredLocale(String preferredLocale) {
      this.preferredLocale = Objects.requireNonNull(preferredLocale, "preferredLocale == null");
      return this;
    }

    /**
     * Sets whether pages in other locales than the preferred one are read when a page in the
     * preferred locale documents the same operation (true, the default). The spec's operations are
     * the same either way, since the preferred page wins; reading them finds where the locales
     * disagree ({@code PAGES_DISAGREE} warnings) and their own page problems. Not reading them, as
     * generation does, saves most of the work on folders that hold several locales: such a page is
     * still in {@link Spec#pages()}, without an operation and with an {@code OTHER_LOCALE_SKIPPED}
     * note.
     */
    public Builder readOtherLocales(boolean readOtherLocales) {
      this.readOtherLocales = readOtherLocales;
      return this;
    }

    /** Returns the reader. */
    public SpecReader build() {
      return new SpecReader(this);
    }
  }
}

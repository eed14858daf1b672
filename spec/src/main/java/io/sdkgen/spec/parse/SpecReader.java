package io.sdkgen.spec.parse;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Spec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
  private final PageInterpreter interpreter;

  private SpecReader(Builder builder) {
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
    // Pages are independent: read them on every core. The stream keeps page order, so the
    // result is the same as a sequential read.
    List<PageResult> pages = new ArrayList<>(problems);
    pages.addAll(files.parallelStream().map(f -> readFile(f.displayPath(), f.path())).toList());
    return new SpecAssembler(preferredLocale, style).assemble(pages);
  }

  /** A page file and the name it goes by in locations. */
  private record PageFile(String displayPath, Path path) {}

  /** Reads one page held in memory; {@code displayPath} names it in locations. */
  public PageResult readPage(String displayPath, String text) {
    return readPage(new Diagnostics(displayPath), displayPath, text);
  }

  private PageResult readPage(Diagnostics diagnostics, String path, String text) {
    try {
      String clean = PageText.clean(text, diagnostics);
      if (clean == null) {
        return new PageResult(path, null, product, version, null, diagnostics.sorted());
      }
      PageElement page = MarkdownPageReader.read(path, clean);
      return interpreter.interpret(page, clean, diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.error(
          Diagnostics.INTERNAL_ERROR, -1, "the page could not be read (reader bug): " + e);
      return new PageResult(path, null, product, version, null, diagnostics.sorted());
    }
  }

  private PageResult readFile(String displayPath, Path file) {
    Diagnostics diagnostics = new Diagnostics(displayPath);
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new IOException(Files.exists(file) ? "not a regular file" : "no such file");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new IOException("larger than " + (MAX_FILE_BYTES >> 20) + " MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Diagnostics.IO_ERROR, -1, "cannot read " + displayPath + ": " + message(e));
      return new PageResult(displayPath, null, product, version, null, diagnostics.sorted());
    }
    return readPage(diagnostics, displayPath, decode(bytes, diagnostics));
  }

  private static String decode(byte[] bytes, Diagnostics diagnostics) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      diagnostics.warning(
          Diagnostics.BAD_CHARACTERS, -1, "the file is not valid UTF-8; bad bytes replaced");
      return new String(bytes, StandardCharsets.UTF_8);
    }
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

    /** Returns the reader. */
    public SpecReader build() {
      return new SpecReader(this);
    }
  }
}

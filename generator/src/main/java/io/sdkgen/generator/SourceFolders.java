package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where generated sources go below an output folder, a folder per package, each created once even
 * when files are written from several threads.
 */
final class SourceFolders {

  private final Path root;
  private final Map<Path, Path> created = new ConcurrentHashMap<>();

  SourceFolders(Path root) {
    this.root = root;
  }

  /** Returns {@code com/example/vpc/VpcClient.java} for a file of that class. */
  static String relativePath(JavaFile file) {
    String folder = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
    return folder + file.typeSpec().name() + ".java";
  }

  /**
   * Returns the source as UTF-8 bytes. JavaFile.writeTo(Path) appends token by token to an
   * unbuffered encoder; rendering to a String first and encoding it once is several times cheaper.
   */
  static byte[] render(JavaFile file) {
    return text(file).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the source text of {@code file}: JavaPoet's rendering without the spaces it leaves at
   * the end of a line where it wraps after literal text (a field's {@code " = "} before a wrapped
   * initializer). Generated code holds no text blocks, so no line ends inside a literal.
   */
  static String text(JavaFile file) {
    return withoutTrailingSpaces(file.toString());
  }

  static String withoutTrailingSpaces(String source) {
    int at = source.indexOf(" \n");
    if (at < 0) {
      return source;
    }
    StringBuilder out = new StringBuilder(source.length());
    int from = 0;
    while (at >= 0) {
      int end = at;
      while (end > from && source.charAt(end - 1) == ' ') {
        end--;
      }
      out.append(source, from, end).append('\n');
      from = at + 2;
      at = source.indexOf(" \n", from);
    }
    return out.append(source, from, source.length()).toString();
  }

  /** Returns where {@code file} goes. */
  Path target(JavaFile file) {
    return root.resolve(relativePath(file));
  }

  /** Writes {@code bytes} to {@code target}, creating its folder on first use. */
  void write(Path target, byte[] bytes) throws IOException {
    try {
      // computeIfAbsent makes other threads wait until the folder exists.
      created.computeIfAbsent(target.getParent(), SourceFolders::create);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.write(target, bytes);
  }

  private static Path create(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

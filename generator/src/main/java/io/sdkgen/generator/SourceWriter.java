package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/** Where generated sources go: a directory, or the annotation processing {@code Filer}. */
public interface SourceWriter {

  /** Writes one generated source file. */
  void write(JavaFile file) throws IOException;

  /** Returns true when {@link #write} may be called from several threads at once. */
  default boolean isThreadSafe() {
    return false;
  }

  /** Returns a thread-safe writer that puts sources under {@code root}, a folder per package. */
  static SourceWriter directory(Path root) {
    Map<Path, Path> folders = new ConcurrentHashMap<>();
    return new SourceWriter() {
      @Override
      public void write(JavaFile file) throws IOException {
        Path folder = root;
        if (!file.packageName().isEmpty()) {
          folder = root.resolve(file.packageName().replace('.', '/'));
        }
        try {
          // Created once per package; computeIfAbsent makes other threads wait until it exists.
          folders.computeIfAbsent(folder, SourceWriter::createFolder);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        // JavaFile.writeTo(Path) appends token by token to an unbuffered encoder; rendering to a
        // String first and writing its bytes once is several times cheaper.
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(file.typeSpec().name() + ".java"), bytes);
      }

      @Override
      public boolean isThreadSafe() {
        return true;
      }
    };
  }

  private static Path createFolder(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a writer that creates sources through the annotation processing {@code filer}, each
   * naming {@code originating} so that incremental builds know where it came from.
   */
  static SourceWriter filer(Filer filer, Element originating) {
    return file -> {
      String name = file.packageName() + "." + file.typeSpec().name();
      JavaFileObject source = filer.createSourceFile(name, originating);
      try (Writer out = source.openWriter()) {
        file.writeTo(out);
      }
    };
  }
}

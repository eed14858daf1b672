package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/** Where generated sources go: a directory, or the annotation processing {@code Filer}. */
public interface SourceWriter {

  /**
   * Writes one generated source file.
   *
   * @param file the file, for its package and class name
   * @param source its text, rendered already (JavaPoet's rendering, no trailing spaces)
   */
  void write(JavaFile file, String source) throws IOException;

  /** Returns true when {@link #write} may be called from several threads at once. */
  default boolean isThreadSafe() {
    return false;
  }

  /** Returns a thread-safe writer that puts sources under {@code root}, a folder per package. */
  static SourceWriter directory(Path root) {
    SourceFolders folders = new SourceFolders(root);
    return new SourceWriter() {
      @Override
      public void write(JavaFile file, String source) throws IOException {
        folders.write(folders.target(file), source.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public boolean isThreadSafe() {
        return true;
      }
    };
  }

  /**
   * Returns a writer that creates sources through the annotation processing {@code filer}, each
   * naming {@code originating} so that incremental builds know where it came from. Each source is
   * written in one call: JavaPoet's own {@code writeTo(Writer)} appends token by token, and the
   * filer's writers encode each append apart.
   */
  static SourceWriter filer(Filer filer, Element originating) {
    return (file, text) -> {
      String name = file.packageName() + "." + file.typeSpec().name();
      JavaFileObject source = filer.createSourceFile(name, originating);
      try (Writer out = source.openWriter()) {
        out.write(text);
      }
    };
  }
}

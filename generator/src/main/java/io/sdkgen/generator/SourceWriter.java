package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
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
    SourceFolders folders = new SourceFolders(root);
    return new SourceWriter() {
      @Override
      public void write(JavaFile file) throws IOException {
        folders.write(folders.target(file), SourceFolders.render(file));
      }

      @Override
      public boolean isThreadSafe() {
        return true;
      }
    };
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

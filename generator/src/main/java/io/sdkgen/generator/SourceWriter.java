package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
    return new SourceWriter() {
      @Override
      public void write(JavaFile file) throws IOException {
        file.writeTo(root, StandardCharsets.UTF_8);
      }

      @Override
      public boolean isThreadSafe() {
        return true;
      }
    };
  }
}

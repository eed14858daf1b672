package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Path;

/** Where generated sources go: a directory, or the annotation processing {@code Filer}. */
public interface SourceWriter {

  /** Writes one generated source file. */
  void write(JavaFile file) throws IOException;

  /** Returns a writer that puts sources under {@code root}, one folder per package, in UTF-8. */
  static SourceWriter directory(Path root) {
    return file -> file.writeTo(root, java.nio.charset.StandardCharsets.UTF_8);
  }
}

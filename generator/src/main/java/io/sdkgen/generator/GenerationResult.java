package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Severity;
import io.sdkgen.spec.util.ParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What one generation run produced: the sources (none when any error was found), the counts the
 * command line reports, and every diagnostic, the pages' and the generator's.
 *
 * @param files generated sources in a stable order; empty when {@link #hasErrors()}
 * @param pages how many pages were read
 * @param operations how many operations were generated
 * @param diagnostics problems found, errors and warnings
 */
public record GenerationResult(
    List<JavaFile> files, int pages, int operations, List<Diagnostic> diagnostics) {

  /** Creates a result; lists are copied. */
  public GenerationResult {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Returns true when any diagnostic is an error; then nothing is written. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Returns how many warnings were reported. */
  public int warnings() {
    return count(Severity.WARNING);
  }

  /** Returns how many classes were generated (one per file; nested types not counted). */
  public int classes() {
    return files.size();
  }

  /** Writes every file to {@code writer}; writes nothing when there are errors. */
  public void writeTo(SourceWriter writer) throws IOException {
    if (hasErrors()) {
      return;
    }
    // Rendering a JavaFile is most of the cost of writing it; files are independent.
    if (!writer.isThreadSafe()) {
      List<String> sources = ParallelMap.map(files, SourceFolders::text);
      for (int i = 0; i < files.size(); i++) {
        writer.write(files.get(i), sources.get(i));
      }
      return;
    }
    try {
      ParallelMap.map(
          files,
          file -> {
            try {
              writer.write(file, SourceFolders.text(file));
              return file;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private int count(Severity severity) {
    int count = 0;
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.severity() == severity) {
        count++;
      }
    }
    return count;
  }
}

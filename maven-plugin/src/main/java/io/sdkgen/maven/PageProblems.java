package io.sdkgen.maven;

import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Location;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns page diagnostics into Maven log lines that name the page as a path a reader (or an IDE's
 * console) can open: {@code /project/src/main/sdkgen/Create.md:42: unknown type ... [CODE]}.
 */
final class PageProblems {

  private int errors;
  private int warnings;

  /** Logs {@code diagnostics} of pages below {@code docs}: errors, warnings, the rest at debug. */
  void log(Log log, File docs, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      String line = place(docs, d.location()) + ": " + d.message() + " [" + d.code() + "]";
      switch (d.severity()) {
        case ERROR -> {
          errors++;
          log.error(line);
        }
        case WARNING -> {
          warnings++;
          log.warn(line);
        }
        default -> log.debug(line);
      }
    }
  }

  /** Returns how many errors were logged. */
  int errors() {
    return errors;
  }

  /** Returns how many warnings were logged. */
  int warnings() {
    return warnings;
  }

  private static String place(File docs, Location location) {
    File page = new File(location.path());
    String path = page.isAbsolute() ? page.getPath() : new File(docs, location.path()).getPath();
    return new Location(path, location.line(), location.column()).toString();
  }
}

package io.sdkgen.generator.cli;

import io.sdkgen.generator.ChangeReport;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Severity;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.diff.ApiDiff;
import io.sdkgen.spec.parse.SpecReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/**
 * {@code sdkgen diff OLD NEW}: lists the API changes between two sets of pages, each marked
 * breaking or compatible. Exit code 0; 3 with {@code --fail-on-breaking} when anything breaks; 1
 * when either side's pages have errors (printed {@code file:line: error: ...}); 2 on bad usage.
 */
@Command(
    name = "diff",
    description =
        "Lists the API changes between two sets of pages, each marked breaking or compatible.")
final class DiffCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec(Target.SELF)
  CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--json", description = "Print one JSON array, one object per change.")
  boolean json;

  @Option(names = "--fail-on-breaking", description = "Exit with 3 when any change is breaking.")
  boolean failOnBreaking;

  @Mixin PageOptions pages;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old pages: a folder or a file.")
  Path oldPages;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new pages: a folder or a file.")
  Path newPages;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      for (Path path : List.of(oldPages, newPages)) {
        if (!Files.exists(path)) {
          err.println("sdkgen diff: no such file or directory: " + path);
          return 2;
        }
      }
      SpecReader reader = pages.reader().build();
      Spec oldSpec = reader.read(List.of(oldPages));
      Spec newSpec = reader.read(List.of(newPages));
      List<String> errors = new ArrayList<>(errors(oldPages, oldSpec));
      errors.addAll(errors(newPages, newSpec));
      if (!errors.isEmpty()) {
        errors.forEach(err::println);
        err.println("sdkgen diff: " + errors.size() + " error(s) in the pages; nothing compared");
        return 1;
      }
      ChangeReport report =
          new ChangeReport(ApiDiff.compare(oldSpec.products(), newSpec.products()));
      out.print(json ? report.json() + "\n" : report.text());
      return failOnBreaking && report.breaking() > 0 ? 3 : 0;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Returns the errors of one side, each placed where a user can open it: page paths in a folder
   * are relative to that folder, so the folder goes in front.
   */
  static List<String> errors(Path side, Spec read) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic d : read.allDiagnostics()) {
      if (d.severity() == Severity.ERROR) {
        lines.add(placed(side, d).toString());
      }
    }
    return lines;
  }

  private static Diagnostic placed(Path side, Diagnostic d) {
    if (!Files.isDirectory(side)) {
      return d;
    }
    Location at = d.location();
    Location moved =
        new Location(side.resolve(at.path()).toString().replace('\\', '/'), at.line(), at.column());
    return new Diagnostic(d.severity(), d.code(), moved, d.message());
  }
}

package io.sdkgen.generator.cli;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Spec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/**
 * {@code sdkgen parse}: reads pages and prints what was read, as JSON or as a summary. Exit code 0
 * when no page has errors, 1 when some do (all pages are still printed), 2 on bad usage.
 */
@Command(
    name = "parse",
    description = "Reads API reference pages and prints the operations and diagnostics found.")
final class ParseCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec(Target.SELF)
  CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--json", description = "Print one JSON array, one object per page.")
  boolean json;

  @Mixin PageOptions pages;

  @Option(
      names = "--style",
      description = "API style for pages that do not say: ${COMPLETION-CANDIDATES}.")
  ApiStyle style;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders of *.md.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("sdkgen parse: no such file or directory: " + path);
        err.flush();
        return 2;
      }
    }
    Spec read = pages.reader().style(style).build().read(paths);
    if (json) {
      out.println(new SpecJson().pages(read.pages()));
    } else {
      summary(read, out);
    }
    out.flush();
    return read.pages().stream().anyMatch(PageResult::hasErrors) ? 1 : 0;
  }

  private static void summary(Spec read, PrintWriter out) {
    int errors = 0;
    for (PageResult page : read.pages()) {
      String what =
          page.operation() == null
              ? "(no operation)"
              : page.operation().name()
                  + " ("
                  + page.product()
                  + " "
                  + page.version()
                  + ", "
                  + page.operation().parameters().size()
                  + " parameters, "
                  + page.operation().response().size()
                  + " response fields, "
                  + page.operation().errors().size()
                  + " errors)";
      out.println(page.source() + ": " + what);
      for (Diagnostic d : page.diagnostics()) {
        out.println("  " + d);
      }
      errors += page.hasErrors() ? 1 : 0;
    }
    for (Diagnostic d : read.diagnostics()) {
      out.println(d);
    }
    out.println(
        read.pages().size()
            + " page(s), "
            + read.products().stream().mapToInt(p -> p.operations().size()).sum()
            + " operation(s), "
            + errors
            + " page(s) with errors");
  }
}

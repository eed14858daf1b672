package io.sdkgen.generator.cli;

import io.sdkgen.generator.GenerationResult;
import io.sdkgen.generator.GeneratorOptions;
import io.sdkgen.generator.IncrementalWriter;
import io.sdkgen.generator.InputFingerprint;
import io.sdkgen.generator.SdkGenerator;
import io.sdkgen.generator.emit.JavaNames;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sdkgen generate}: reads the pages of a folder and writes the generated sources.
 *
 * <p>Exit codes: 0 success, 1 errors in pages (then nothing is written), 2 bad usage. Prints one
 * summary line; page problems print as {@code file:line: error: message}. Writes through {@link
 * IncrementalWriter}: unchanged files are left alone and classes of an earlier run that are no
 * longer generated are deleted; files it did not write are never touched.
 */
@Command(
    name = "generate",
    description = "Generates a Java SDK from the API reference pages of a folder.",
    sortOptions = false,
    usageHelpAutoWidth = true)
public final class GenerateCommand implements Callable<Integer> {

  /** Exit code when a page has errors. */
  static final int PAGE_ERRORS = 1;

  @Spec private CommandSpec spec;

  @Option(names = "--docs", required = true, paramLabel = "DIR", description = "Folder of pages.")
  private Path docs;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "PKG",
      description = "Java package of the generated code.")
  private String packageName;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path out;

  @Mixin private PageOptions pages;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  /** Creates the command; picocli fills its options. */
  public GenerateCommand() {}

  @Override
  public Integer call() throws IOException {
    validate();
    long start = System.nanoTime();
    GeneratorOptions options =
        GeneratorOptions.builder()
            .docs(docs)
            .packageName(packageName)
            .product(pages.product)
            .version(pages.version)
            .locale(pages.locale)
            .build();
    GenerationResult result = new SdkGenerator(options).generate();
    PrintWriter err = spec.commandLine().getErr();
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (diagnostic.severity() != Severity.INFO) {
        err.println(diagnostic);
      }
    }
    if (result.hasErrors()) {
      err.flush();
      return PAGE_ERRORS;
    }
    // Unchanged files keep their timestamps, and classes an earlier run wrote that are no longer
    // generated (an operation or error code gone from the pages) are deleted.
    IncrementalWriter.Report report =
        new IncrementalWriter(out, IncrementalWriter.defaultStateFile(out))
            .write(result, InputFingerprint.none(result.pages()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "Generated %d classes for %d operations from %d pages (%d warnings) in %d ms; files: %s%n",
        result.classes(),
        result.operations(),
        result.pages(),
        result.warnings(),
        millis,
        report);
    stdout.flush();
    err.flush();
    return 0;
  }

  private void validate() {
    if (!Files.isDirectory(docs)) {
      throw new ParameterException(spec.commandLine(), "--docs: no such folder: " + docs);
    }
    if (!JavaNames.isPackageName(packageName)) {
      throw new ParameterException(
          spec.commandLine(), "--package: not a valid Java package name: " + packageName);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out: not a folder: " + out);
    }
  }
}

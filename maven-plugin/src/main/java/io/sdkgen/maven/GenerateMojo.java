package io.sdkgen.maven;

import io.sdkgen.generator.GenerationResult;
import io.sdkgen.generator.GeneratorOptions;
import io.sdkgen.generator.IncrementalWriter;
import io.sdkgen.generator.InputFingerprint;
import io.sdkgen.generator.SdkGenerator;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the Java SDK from API reference pages and adds it to the compile source roots.
 *
 * <p>Incremental: when neither the pages, the options nor the generator changed since the last run,
 * nothing is read or written. Otherwise only files whose content changed are written, so the
 * compiler's own incremental build stays incremental, and sources of operations that are gone are
 * deleted. What was written is recorded in {@code .<name>.sdkgen-state} next to the output
 * directory; only files named there are ever deleted. Problems in pages are logged with the page's
 * file and line; any error fails the build and leaves the output directory as it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /** The folder of reference pages; every {@code *.md} below it is read. */
  @Parameter(
      property = "sdkgen.docsDirectory",
      defaultValue = "${project.basedir}/src/main/sdkgen",
      required = true)
  File docsDirectory;

  /** The Java package of the generated code. */
  @Parameter(property = "sdkgen.packageName", required = true)
  String packageName;

  /** The product code for pages that do not name one, such as {@code Vpc}. */
  @Parameter(property = "sdkgen.product")
  String product;

  /** The API version for pages that do not name one, such as {@code 2016-04-28}. */
  @Parameter(property = "sdkgen.version")
  String version;

  /** Which locale wins where an operation has pages in several: {@code en} or {@code zh}. */
  @Parameter(property = "sdkgen.locale", defaultValue = "en")
  String locale;

  /** Where the sources go; added to the compile source roots. */
  @Parameter(
      property = "sdkgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/sdkgen",
      required = true)
  File outputDirectory;

  /** Fails the build on warnings in the pages too; then nothing is written. */
  @Parameter(property = "sdkgen.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Skips generation; the output directory is still added to the source roots. */
  @Parameter(property = "sdkgen.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    project.addCompileSourceRoot(outputDirectory.getPath());
    if (skip) {
      getLog().info("sdkgen: skipped");
      return;
    }
    if (!docsDirectory.isDirectory()) {
      throw new MojoFailureException(
          "sdkgen: docsDirectory " + docsDirectory + " is not a folder of reference pages");
    }
    GeneratorOptions options =
        GeneratorOptions.builder()
            .docs(docsDirectory.toPath())
            .packageName(packageName)
            .product(orEmpty(product))
            .version(orEmpty(version))
            .locale(locale)
            .build();
    IncrementalWriter writer =
        new IncrementalWriter(
            outputDirectory.toPath(), IncrementalWriter.defaultStateFile(outputDirectory.toPath()));
    try {
      InputFingerprint fingerprint = InputFingerprint.of(options);
      if (writer.isUpToDate(fingerprint)) {
        getLog().info("sdkgen: nothing to do (" + fingerprint.pages() + " pages unchanged)");
        return;
      }
      GenerationResult result = new SdkGenerator(options).generate();
      checkProblems(result);
      IncrementalWriter.Report report = writer.write(result, fingerprint);
      getLog()
          .info(
              "sdkgen: "
                  + result.operations()
                  + " operations from "
                  + result.pages()
                  + " pages into "
                  + outputDirectory
                  + ": "
                  + report);
    } catch (IOException e) {
      throw new MojoExecutionException("sdkgen: " + e, e);
    }
  }

  /** Logs the pages' problems; throws when they fail the build, before anything is written. */
  private void checkProblems(GenerationResult result) throws MojoFailureException {
    PageProblems problems = new PageProblems();
    problems.log(getLog(), docsDirectory, result.diagnostics());
    if (problems.errors() > 0) {
      throw new MojoFailureException(
          "sdkgen: "
              + problems.errors()
              + " error(s) in the pages under "
              + docsDirectory
              + "; nothing generated");
    }
    if (failOnWarning && problems.warnings() > 0) {
      throw new MojoFailureException(
          "sdkgen: "
              + problems.warnings()
              + " warning(s) in the pages under "
              + docsDirectory
              + " and failOnWarning is set; nothing generated");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}

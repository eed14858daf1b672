package io.sdkgen.maven;

import io.sdkgen.generator.ChangeReport;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.diff.ApiChange;
import io.sdkgen.spec.diff.ApiDiff;
import io.sdkgen.spec.parse.SpecReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports the API changes between an old and a new set of reference pages, each marked breaking or
 * compatible for code generated from the old pages. Breaking changes are logged as warnings, or as
 * errors when {@link #failOnBreaking} fails the build.
 */
@Mojo(name = "diff", requiresProject = true, threadSafe = true)
public final class DiffMojo extends AbstractMojo {

  /** The old pages: a folder (every {@code *.md} below it) or one page. */
  @Parameter(property = "sdkgen.oldDocsDirectory", required = true)
  File oldDocsDirectory;

  /** The new pages; {@link #docsDirectory} when not set. */
  @Parameter(property = "sdkgen.newDocsDirectory")
  File newDocsDirectory;

  /** The pages the {@code generate} goal reads; the new side unless {@link #newDocsDirectory}. */
  @Parameter(
      property = "sdkgen.docsDirectory",
      defaultValue = "${project.basedir}/src/main/sdkgen",
      required = true)
  File docsDirectory;

  /** The product code for pages that do not name one. */
  @Parameter(property = "sdkgen.product")
  String product;

  /** The API version for pages that do not name one. */
  @Parameter(property = "sdkgen.version")
  String version;

  /** Which locale wins where an operation has pages in several: {@code en} or {@code zh}. */
  @Parameter(property = "sdkgen.locale", defaultValue = "en")
  String locale;

  /** Fails the build when any change is breaking. */
  @Parameter(property = "sdkgen.failOnBreaking", defaultValue = "false")
  boolean failOnBreaking;

  /** Where to write the report as JSON, as {@code sdkgen diff --json} prints it; none if unset. */
  @Parameter(property = "sdkgen.outputFile")
  File outputFile;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    File newDocs = newDocsDirectory != null ? newDocsDirectory : docsDirectory;
    for (File side : List.of(oldDocsDirectory, newDocs)) {
      if (!side.exists()) {
        throw new MojoFailureException("sdkgen: no such file or directory: " + side);
      }
    }
    SpecReader reader =
        SpecReader.builder()
            .product(orEmpty(product))
            .version(orEmpty(version))
            .preferredLocale(locale)
            .build();
    Spec oldSpec = reader.read(List.of(oldDocsDirectory.toPath()));
    Spec newSpec = reader.read(List.of(newDocs.toPath()));
    PageProblems problems = new PageProblems();
    problems.log(getLog(), oldDocsDirectory, oldSpec.allDiagnostics());
    problems.log(getLog(), newDocs, newSpec.allDiagnostics());
    if (problems.errors() > 0) {
      throw new MojoFailureException(
          "sdkgen: " + problems.errors() + " error(s) in the pages; nothing compared");
    }
    ChangeReport report = new ChangeReport(ApiDiff.compare(oldSpec.products(), newSpec.products()));
    for (ApiChange change : report.changes()) {
      if (!change.breaking()) {
        getLog().info(change.toString());
      } else if (failOnBreaking) {
        getLog().error(change.toString());
      } else {
        getLog().warn(change.toString());
      }
    }
    getLog().info("sdkgen: " + report.summary() + " from " + oldDocsDirectory + " to " + newDocs);
    if (outputFile != null) {
      try {
        Files.createDirectories(outputFile.getAbsoluteFile().getParentFile().toPath());
        Files.writeString(outputFile.toPath(), report.json() + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException("sdkgen: cannot write " + outputFile + ": " + e, e);
      }
    }
    if (failOnBreaking && report.breaking() > 0) {
      throw new MojoFailureException(
          "sdkgen: " + report.breaking() + " breaking API change(s) and failOnBreaking is set");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}

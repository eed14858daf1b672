package io.sdkgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal run in-process, for what the fixture builds do not cover. */
class GenerateMojoTest {

  /** A page that reads with one warning: an unknown type on line 9. */
  static final String PAGE_WITH_WARNING =
      "# Ping {#doc_api_Vpc_Ping .reference}\n"
          + "\n"
          + "[Debug](https://api.aliyun.com/#product=Vpc&api=Ping&type=RPC&version=2016-04-28)\n"
          + "\n"
          + "## Request parameters {#parameters .section}\n"
          + "\n"
          + "|Parameter|Type|Required?|Example value|Description|\n"
          + "|--|--|--|--|--|\n"
          + "|Target|Frob of Bar|Yes|x|What to ping.|\n"
          + "\n"
          + "## Response parameters {#resultMapping .section}\n"
          + "\n"
          + "|Parameter|Type|Example value|Description|\n"
          + "|--|--|--|--|\n"
          + "|RequestId|String|1|The request ID.|\n";

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();
  private final MavenProject project = new MavenProject();
  private GenerateMojo mojo;

  @BeforeEach
  void setUp() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("Ping.md"), PAGE_WITH_WARNING);
    mojo = new GenerateMojo();
    mojo.setLog(log);
    mojo.project = project;
    mojo.docsDirectory = docs.toFile();
    mojo.packageName = "com.example.ping";
    mojo.locale = "en";
    mojo.outputDirectory = dir.resolve("out").toFile();
  }

  @Test
  void warningsAreLoggedWithFileAndLineAndSourcesAreWritten() throws Exception {
    mojo.execute();

    assertThat(log.lines)
        .anyMatch(
            line ->
                line.startsWith("warn: " + new File(mojo.docsDirectory, "Ping.md") + ":9: ")
                    && line.contains("Frob of Bar"));
    assertThat(dir.resolve("out/com/example/ping/PingRequest.java")).isRegularFile();
    assertThat(project.getCompileSourceRoots()).containsExactly(mojo.outputDirectory.getPath());
  }

  @Test
  void failOnWarningFailsAndWritesNothing() {
    mojo.failOnWarning = true;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 warning(s)")
        .hasMessageContaining("failOnWarning");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void secondRunHasNothingToDo() throws Exception {
    mojo.execute();
    log.lines.clear();

    mojo.execute();

    assertThat(log.lines).containsExactly("info: sdkgen: nothing to do (1 pages unchanged)");
  }

  @Test
  void skipStillAddsTheSourceRoot() throws Exception {
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("info: sdkgen: skipped");
    assertThat(project.getCompileSourceRoots()).containsExactly(mojo.outputDirectory.getPath());
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void missingDocsFolderIsAFailureNamingIt() {
    mojo.docsDirectory = dir.resolve("nope").toFile();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(dir.resolve("nope").toString());
  }
}

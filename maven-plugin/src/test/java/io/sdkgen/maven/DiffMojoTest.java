package io.sdkgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff goal run in-process, for what the fixture builds do not cover. */
class DiffMojoTest {

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();
  private DiffMojo mojo;
  private Path oldDocs;
  private Path newDocs;

  @BeforeEach
  void setUp() throws Exception {
    oldDocs = Files.createDirectories(dir.resolve("old"));
    newDocs = Files.createDirectories(dir.resolve("new"));
    Files.writeString(oldDocs.resolve("Ping.md"), GenerateMojoTest.PAGE_WITH_WARNING);
    mojo = new DiffMojo();
    mojo.setLog(log);
    mojo.oldDocsDirectory = oldDocs.toFile();
    mojo.docsDirectory = newDocs.toFile();
    mojo.locale = "en";
  }

  @Test
  void newSideDefaultsToDocsDirectoryAndAddedOperationIsCompatible() throws Exception {
    Files.writeString(newDocs.resolve("Ping.md"), GenerateMojoTest.PAGE_WITH_WARNING);
    Files.writeString(
        newDocs.resolve("Pong.md"), GenerateMojoTest.PAGE_WITH_WARNING.replace("Ping", "Pong"));
    mojo.failOnBreaking = true;
    mojo.outputFile = dir.resolve("report/changes.json").toFile();

    mojo.execute();

    assertThat(log.lines)
        .contains("info: compatible Vpc 2016-04-28 Pong: operation added [Pong.md:1]")
        .anyMatch(line -> line.startsWith("info: sdkgen: 1 change, 0 breaking from "));
    assertThat(dir.resolve("report/changes.json")).content().contains("\"OPERATION_ADDED\"");
  }

  @Test
  void pageErrorsFailWithFileOfTheRightSide() throws Exception {
    Files.writeString(newDocs.resolve("Ping.md"), "# Ping\n\n|a|b|\n|--|--|\n|1|2|\n");
    Files.writeString(
        newDocs.resolve("Bad.md"),
        GenerateMojoTest.PAGE_WITH_WARNING.replace(
            "[Debug](https://api.aliyun.com/#product=Vpc&api=Ping&type=RPC&version=2016-04-28)",
            ""));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("error(s) in the pages; nothing compared");
    assertThat(log.lines)
        .anyMatch(line -> line.startsWith("error: " + new File(newDocs.toFile(), "Bad.md")));
  }

  @Test
  void missingOldSideIsAFailureNamingIt() {
    mojo.oldDocsDirectory = dir.resolve("nope").toFile();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("sdkgen: no such file or directory: " + dir.resolve("nope"));
  }
}

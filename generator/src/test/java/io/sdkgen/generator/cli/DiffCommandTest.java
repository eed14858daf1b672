package io.sdkgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  static final String CREATE = "000_1d9347b729aee1b3.txt";
  static final String PUBLISH = "002_7748b1d47d30a9a5.txt";

  @TempDir Path dir;
  private Path oldDocs;
  private Path newDocs;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    oldDocs = Files.createDirectories(dir.resolve("old"));
    newDocs = Files.createDirectories(dir.resolve("new"));
    for (Path docs : new Path[] {oldDocs, newDocs}) {
      Files.writeString(docs.resolve("CreateVpnRouteEntry.md"), seed(CREATE));
      Files.writeString(docs.resolve("PublishVpnRouteEntry.md"), seed(PUBLISH));
    }
  }

  private int run(String... args) {
    return SdkgenCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  static String seed(String name) throws IOException {
    try (InputStream in = DiffCommandTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Removes the table row of {@code parameter}, with its continuation lines, from a page. */
  static String withoutRow(String page, String parameter) {
    int start = page.indexOf("|" + parameter + "|");
    int end = page.indexOf("\n |\n", start) + "\n |\n".length();
    assertThat(start).isNotNegative();
    return page.substring(0, start) + page.substring(end);
  }

  private void removeClientTokenFromNewPublish() throws IOException {
    Path page = newDocs.resolve("PublishVpnRouteEntry.md");
    Files.writeString(page, withoutRow(Files.readString(page), "ClientToken"));
  }

  @Test
  void samePagesHaveNoChanges() {
    int code = run("diff", "--fail-on-breaking", oldDocs.toString(), newDocs.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).isEqualTo("0 changes, 0 breaking\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void removedParameterIsBreaking() throws IOException {
    removeClientTokenFromNewPublish();

    int code = run("diff", oldDocs.toString(), newDocs.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "BREAKING   Vpc 2016-04-28 PublishVpnRouteEntry: parameter ClientToken removed"
                + " [PublishVpnRouteEntry.md:40]\n"
                + "1 change, 1 breaking\n");
  }

  @Test
  void failOnBreakingExitsWith3WhenAnythingBreaks() throws IOException {
    removeClientTokenFromNewPublish();

    assertThat(run("diff", "--fail-on-breaking", oldDocs.toString(), newDocs.toString()))
        .isEqualTo(3);
    assertThat(out.toString()).contains("parameter ClientToken removed");
  }

  @Test
  void addedOperationIsCompatibleAndDoesNotFail() throws IOException {
    Files.delete(oldDocs.resolve("PublishVpnRouteEntry.md"));

    int code = run("diff", "--fail-on-breaking", oldDocs.toString(), newDocs.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "compatible Vpc 2016-04-28 PublishVpnRouteEntry: operation added"
                + " [PublishVpnRouteEntry.md:1]\n"
                + "1 change, 0 breaking\n");
  }

  @Test
  void filesCanBeComparedDirectly() throws IOException {
    removeClientTokenFromNewPublish();

    int code =
        run(
            "diff",
            oldDocs.resolve("PublishVpnRouteEntry.md").toString(),
            newDocs.resolve("PublishVpnRouteEntry.md").toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("parameter ClientToken removed").contains("1 breaking");
  }

  @Test
  void jsonListsEveryChangeWithItsLocation() throws IOException {
    removeClientTokenFromNewPublish();
    Files.delete(oldDocs.resolve("CreateVpnRouteEntry.md"));

    int code = run("diff", "--json", oldDocs.toString(), newDocs.toString());

    assertThat(code).as(err.toString()).isZero();
    JsonNode changes = new ObjectMapper().readTree(out.toString());
    assertThat(changes).hasSize(2);
    JsonNode removed = changes.get(0);
    assertThat(removed.get("kind").asText()).isEqualTo("PARAMETER_REMOVED");
    assertThat(removed.get("breaking").asBoolean()).isTrue();
    assertThat(removed.get("product").asText()).isEqualTo("Vpc 2016-04-28");
    assertThat(removed.get("operation").asText()).isEqualTo("PublishVpnRouteEntry");
    assertThat(removed.get("subject").asText()).isEqualTo("ClientToken");
    assertThat(removed.get("detail").asText()).isEmpty();
    assertThat(removed.get("location").get("path").asText()).isEqualTo("PublishVpnRouteEntry.md");
    assertThat(removed.get("location").get("line").asInt()).isEqualTo(40);
    JsonNode added = changes.get(1);
    assertThat(added.get("kind").asText()).isEqualTo("OPERATION_ADDED");
    assertThat(added.get("breaking").asBoolean()).isFalse();
    assertThat(added.get("subject").asText()).isEmpty();
  }

  @Test
  void pagesWithErrorsExitWith1AndNameFileAndLine() throws IOException {
    Files.writeString(
        newDocs.resolve("Broken.md"),
        "# Broken\n\n## Request parameters\n\n|Parameter|Type|Required?|Example value|Description|\n"
            + "|--|--|--|--|--|\n|A|String|Yes|1|x|\n");

    int code = run("diff", oldDocs.toString(), newDocs.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .startsWith(newDocs.resolve("Broken.md") + ": error: no product/version")
        .endsWith("sdkgen diff: 1 error(s) in the pages; nothing compared\n");
  }

  @Test
  void productAndVersionOptionsApplyToPagesThatDoNotNameThem() throws IOException {
    Files.writeString(
        newDocs.resolve("Broken.md"),
        "# Broken\n\n## Request parameters\n\n|Parameter|Type|Required?|Example value|Description|\n"
            + "|--|--|--|--|--|\n|A|String|Yes|1|x|\n");

    int code =
        run(
            "diff",
            "--product",
            "Vpc",
            "--version",
            "2016-04-28",
            oldDocs.toString(),
            newDocs.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Broken: operation added");
  }

  @Test
  void missingPathIsBadUsageOnOneLine() {
    int code = run("diff", oldDocs.toString(), dir.resolve("nope").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("sdkgen diff: no such file or directory: " + dir.resolve("nope") + "\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingArgumentIsBadUsageOnOneLine() {
    assertThat(run("diff", oldDocs.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("sdkgen: Missing required parameter: 'NEW'\n");
  }
}

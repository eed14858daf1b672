package io.sdkgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(SdkgenCommand.class);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path seed(String name) throws IOException {
    Path target = dir.resolve(name);
    try (var in = getClass().getResourceAsStream("/seeds/" + name)) {
      Files.write(target, in.readAllBytes());
    }
    return target;
  }

  @Test
  void seedsAsJson() throws Exception {
    Path create = seed("000_1d9347b729aee1b3.txt");
    Path publish = seed("002_7748b1d47d30a9a5.txt");

    int code = run("parse", "--json", create.toString(), publish.toString());

    assertThat(code).as(err.toString()).isZero();
    JsonNode pages = new ObjectMapper().readTree(out.toString());
    assertThat(pages).hasSize(2);
    JsonNode first = pages.get(0);
    assertThat(first.get("source").asText()).isEqualTo(create.toString());
    assertThat(first.get("operation").asText()).isEqualTo("CreateVpnRouteEntry");
    assertThat(first.get("explorerName").asText()).isEqualTo("CreateVpnRouteEntry");
    assertThat(first.get("product").asText()).isEqualTo("Vpc");
    assertThat(first.get("version").asText()).isEqualTo("2016-04-28");
    assertThat(first.get("style").asText()).isEqualTo("RPC");
    JsonNode weight = first.get("parameters").get(6);
    assertThat(weight.get("name").asText()).isEqualTo("Weight");
    assertThat(weight.get("type").asText()).isEqualTo("Integer");
    assertThat(weight.get("required").asBoolean()).isTrue();
    assertThat(weight.get("allowedValues").toString()).isEqualTo("[\"0\",\"100\"]");
    assertThat(first.get("response").get(0).get("name").asText()).isEqualTo("CreateTime");
    assertThat(first.get("response").get(0).get("type").asText()).isEqualTo("Long");
    assertThat(first.get("response").get(0).get("children")).isEmpty();
    JsonNode error = first.get("errors").get(0);
    assertThat(error.get("httpStatus").asInt()).isEqualTo(403);
    assertThat(error.get("code").asText()).isEqualTo("Forbbiden.SubUser");
    assertThat(error.get("message").asText()).startsWith("User not authorized");
    assertThat(first.get("diagnostics")).isEmpty();
    assertThat(pages.get(1).get("operation").asText()).isEqualTo("PublishVpnRouteEntry");
    assertThat(pages.get(1).get("parameters").get(5).get("allowedValues").toString())
        .isEqualTo("[\"pbr\",\"dbr\"]");
  }

  @Test
  void pageWithErrorExitsOneAndStillPrintsEveryPage() throws Exception {
    Path good = seed("002_7748b1d47d30a9a5.txt");
    Path noLink = dir.resolve("NoLink.md");
    Files.writeString(
        noLink,
        "# DescribeThings\n\n## Request parameters\n\n|Name|Type|Required|Description|\n"
            + "|--|--|--|--|\n|Action|String|Yes|The action.|\n",
        StandardCharsets.UTF_8);

    int code = run("parse", "--json", good.toString(), noLink.toString());

    assertThat(code).isEqualTo(1);
    JsonNode pages = new ObjectMapper().readTree(out.toString());
    assertThat(pages).hasSize(2);
    assertThat(pages.get(1).get("explorerName").isNull()).isTrue();
    JsonNode diagnostic = pages.get(1).get("diagnostics").get(0);
    assertThat(diagnostic.get("severity").asText()).isEqualTo("ERROR");
    assertThat(diagnostic.get("message").asText()).contains("pass --product and --version");
  }

  @Test
  void configuredProductClearsTheError() throws Exception {
    Path noLink = dir.resolve("NoLink.md");
    Files.writeString(
        noLink,
        "# DescribeThings\n\n## Request parameters\n\n|Name|Type|Required|Description|\n"
            + "|--|--|--|--|\n|Action|String|Yes|The action.|\n",
        StandardCharsets.UTF_8);

    int code = run("parse", "--product", "Ecs", "--version", "2014-05-26", noLink.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("DescribeThings (Ecs 2014-05-26, 1 parameters");
  }

  @Test
  void folderReadsMarkdownFilesOnly() throws Exception {
    seed("000_1d9347b729aee1b3.txt");
    Files.writeString(dir.resolve("README.md"), "# Seeds\n\nTwo pages.\n");

    int code = run("parse", "--json", dir.toString());

    assertThat(code).isZero();
    JsonNode pages = new ObjectMapper().readTree(out.toString());
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).get("source").asText()).isEqualTo("README.md");
    assertThat(pages.get(0).get("diagnostics").get(0).get("code").asText())
        .isEqualTo("NOT_AN_API_PAGE");
  }

  @Test
  void missingPathIsBadUsage() {
    int code = run("parse", "--json", dir.resolve("nope.md").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("sdkgen parse: no such file or directory: " + dir.resolve("nope.md"));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void noPathIsBadUsage() {
    int code = run("parse", "--json");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter").doesNotContain("Exception");
  }
}

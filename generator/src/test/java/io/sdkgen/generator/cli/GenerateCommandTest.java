package io.sdkgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  private static final String SEEDS = "src/test/resources/docs/seeds";
  private static final String BROKEN = "src/test/resources/docs/broken";

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SdkgenCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void generatesTheSeedsAndPrintsOneSummaryLine() {
    Path target = temp.resolve("out");
    int code =
        run("generate", "--docs", SEEDS, "--package", "com.example.vpc", "--out", target + "");
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .matches(
            "Generated 14 classes for 2 operations from 2 pages \\(0 warnings\\) in \\d+ ms;"
                + " files: 14 written, 0 unchanged, 0 deleted\\R");
    assertThat(target.resolve("com/example/vpc/VpcClient.java")).isRegularFile();
    assertThat(target.resolve("com/example/vpc/CreateVpnRouteEntryRequest.java")).isRegularFile();
  }

  @Test
  void regeneratingDeletesTheClassesOfAGonePageAndLeavesOtherFilesAlone() throws IOException {
    Path docs = temp.resolve("docs");
    Files.createDirectories(docs);
    try (var pages = Files.list(Path.of(SEEDS))) {
      for (Path page : pages.toList()) {
        Files.copy(page, docs.resolve(page.getFileName()));
      }
    }
    Path target = temp.resolve("out");
    String[] args = {
      "generate", "--docs", docs.toString(), "--package", "com.example.vpc", "--out", target + ""
    };
    assertThat(run(args)).isZero();
    Path mine = target.resolve("com/example/vpc/Notes.java");
    Files.writeString(mine, "// a file of the user's own");
    Path publish = target.resolve("com/example/vpc/PublishVpnRouteEntryRequest.java");
    Path create = target.resolve("com/example/vpc/CreateVpnRouteEntryRequest.java");
    long createdAt = Files.getLastModifiedTime(create).toMillis();
    try (var pages = Files.list(docs)) {
      for (Path page : pages.toList()) {
        if (Files.readString(page).contains("# PublishVpnRouteEntry")) {
          Files.delete(page);
        }
      }
    }
    out.getBuffer().setLength(0);

    assertThat(run(args)).isZero();

    assertThat(publish).doesNotExist();
    assertThat(mine).hasContent("// a file of the user's own");
    assertThat(Files.getLastModifiedTime(create).toMillis()).isEqualTo(createdAt);
    assertThat(out.toString())
        .containsPattern("files: \\d+ written, \\d+ unchanged, [1-9]\\d* deleted");
  }

  @Test
  void errorsInPagesExitOneWriteNothingAndNameFileAndLine() {
    Path target = temp.resolve("out");
    int code = run("generate", "--docs", BROKEN, "--package", "com.example", "--out", target + "");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("DeleteThing.md:11: error: the request parameters table has no recognised header")
        .contains("NoProduct.md: error: no product/version")
        .doesNotContain("\tat ");
    assertThat(target).doesNotExist();
  }

  @Test
  void versionOptionIsTheApiVersionForPagesThatDoNotNameOne() {
    Path target = temp.resolve("out");
    int code =
        run(
            "generate",
            "--docs",
            BROKEN,
            "--package",
            "com.example",
            "--out",
            target + "",
            "--product",
            "Vpc",
            "--version",
            "2016-04-28");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("DeleteThing.md:11").doesNotContain("NoProduct.md");
  }

  @Test
  void missingOptionIsBadUsage() {
    int code = run("generate", "--docs", SEEDS, "--out", temp + "");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("--package").doesNotContain("\tat ");
  }

  @Test
  void badPackageIsBadUsage() {
    int code = run("generate", "--docs", SEEDS, "--package", "com.1x", "--out", temp + "");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("not a valid Java package name: com.1x");
  }

  @Test
  void missingDocsFolderIsBadUsage() {
    int code = run("generate", "--docs", "no/such/dir", "--package", "a.b", "--out", temp + "");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("--docs: no such folder: no/such/dir");
  }

  @Test
  void badLocaleIsBadUsage() {
    int code =
        run("generate", "--docs", SEEDS, "--package", "a.b", "--out", temp + "", "--locale", "fr");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void sameOutputTwice() throws IOException {
    run("generate", "--docs", SEEDS, "--package", "a.b", "--out", temp.resolve("one") + "");
    run("generate", "--docs", SEEDS, "--package", "a.b", "--out", temp.resolve("two") + "");
    Path client = Path.of("a/b/VpcClient.java");
    assertThat(Files.readAllBytes(temp.resolve("one").resolve(client)))
        .isEqualTo(Files.readAllBytes(temp.resolve("two").resolve(client)));
  }
}

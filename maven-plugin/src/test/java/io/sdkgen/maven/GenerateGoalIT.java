package io.sdkgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real Maven builds of {@code src/it/vpc-client}, one after the other on the same copy: generate,
 * compile and call the emulator; rebuild with nothing to do; edit, remove and break pages.
 */
@TestMethodOrder(OrderAnnotation.class)
class GenerateGoalIT {

  private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
  private static final String PACKAGE = "target/generated-sources/sdkgen/com/example/vpc/";

  private static FixtureBuild build;
  private static Path generated;

  @BeforeAll
  static void copyFixture() throws Exception {
    build = FixtureBuild.copy("vpc-client", "vpc-client");
    generated = build.file("target/generated-sources/sdkgen");
  }

  @Test
  @Order(1)
  void generatesCompilesAndCallsTheEmulator() throws Exception {
    FixtureBuild.Result result = build.run("test").succeeded();

    assertThat(result.log())
        .contains("sdkgen: 2 operations from 2 pages into ")
        .contains(": 14 written, 0 unchanged, 0 deleted")
        .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    assertThat(build.file(PACKAGE + "VpcClient.java")).isRegularFile();
    assertThat(build.file("target/test-classes/com/example/vpc/VpcClientTest.class")).exists();
  }

  @Test
  @Order(2)
  void secondBuildDoesNoGenerationWorkAndTouchesNoFile() throws Exception {
    Map<String, String> before = ageAll();

    FixtureBuild.Result result = build.run("compile").succeeded();

    assertThat(result.log())
        .contains("sdkgen: nothing to do (2 pages unchanged)")
        .contains("Nothing to compile - all classes are up to date")
        .doesNotContain("written");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  @Order(3)
  void editingOnePageRewritesOnlyThatOperationsFiles() throws Exception {
    Map<String, String> before = ageAll();
    Path page = build.file("src/main/sdkgen/PublishVpnRouteEntry.md");
    String text = Files.readString(page);
    assertThat(text).contains("The next hop of the VPN route.");
    Files.writeString(
        page, text.replace("The next hop of the VPN route.", "The next hop of the route, edited."));

    FixtureBuild.Result result = build.run("compile").succeeded();

    assertThat(result.log()).contains(": 1 written, 13 unchanged, 0 deleted");
    Map<String, String> after = snapshot();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    Map<String, String> changed = new TreeMap<>(after);
    changed.entrySet().removeAll(before.entrySet());
    assertThat(changed).containsOnlyKeys("com/example/vpc/PublishVpnRouteEntryRequest.java");
    assertThat(build.file(PACKAGE + "PublishVpnRouteEntryRequest.java"))
        .content()
        .contains("The next hop of the route, edited.");
  }

  @Test
  @Order(4)
  void removingAPageDeletesThatOperationsFiles() throws Exception {
    ageAll();
    Path handwritten = generated.resolve("com/example/vpc/Notes.java");
    Files.writeString(handwritten, "package com.example.vpc;\n\nfinal class Notes {}\n");
    Files.delete(build.file("src/main/sdkgen/PublishVpnRouteEntry.md"));

    FixtureBuild.Result result = build.run("compile").succeeded();

    // Forbidden.SubUser is documented on the removed page only (the other spells it Forbbiden).
    assertThat(result.log()).contains(": 2 written, 9 unchanged, 3 deleted");
    assertThat(build.file(PACKAGE + "PublishVpnRouteEntryRequest.java")).doesNotExist();
    assertThat(build.file(PACKAGE + "PublishVpnRouteEntryResponse.java")).doesNotExist();
    assertThat(build.file(PACKAGE + "ForbiddenSubUserException.java")).doesNotExist();
    assertThat(build.file(PACKAGE + "CreateVpnRouteEntryRequest.java")).isRegularFile();
    assertThat(Files.getLastModifiedTime(build.file(PACKAGE + "CreateVpnRouteEntryRequest.java")))
        .isEqualTo(OLD);
    assertThat(handwritten).exists();
    Files.delete(handwritten);
  }

  @Test
  @Order(5)
  void pageErrorFailsTheBuildWithFileAndLineAndLeavesTheOutputAlone() throws Exception {
    Map<String, String> before = ageAll();
    Path broken = build.file("src/main/sdkgen/Broken.md");
    Files.writeString(
        broken,
        "# Broken {#doc_api_Vpc_Broken .reference}\n"
            + "\n"
            + "[Debug](https://api.aliyun.com/#product=Vpc&api=Broken&type=RPC&version=2016-04-28)\n"
            + "\n"
            + "## Request parameters {#parameters .section}\n"
            + "\n"
            + "|Foo|Bar|\n"
            + "|---|---|\n"
            + "|a|b|\n");

    FixtureBuild.Result result = build.run("compile").failed();

    assertThat(result.log())
        .contains("[ERROR] " + broken + ":7: ")
        .contains("sdkgen: 1 error(s) in the pages under " + build.file("src/main/sdkgen"))
        .contains("nothing generated");
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Sets every generated file's time to {@link #OLD} and returns the {@link #snapshot()}. */
  private static Map<String, String> ageAll() throws Exception {
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, OLD);
      }
    }
    return snapshot();
  }

  /** Returns each generated file's path, time and content hash. */
  private static Map<String, String> snapshot() throws Exception {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        result.put(
            generated.relativize(file).toString().replace('\\', '/'),
            Files.getLastModifiedTime(file) + " " + Files.readString(file).hashCode());
      }
    }
    return result;
  }
}

package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code target/sdkgen}, run as users run it: a copy of it and of the shaded
 * jar in a folder of their own, the class-data archives in a cache folder of the test's.
 */
class LauncherIT {

  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path SEEDS = Path.of("src/test/resources/docs/seeds").toAbsolutePath();

  @TempDir Path temp;
  private Path launcher;
  private Path jar;
  private Path cache;

  @BeforeEach
  void install() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    installIn(temp.resolve("bin"));
    cache = temp.resolve("cache dir");
  }

  private void installIn(Path folder) throws IOException {
    Files.createDirectories(folder);
    launcher = folder.resolve("sdkgen");
    jar = folder.resolve("sdkgen.jar");
    Files.copy(TARGET.resolve("sdkgen"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(TARGET.resolve("sdkgen.jar"), jar, StandardCopyOption.COPY_ATTRIBUTES);
  }

  @Test
  void firstRunMakesTheArchiveAndTheNextRunMapsIt() throws Exception {
    Run first = run(Map.of(), generateSeeds("out1"));
    assertThat(first.status).as(first.output).isZero();
    // The summary line is all it prints: nothing from the JVM about the archive it wrote.
    assertThat(first.output.lines().toList())
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("Generated 14 classes for 2 operations from 2 pages (0 warnings)");
    List<Path> archives = files(cache);
    assertThat(archives).singleElement().satisfies(a -> assertThat(a.toString()).endsWith(".jsa"));

    Run second = run(Map.of("SDKGEN_OPTS", "-Xlog:class+load=info"), generateSeeds("out2"));
    assertThat(second.status).as(second.output).isZero();
    assertThat(second.output)
        .contains("io.sdkgen.generator.cli.SdkgenCommand source: shared objects file (top)");
    assertThat(files(cache)).isEqualTo(archives);
    assertThat(tree(temp.resolve("out2"))).isEqualTo(tree(temp.resolve("out1")));

    // What java -jar generates from the same pages, byte for byte.
    List<String> plainCommand = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
    plainCommand.addAll(List.of(generateSeeds("out3")));
    Process plain = new ProcessBuilder(plainCommand).redirectErrorStream(true).start();
    plain.getInputStream().readAllBytes();
    assertThat(plain.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(plain.exitValue()).isZero();
    assertThat(tree(temp.resolve("out1"))).isEqualTo(tree(temp.resolve("out3")));
  }

  /** The arguments that generate the seed pages into {@code out} under the test's folder. */
  private String[] generateSeeds(String out) {
    // --version names the API version of pages without one: not a request for help.
    return new String[] {
      "generate",
      "--docs",
      SEEDS.toString(),
      "--package",
      "com.example.vpc",
      "--product",
      "Vpc",
      "--version",
      "2016-04-28",
      "--out",
      temp.resolve(out).toString()
    };
  }

  @Test
  void aRebuiltJarGetsANewArchiveInPlaceOfTheOldOne() throws Exception {
    // An archive of another installation (another jar or Java) is left alone.
    Path otherInstall = Files.createDirectories(cache).resolve("sdkgen-1-2.jsa");
    Files.writeString(otherInstall, "not ours");
    assertThat(run(Map.of(), "parse", SEEDS.toString()).status).isZero();
    List<Path> before = files(cache);
    assertThat(before).hasSize(2).contains(otherInstall);

    // Each command keeps its own.
    assertThat(run(Map.of(), generateSeeds("out")).status).isZero();
    List<Path> both = files(cache);
    assertThat(both).hasSize(3).containsAll(before);

    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
    Run rebuilt = run(Map.of(), "parse", SEEDS.toString());
    assertThat(rebuilt.status).isZero();
    assertThat(rebuilt.output).doesNotContain("[warning]").doesNotContain("[error");
    List<Path> after = files(cache);
    assertThat(after).hasSize(3).contains(otherInstall);
    // The parse archive of the old build is replaced; generate's stays until generate runs.
    assertThat(after).filteredOn(p -> !both.contains(p)).hasSize(1);
    assertThat(after).filteredOn(p -> p.toString().contains("-generate-")).hasSize(1);
  }

  @Test
  void statusAndMessagesPassThroughAndOtherCommandsRunPlain() throws Exception {
    Run version = run(Map.of(), "--version");
    assertThat(version.status).isZero();
    assertThat(version.output.strip()).startsWith("sdkgen ");
    // Only parse, generate and diff are tuned and cached; --help, --version and mock run as is.
    assertThat(cache).doesNotExist();

    Run help = run(Map.of(), "generate", "--help");
    assertThat(help.status).isZero();
    assertThat(help.output).startsWith("Usage: sdkgen generate");
    assertThat(cache).doesNotExist();

    Run usage = run(Map.of(), "generate", "--docs", SEEDS.toString());
    assertThat(usage.status).isEqualTo(2);
    assertThat(usage.output).contains("Missing required options");

    Run pageErrors =
        run(
            Map.of(),
            "generate",
            "--docs",
            SEEDS.resolve("../broken").toString(),
            "--package",
            "com.example",
            "--out",
            temp.resolve("never").toString());
    assertThat(pageErrors.status).as(pageErrors.output).isEqualTo(1);
    assertThat(temp.resolve("never")).doesNotExist();
    // Runs that stopped early keep no archive of the few classes they loaded.
    assertThat(files(cache)).isEmpty();

    // parse prints every page even when some have errors (exit 1): a whole run, archive kept.
    Run parseErrors = run(Map.of(), "parse", SEEDS.resolve("../broken").toString());
    assertThat(parseErrors.status).as(parseErrors.output).isEqualTo(1);
    assertThat(files(cache))
        .singleElement()
        .satisfies(a -> assertThat(a.getFileName().toString()).contains("-parse-"));

    Run noJava = run(Map.of("JAVA_HOME", temp.resolve("no java").toString()), "--version");
    assertThat(noJava.status).isEqualTo(2);
    assertThat(noJava.output)
        .isEqualTo(
            "sdkgen: JAVA_HOME is "
                + temp.resolve("no java")
                + ", which has no bin/java; set it to a Java 17 or newer\n");
  }

  @Test
  void runsFromAFolderWithSpacesInItsName() throws Exception {
    installIn(temp.resolve("my tools/sdk gen"));
    cache = temp.resolve("my cache");
    for (int i = 0; i < 2; i++) {
      Run parse = run(Map.of(), "parse", SEEDS.toString());
      assertThat(parse.status).as(parse.output).isZero();
      assertThat(parse.output).contains("CreateVpnRouteEntry").doesNotContain("[warning]");
    }
    assertThat(files(cache)).hasSize(1);
  }

  @Test
  void runsWithoutACacheAndWithACollectorOfTheCallersChoice() throws Exception {
    Run off =
        run(
            Map.of("SDKGEN_CACHE", "off", "SDKGEN_OPTS", "-XX:+UseSerialGC -Xmx256m"),
            "parse",
            SEEDS.toString());
    assertThat(off.status).as(off.output).isZero();
    assertThat(off.output).contains("CreateVpnRouteEntry");
    assertThat(cache).doesNotExist();
  }

  private Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.directory(temp.toFile());
    builder.environment().put("JAVA_HOME", javaHome().toString());
    builder.environment().put("SDKGEN_CACHE", cache.toString());
    builder.environment().remove("SDKGEN_OPTS");
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  private static String java() {
    return javaHome().resolve("bin/java").toString();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    return contents;
  }

  private record Run(int status, String output) {}
}

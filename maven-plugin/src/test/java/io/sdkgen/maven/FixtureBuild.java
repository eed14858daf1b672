package io.sdkgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of a fixture project from {@code src/it} under {@code target/it}, built by a real Maven
 * (the one running this build) against the plugin staged by {@code invoker:install}.
 */
final class FixtureBuild {

  private static final Path FIXTURES = Path.of("src/it");
  private static final Path WORK = Path.of("target/it");

  private final Path project;
  private int runs;

  private FixtureBuild(Path project) {
    this.project = project;
  }

  /** Copies fixture {@code name} to a fresh {@code target/it/<copy>}, filling in versions. */
  static FixtureBuild copy(String name, String copy) throws IOException {
    Path target = WORK.resolve(copy).toAbsolutePath();
    deleteTree(target);
    Path source = FIXTURES.resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else if (file.getFileName().toString().equals("pom.xml")) {
          Files.writeString(to, filter(Files.readString(file)));
        } else {
          Files.copy(file, to);
        }
      }
    }
    // Marks the project root, so Maven does not take this repository's .mvn for the fixture's.
    Files.createDirectories(target.resolve(".mvn"));
    Path settings = WORK.resolve("settings.xml");
    Files.writeString(settings, filter(Files.readString(FIXTURES.resolve("settings.xml"))));
    return new FixtureBuild(target);
  }

  /** Returns the copied project's folder. */
  Path dir() {
    return project;
  }

  /** Returns a file of the copied project. */
  Path file(String relative) {
    return project.resolve(relative);
  }

  /** Runs Maven with {@code args} in the project; the log is kept as {@code build-<n>.log}. */
  Result run(String... args) throws IOException, InterruptedException {
    runs++;
    String mavenHome = System.getProperty("maven.home");
    assertThat(mavenHome).as("maven.home system property").isNotBlank();
    List<String> command = new ArrayList<>();
    command.add(Path.of(mavenHome, "bin", "mvn").toString());
    command.add("-B");
    command.add("-s");
    command.add(WORK.resolve("settings.xml").toAbsolutePath().toString());
    command.add("-Dmaven.repo.local=" + property("sdkgen.it.localRepository"));
    command.addAll(List.of(args));
    Path log = project.resolve("build-" + runs + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("MAVEN_ARGS");
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn " + String.join(" ", args) + " timed out; see " + log);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
  }

  private static String filter(String text) {
    Map<String, String> tokens =
        Map.of(
            "@sdkgen.version@", property("sdkgen.version"),
            "@junit.version@", property("sdkgen.it.junit.version"),
            "@compiler.version@", property("sdkgen.it.compiler.version"),
            "@surefire.version@", property("sdkgen.it.surefire.version"),
            "@resources.version@", property("sdkgen.it.resources.version"),
            "@remoteRepositoryUrl@",
                Path.of(property("sdkgen.it.remoteRepository")).toUri().toString());
    for (Map.Entry<String, String> token : tokens.entrySet()) {
      text = text.replace(token.getKey(), token.getValue());
    }
    return text;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set; run the *IT tests with mvn verify");
    }
    return value;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /**
   * One Maven run.
   *
   * @param exitCode the process exit code
   * @param log everything Maven printed
   * @param logFile where that was kept
   */
  record Result(int exitCode, String log, Path logFile) {

    /** Asserts the build succeeded, showing the log if not. */
    Result succeeded() {
      assertThat(exitCode).as("build failed; log %s:%n%s", logFile, log).isZero();
      return this;
    }

    /** Asserts the build failed. */
    Result failed() {
      assertThat(exitCode).as("build should fail; log %s:%n%s", logFile, log).isNotZero();
      return this;
    }
  }
}

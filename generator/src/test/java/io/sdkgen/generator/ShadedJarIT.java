package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code target/sdkgen.jar} as users get it: alone on javac's processor path (as Maven's
 * {@code annotationProcessorPaths} puts it) and as {@code java -jar}.
 */
class ShadedJarIT {

  private static final Path JAR = Path.of("target/sdkgen.jar").toAbsolutePath();
  private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();

  @TempDir Path temp;

  @Test
  void jarAloneOnTheProcessorPathGeneratesAndCompilesTheSeeds() throws IOException {
    Path sources = Files.createDirectories(temp.resolve("s"));
    Path classes = Files.createDirectories(temp.resolve("d"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject packageInfo =
        com.google.testing.compile.JavaFileObjects.forSourceLines(
            "com.example.vpc.package-info",
            "@io.sdkgen.runtime.GenerateSdk(docs = \"docs/seeds\")",
            "package com.example.vpc;");
    StringWriter output = new StringWriter();
    boolean ok =
        javac
            .getTask(
                output,
                null,
                null,
                List.of(
                    "-processorpath",
                    JAR.toString(),
                    "-classpath",
                    Compilation.runtime(),
                    "-Asdkgen.projectRoot=" + RESOURCES,
                    "-Xlint:all,-processing",
                    "-Werror",
                    "-s",
                    sources.toString(),
                    "-d",
                    classes.toString()),
                null,
                List.of(packageInfo))
            .call();
    assertThat(ok).as(output.toString()).isTrue();
    assertThat(sources.resolve("com/example/vpc/VpcClient.java")).isRegularFile();
    assertThat(classes.resolve("com/example/vpc/VpcClient.class")).isRegularFile();
  }

  @Test
  void jarRunsTheGenerateCommand() throws Exception {
    Path out = temp.resolve("out");
    Path tmp = Files.createDirectories(temp.resolve("tmp"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                JAR.toString(),
                "generate",
                "--docs",
                RESOURCES.resolve("docs/seeds").toString(),
                "--package",
                "com.example.vpc",
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String text = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(text).isZero();
    assertThat(text).startsWith("Generated 14 classes for 2 operations from 2 pages (0 warnings)");
    // The summary line is all it prints; the compiler directive it adds leaves no file behind.
    assertThat(text.lines()).hasSize(1);
    try (java.util.stream.Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
    assertThat(out.resolve("com/example/vpc/VpcClient.java")).isRegularFile();
  }
}

package io.sdkgen.generator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdkProcessorTest {

  private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
  private static final Path GOLDEN = RESOURCES.resolve("golden/seeds");

  private static JavaFileObject packageInfo(String annotation) {
    return JavaFileObjects.forSourceLines(
        "com.example.vpc.package-info", annotation, "package com.example.vpc;");
  }

  private static Compilation compile(JavaFileObject source, String... extraOptions) {
    List<String> options =
        new java.util.ArrayList<>(
            List.of(
                "-A" + SdkProcessor.PROJECT_ROOT + "=" + RESOURCES,
                "-Xlint:all,-processing",
                "-Xdoclint:html,syntax,reference"));
    options.addAll(List.of(extraOptions));
    return javac().withProcessors(new SdkProcessor()).withOptions(options).compile(source);
  }

  @Test
  void seedsGenerateCompileAndMatchGoldenFiles() throws IOException {
    Compilation compilation =
        compile(
            packageInfo(
                "@io.sdkgen.runtime.GenerateSdk(docs = \"docs/seeds\", packageName ="
                    + " \"com.example.vpc\")"),
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    List<Path> goldens;
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      goldens = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(compilation.generatedSourceFiles()).hasSize(goldens.size());
    for (Path golden : goldens) {
      String name = GOLDEN.relativize(golden).toString().replace('/', '.').replace(".java", "");
      assertThat(compilation)
          .generatedSourceFile(name)
          .contentsAsUtf8String()
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
  }

  @Test
  void packageDefaultsToTheAnnotatedElements() {
    JavaFileObject type =
        JavaFileObjects.forSourceLines(
            "com.example.app.Sdk",
            "package com.example.app;",
            "@io.sdkgen.runtime.GenerateSdk(docs = \"docs/seeds\")",
            "final class Sdk {}");
    Compilation compilation = compile(type);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.app.VpcClient");
  }

  @Test
  void brokenPagesGiveErrorsWithFileAndLineAndNoSources() {
    JavaFileObject source = packageInfo("@io.sdkgen.runtime.GenerateSdk(docs = \"docs/broken\")");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "DeleteThing.md:11: the request parameters table has no recognised header")
        .inFile(source)
        .onLineContaining("docs/broken");
    assertThat(compilation)
        .hadErrorContaining("NoProduct.md: no product/version")
        .inFile(source)
        .onLineContaining("docs/broken");
  }

  @Test
  void anErrorMeansNoGeneratedSourcesAtAll(@TempDir Path temp) throws IOException {
    // Compile Testing hides generated files of a failed compilation; javac's -s folder does not.
    Path sources = Files.createDirectories(temp.resolve("sources"));
    Path classes = Files.createDirectories(temp.resolve("classes"));
    javax.tools.JavaCompiler compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
    boolean ok =
        compiler
            .getTask(
                new java.io.StringWriter(),
                null,
                null,
                List.of(
                    "-A" + SdkProcessor.PROJECT_ROOT + "=" + RESOURCES,
                    "-s",
                    sources.toString(),
                    "-d",
                    classes.toString()),
                null,
                List.of(packageInfo("@io.sdkgen.runtime.GenerateSdk(docs = \"docs/broken\")")))
            .call();
    assertThat(ok).isFalse();
    try (Stream<Path> walk = Files.walk(sources)) {
      assertThat(walk.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void pagesWithoutProductUseTheAnnotationsProductAndVersion() {
    Compilation compilation =
        compile(
            packageInfo(
                "@io.sdkgen.runtime.GenerateSdk(docs = \"docs/broken\", product = \"Vpc\","
                    + " version = \"2016-04-28\")"));
    // DeleteThing.md stays broken; NoProduct.md no longer is.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("DeleteThing.md:11");
  }

  @Test
  void missingDocsFolderIsOneErrorOnTheAnnotation() {
    JavaFileObject source = packageInfo("@io.sdkgen.runtime.GenerateSdk(docs = \"docs/none\")");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[sdkgen.docsNotFound] docs folder docs/none not found")
        .inFile(source)
        .onLineContaining("docs/none");
  }

  @Test
  void badPackageNameIsOneError() {
    Compilation compilation =
        compile(
            packageInfo(
                "@io.sdkgen.runtime.GenerateSdk(docs = \"docs/seeds\", packageName ="
                    + " \"com.class\")"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[sdkgen.badPackage]");
  }
}

package io.sdkgen.spec.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures: pages from inline text or test resources, and expected model elements. */
final class Pages {

  static final SpecReader READER = SpecReader.builder().build();

  private Pages() {}

  /** Reads an inline page as {@code Test.md}, configured as product Ecs 2014-05-26. */
  static PageResult page(String text) {
    return SpecReader.builder()
        .product("Ecs")
        .version("2014-05-26")
        .build()
        .readPage("Test.md", text);
  }

  /** Returns the operation of an inline page. */
  static Operation operation(String text) {
    PageResult result = page(text);
    if (result.operation() == null) {
      throw new AssertionError("no operation: " + result.diagnostics());
    }
    return result.operation();
  }

  /** Every page of the shared corpus in path order; skips the test when there is no corpus. */
  static List<Path> corpusPages() throws IOException {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no corpus");
    try (Stream<Path> walk = Files.walk(Path.of(shared, "corpus"))) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** Reads a test resource as text. */
  static String resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static TypeRef type(TypeKind kind, String pageName) {
    return TypeRef.of(kind, pageName);
  }

  static Parameter param(
      String path,
      int line,
      String name,
      TypeRef type,
      boolean required,
      String example,
      String description,
      List<String> allowed) {
    return new Parameter(
        name,
        type,
        required,
        example,
        description,
        allowed,
        ParameterLocation.QUERY,
        List.of(),
        Location.of(path, line));
  }

  static ResponseField field(
      String path, int line, String name, TypeRef type, String example, String description) {
    return new ResponseField(name, type, description, example, List.of(), Location.of(path, line));
  }
}

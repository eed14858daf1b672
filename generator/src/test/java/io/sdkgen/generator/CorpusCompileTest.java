package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every RPC product of the shared corpus generates without errors, and the output compiles against
 * the runtime with every lint and doclint (html, syntax, reference): no error, no warning.
 */
class CorpusCompileTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"vpn, Vpc, 2016-04-28", "slb, Slb, 2014-05-15", "ecs, Ecs, 2014-05-26"})
  void productGeneratesAndCompiles(String folder, String product, String version) {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null, "sdkgen.shared is not set");
    Path docs = Path.of(shared, "corpus", folder);
    assumeTrue(Files.isDirectory(docs), "no corpus at " + docs);

    GeneratorOptions options =
        GeneratorOptions.builder()
            .docs(docs)
            .packageName("com.example." + folder)
            .product(product)
            .version(version)
            .build();
    GenerationResult result = new SdkGenerator(options).generate();

    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    assertThat(result.operations()).isPositive();
    List<String> problems =
        Compilation.compile(
            result.files(), List.of("-Xlint:all", "-Xdoclint:html,syntax,reference", "-proc:none"));
    assertThat(problems).isEmpty();
  }
}

package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.JavaFile;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.parse.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The output for each RPC product of the shared corpus is compact: one request and one response
 * class per operation however many pages (locales, hidden copies) document it, one exception class
 * per distinct error code under one product exception, and no class that no other generated class
 * names.
 */
class CorpusCompactnessTest {

  private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"vpn, Vpc, 2016-04-28", "slb, Slb, 2014-05-15", "ecs, Ecs, 2014-05-26"})
  void oneClassPerOperationAndCodeAndEachOneUsed(String folder, String product, String version)
      throws Exception {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null, "sdkgen.shared is not set");
    Path docs = Path.of(shared, "corpus", folder);
    assumeTrue(Files.isDirectory(docs), "no corpus at " + docs);

    GenerationResult result =
        new SdkGenerator(
                GeneratorOptions.builder()
                    .docs(docs)
                    .packageName("com.example." + folder)
                    .product(product)
                    .version(version)
                    .build())
            .generate();
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    Spec spec =
        SpecReader.builder()
            .product(product)
            .version(version)
            .readOtherLocales(false)
            .build()
            .read(List.of(docs));
    assertThat(spec.products()).hasSize(1);
    Product read = spec.products().get(0);
    Set<String> codes = new TreeSet<>();
    for (Operation operation : read.operations()) {
      for (ErrorCode error : operation.errors()) {
        if (!error.code().isBlank()) {
          codes.add(error.code());
        }
      }
    }
    long pages;
    try (Stream<Path> files = Files.walk(docs)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).count();
    }
    assertThat(pages)
        .as("pages documenting the operations")
        .isGreaterThan(read.operations().size());

    Map<String, String> sources = new HashMap<>();
    for (JavaFile file : result.files()) {
      assertThat(sources.put(file.typeSpec().name(), file.toString())).isNull();
    }
    List<String> requests = names(sources.keySet(), "Request");
    List<String> responses = names(sources.keySet(), "Response");
    List<String> exceptions = names(sources.keySet(), "Exception");
    assertThat(requests).hasSize(read.operations().size());
    assertThat(responses).hasSize(read.operations().size());
    // One per distinct code, plus the product's own base class.
    assertThat(exceptions).hasSize(codes.size() + 1);
    String base = product + "Exception";
    for (String exception : exceptions) {
      if (!exception.equals(base)) {
        assertThat(sources.get(exception)).contains(" extends " + base + " ");
      }
    }
    assertThat(sources.size())
        .as("requests, responses, exceptions, the client and the error registry")
        .isEqualTo(requests.size() + responses.size() + exceptions.size() + 2);

    // Every class but the client is named by another generated class: by a word of its source
    // beside its own file's.
    String client = product + "Client";
    assertThat(sources).containsKey(client);
    Map<String, Integer> filesNaming = new HashMap<>();
    for (String source : sources.values()) {
      Set<String> words = new HashSet<>();
      Matcher word = WORD.matcher(source);
      while (word.find()) {
        words.add(word.group());
      }
      words.forEach(w -> filesNaming.merge(w, 1, Integer::sum));
    }
    List<String> unused = new ArrayList<>();
    for (String name : sources.keySet()) {
      if (!name.equals(client) && filesNaming.getOrDefault(name, 0) < 2) {
        unused.add(name);
      }
    }
    assertThat(unused).as("generated classes no other class names").isEmpty();
  }

  /**
   * Returns the names ending in {@code suffix}, or in it and a number: codes whose names would
   * clash ({@code InvalidParameter}, {@code Invalid.Parameter}) get {@code
   * InvalidParameterException} and {@code InvalidParameterException2}.
   */
  private static List<String> names(Set<String> all, String suffix) {
    Pattern named = Pattern.compile(".*" + suffix + "[0-9]*");
    return all.stream().filter(n -> named.matcher(n).matches()).sorted().toList();
  }
}

package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdkgen.emulator.ExampleAnswers;
import io.sdkgen.generator.emit.JavaNames;
import io.sdkgen.runtime.ResponseNode;
import io.sdkgen.spec.Example;
import io.sdkgen.spec.ExampleKind;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.parse.SpecReader;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every product of the shared corpus, RPC and ROA, from its English and from its Chinese pages,
 * generates without errors, the output compiles against the runtime with every lint and doclint
 * (html, syntax, reference), no error, no warning, and the compiled response classes read each
 * page's own JSON and XML response examples: none fails, and the values the examples hold are found
 * in what was read.
 */
class CorpusCompileTest {

  private static final JsonFactory LENIENT =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** An element's text in an XML example. */
  private static final Pattern XML_TEXT = Pattern.compile(">([^<>]+)</");

  @TempDir Path classes;

  /**
   * Each product is generated twice, from its English pages and from its Chinese ones ({@code
   * locale}). {@code reachable} ({@code xmlReachable}) is the least share of the JSON (XML)
   * examples' values that must be found in the read responses' {@code toString()}, a little under
   * what they are (JSON, en: VPC 88.9%, SLB 98.1%, ECS 94.9%, elasticsearch 55.6%; zh: 94.9%,
   * 98.3%, 94.8%, 56.0%; XML, en: 90.5%, 99.0%, 95.1%; zh: 96.4%, 98.9%, 94.5%), so that a change
   * that loses fields fails here. It is not 100% because some examples disagree with their own
   * tables: a key spelled {@code " UserData "}, {@code DedicatedHostIdRenewAttributes} for {@code
   * DedicatedHostRenewAttributes}, DescribeVpnConnection showing a DescribeVpnConnections answer; a
   * few numbers print differently ({@code 175.200}), and secrets print as {@code ██}. The
   * elasticsearch pages say that their examples hold more fields than their tables document ({@code
   * UpdateDescription} documents {@code description} of an answer showing the whole instance); they
   * have no XML examples.
   */
  @ParameterizedTest(name = "{0} {3}")
  @CsvSource({
    "vpn, Vpc, 2016-04-28, en, 0.88, 0.89",
    "slb, Slb, 2014-05-15, en, 0.97, 0.98",
    "ecs, Ecs, 2014-05-26, en, 0.94, 0.94",
    "elasticsearch, elasticsearch, 2017-06-13, en, 0.55, 0.0",
    "vpn, Vpc, 2016-04-28, zh, 0.94, 0.96",
    "slb, Slb, 2014-05-15, zh, 0.98, 0.98",
    "ecs, Ecs, 2014-05-26, zh, 0.94, 0.94",
    "elasticsearch, elasticsearch, 2017-06-13, zh, 0.55, 0.0"
  })
  void productGeneratesCompilesAndReadsItsExamples(
      String folder,
      String product,
      String version,
      String locale,
      double reachable,
      double xmlReachable)
      throws Exception {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null, "sdkgen.shared is not set");
    Path docs = Path.of(shared, "corpus", folder);
    assumeTrue(Files.isDirectory(docs), "no corpus at " + docs);

    String packageName = "com.example." + folder;
    GeneratorOptions options =
        GeneratorOptions.builder()
            .docs(docs)
            .packageName(packageName)
            .product(product)
            .version(version)
            .locale(locale)
            .build();
    GenerationResult result = new SdkGenerator(options).generate();

    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    assertThat(result.operations()).isPositive();
    List<JavaFileObject> sources = new ArrayList<>();
    for (var file : result.files()) {
      sources.add(file.toJavaFileObject());
    }
    List<String> problems =
        Compilation.compileTo(
            sources,
            List.of("-Xlint:all", "-Xdoclint:html,syntax,reference", "-proc:none"),
            classes);
    assertThat(problems).isEmpty();

    // The spec as the generator read it, for the operations' examples.
    Spec spec =
        SpecReader.builder()
            .product(product)
            .version(version)
            .preferredLocale(locale)
            .readOtherLocales(false)
            .build()
            .read(List.of(docs));
    int values = 0;
    int found = 0;
    int xmlValues = 0;
    int xmlFound = 0;
    int examples = 0;
    List<String> failures = new ArrayList<>();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (Product p : spec.products()) {
        for (Operation operation : p.operations()) {
          String json = example(operation, ExampleKind.SUCCESS_JSON);
          List<String> leaves = json == null ? null : leaves(json);
          json = leaves == null ? null : answered(json, operation.name());
          if (leaves == null) {
            continue;
          }
          Method read =
              loader
                  .loadClass(packageName + "." + JavaNames.typeName(operation.name()) + "Response")
                  .getMethod("read", ResponseNode.class);
          String text;
          try {
            text =
                String.valueOf(
                    read.invoke(
                        null, ResponseNode.parseJson(json.getBytes(StandardCharsets.UTF_8))));
          } catch (InvocationTargetException e) {
            failures.add(operation.name() + ": " + e.getCause());
            continue;
          }
          examples++;
          for (String leaf : leaves) {
            values++;
            found += text.contains(leaf) ? 1 : 0;
          }
          String xml = example(operation, ExampleKind.SUCCESS_XML);
          ResponseNode xmlNode = xml == null ? null : xmlNode(xml);
          if (xmlNode == null) {
            continue;
          }
          String xmlText;
          try {
            xmlText = String.valueOf(read.invoke(null, xmlNode));
          } catch (InvocationTargetException e) {
            failures.add(operation.name() + " (XML): " + e.getCause());
            continue;
          }
          Matcher texts = XML_TEXT.matcher(xml);
          while (texts.find()) {
            String leaf = texts.group(1).strip();
            if (!leaf.isEmpty()) {
              xmlValues++;
              xmlFound += xmlText.contains(leaf) ? 1 : 0;
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(examples).isGreaterThan(result.operations() / 2);
    System.out.printf(
        "%s %s: %d of %d example values found in %d read responses%n",
        folder, locale, found, values, examples);
    assertThat((double) found / values)
        .as("%d of %d example values found in %d read responses", found, values, examples)
        .isGreaterThanOrEqualTo(reachable);
    System.out.printf(
        "%s %s: %d of %d XML example values found%n", folder, locale, xmlFound, xmlValues);
    if (xmlValues == 0) {
      return; // ROA pages show JSON answers only.
    }
    assertThat((double) xmlFound / xmlValues)
        .as("%d of %d XML example values found", xmlFound, xmlValues)
        .isGreaterThanOrEqualTo(xmlReachable);
  }

  /** Returns the XML example as a response node, or null when the page's XML is not well-formed. */
  private static ResponseNode xmlNode(String xml) {
    try {
      return ResponseNode.parseXml(xml.strip().getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns the operation's success example of {@code kind}, or null. */
  private static String example(Operation operation, ExampleKind kind) {
    for (Example example : operation.examples()) {
      if (example.kind() == kind) {
        return example.content();
      }
    }
    return null;
  }

  /** Returns the example as the service answers it: see {@link ExampleAnswers}. */
  private static String answered(String json, String operation) throws IOException {
    JsonNode example = MAPPER.readTree(json);
    return example instanceof ObjectNode object
        ? MAPPER.writeValueAsString(ExampleAnswers.answered(object, operation))
        : json;
  }

  /** Returns the non-empty scalar values of {@code json}, or null when it is not readable JSON. */
  private static List<String> leaves(String json) {
    List<String> leaves = new ArrayList<>();
    try (JsonParser parser = LENIENT.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isScalarValue() && token != JsonToken.VALUE_NULL && !parser.getText().isEmpty()) {
          leaves.add(parser.getText());
        }
      }
    } catch (IOException e) {
      return null;
    }
    try {
      ResponseNode.parseJson(json.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return null; // Lenient JSON (comments, trailing commas) that no service would send.
    }
    return leaves;
  }
}

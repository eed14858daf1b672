package io.sdkgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.parse.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc fast path against Flexmark on every description of the shared corpus: every page of
 * every product, both locales. Skipped when the corpus is not there.
 */
class JavadocRendererCorpusTest {

  /** A corpus folder and what to read it as. */
  private record Product(String folder, String name, String version, ApiStyle style) {}

  private static final List<Product> PRODUCTS =
      List.of(
          new Product("vpn", "Vpc", "2016-04-28", ApiStyle.RPC),
          new Product("ecs", "Ecs", "2014-05-26", ApiStyle.RPC),
          new Product("slb", "Slb", "2014-05-15", ApiStyle.RPC),
          new Product("elasticsearch", "elasticsearch", "2017-06-13", ApiStyle.ROA));

  /**
   * Measured when the fast path was written: it renders 76% of the distinct descriptions that are
   * not plain text (nearly all the rest hold links). Below this floor it has stopped applying.
   */
  private static final int MIN_FAST_PERCENT = 70;

  @Test
  void fastPathEqualsFlexmarkOnEveryCorpusDescription() {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no corpus");
    Set<String> texts = new TreeSet<>();
    for (Product product : PRODUCTS) {
      Spec spec =
          SpecReader.builder()
              .product(product.name())
              .version(product.version())
              .style(product.style())
              .build()
              .read(List.of(Path.of(shared, "corpus", product.folder())));
      for (PageResult page : spec.pages()) {
        if (page.operation() != null) {
          collect(page.operation(), texts);
        }
      }
    }

    int notPlain = 0;
    int fastNotPlain = 0;
    int fast = 0;
    List<String> differences = new ArrayList<>();
    for (String text : texts) {
      String rendered = JavadocRenderer.renderFast(text);
      boolean plain = JavadocRenderer.isPlain(text);
      if (!plain) {
        notPlain++;
      }
      if (rendered == null) {
        continue;
      }
      fast++;
      if (!plain) {
        fastNotPlain++;
      }
      String expected = JavadocRenderer.renderWithFlexmark(text);
      if (!rendered.equals(expected)) {
        differences.add(text + "\n  Flexmark: " + expected + "\n  fast:     " + rendered);
      }
    }
    System.out.printf(
        "javadoc fast path: %d of %d distinct descriptions; %d of %d not plain (%.1f%%)%n",
        fast, texts.size(), fastNotPlain, notPlain, 100.0 * fastNotPlain / notPlain);

    assertThat(differences).as("fast path differs from Flexmark").isEmpty();
    assertThat(texts.size()).isGreaterThan(10_000);
    assertThat(100L * fastNotPlain)
        .as("%d of %d not plain descriptions rendered fast", fastNotPlain, notPlain)
        .isGreaterThanOrEqualTo((long) MIN_FAST_PERCENT * notPlain);
  }

  /** Adds every text of {@code operation} that the emitters render, stripped, empty ones left. */
  private static void collect(Operation operation, Set<String> texts) {
    add(operation.summary(), texts);
    add(operation.description(), texts);
    collectParameters(operation.parameters(), texts);
    collectFields(operation.response(), texts);
    for (ErrorCode error : operation.errors()) {
      add(error.message(), texts);
      add(error.description(), texts);
    }
  }

  /** Adds the descriptions of {@code parameters} and of their members, at any depth. */
  private static void collectParameters(List<Parameter> parameters, Set<String> texts) {
    for (Parameter parameter : parameters) {
      add(parameter.description(), texts);
      collectParameters(parameter.members(), texts);
    }
  }

  /** Adds the descriptions of {@code fields} and of their children, at any depth. */
  private static void collectFields(List<ResponseField> fields, Set<String> texts) {
    for (ResponseField field : fields) {
      add(field.description(), texts);
      collectFields(field.children(), texts);
    }
  }

  /** Adds {@code text} stripped, as {@link JavadocRenderer#render} sees it, unless it is blank. */
  private static void add(String text, Set<String> texts) {
    String stripped = text.strip();
    if (!stripped.isEmpty()) {
      texts.add(stripped);
    }
  }
}

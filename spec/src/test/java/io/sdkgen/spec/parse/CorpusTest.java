package io.sdkgen.spec.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.Severity;
import io.sdkgen.spec.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads every page of {@code ../shared/corpus} and checks it against a deliberately simple,
 * independent count of its table rows. Skipped when the corpus is not there.
 */
class CorpusTest {

  /** A row whose first cell is a name and whose next cell a type, position or nothing. */
  private static final Pattern ROW =
      Pattern.compile(
          "(?m)^\\|[ \\u00a0]*((?:└|&nbsp;|[ \\u00a0])*)([A-Za-z][A-Za-z0-9_.\\-]*)[ \\u00a0]*\\s*\\|\\s*"
              + "(?i:string|integer|int|long|boolean|float|double|array|list|repeatlist|struct"
              + "|object|map|json|date|path|query|body|header|\\|)");

  private static final Pattern HEADING = Pattern.compile("^#{1,2} ");
  private static final Pattern SEPARATOR =
      Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*$");
  private static final Pattern REQUEST = Pattern.compile("^## *(请求参数|Request parameters)");
  private static final Pattern RESPONSE =
      Pattern.compile("^## *(返回数据|返回参数|Response parameters|Return parameters)");
  private static final Pattern REPEAT = Pattern.compile("\\.(?:N|n|\\d{1,3})(?:\\.|$)");

  record Product(String folder, String name, String version, ApiStyle style) {

    /** Returns a reader configured for this product's pages. */
    SpecReader.Builder reader() {
      return SpecReader.builder().product(name).version(version).style(style);
    }
  }

  private static final List<Product> PRODUCTS =
      List.of(
          new Product("vpn", "Vpc", "2016-04-28", ApiStyle.RPC),
          new Product("ecs", "Ecs", "2014-05-26", ApiStyle.RPC),
          new Product("slb", "Slb", "2014-05-15", ApiStyle.RPC),
          new Product("elasticsearch", "elasticsearch", "2017-06-13", ApiStyle.ROA));

  @Test
  void everyPageReadsAndEveryRowIsInTheModel() throws Exception {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no corpus");
    int pages = 0;
    int apiPages = 0;
    int notApi = 0;
    List<String> failing = new ArrayList<>();
    List<String> missingRows = new ArrayList<>();
    long started = System.nanoTime();
    for (Product product : PRODUCTS) {
      Path root = Path.of(shared, "corpus", product.folder());
      Spec spec = product.reader().build().read(List.of(root));
      assertThat(spec.products()).extracting(p -> p.name()).containsExactly(product.name());
      for (PageResult page : spec.pages()) {
        pages++;
        if (page.operation() == null
            && page.diagnostics().stream()
                .anyMatch(d -> d.code().equals(Diagnostics.NOT_AN_API_PAGE))) {
          notApi++;
          continue;
        }
        apiPages++;
        if (page.hasErrors()) {
          failing.add(errors(page));
        }
        String text = Files.readString(root.resolve(page.source()));
        checkRows(page, text, missingRows);
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "corpus: %d pages, %d API pages, %d not API pages, %d with errors (%.2f%% error-free),"
            + " %d ms%n",
        pages,
        apiPages,
        notApi,
        failing.size(),
        100.0 * (apiPages - failing.size()) / apiPages,
        millis);
    failing.forEach(System.out::println);
    missingRows.stream().limit(50).forEach(System.out::println);
    assertThat(pages).isGreaterThan(2000);
    assertThat(failing.size()).isLessThanOrEqualTo(apiPages / 100);
    assertThat(missingRows).isEmpty();
  }

  /**
   * Leaving the pages of other locales unread, as generation does, must not change a single
   * operation of any product, and must leave most of a three-locale folder unread.
   */
  @Test
  void otherLocalesLeftUnreadGiveTheSameProducts() {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no corpus");
    for (Product product : PRODUCTS) {
      for (String locale : List.of("en", "zh")) {
        List<Path> root = List.of(Path.of(shared, "corpus", product.folder()));
        SpecReader.Builder builder = product.reader().preferredLocale(locale);
        Spec all = builder.build().read(root);
        Spec preferred = builder.readOtherLocales(false).build().read(root);
        assertThat(preferred.products()).as(product + " " + locale).isEqualTo(all.products());
        assertThat(preferred.pages()).hasSameSizeAs(all.pages());
        long skipped =
            preferred.pages().stream()
                .filter(
                    p ->
                        p.diagnostics().stream()
                            .anyMatch(d -> d.code().equals(Diagnostics.OTHER_LOCALE_SKIPPED)))
                .count();
        long operations = all.products().get(0).operations().size();
        System.out.printf(
            "%s, %s preferred: %d of %d pages left unread%n",
            product.folder(), locale, skipped, all.pages().size());
        // Every product's folder holds the operations in at least two locales.
        assertThat(skipped).as(product + " " + locale).isGreaterThanOrEqualTo(operations / 2);
      }
    }
  }

  /**
   * Where a page has a JSON success example, the response model puts its fields where the example
   * has them, read as the runtime reads lists ({@code {"Regions": {"Region": [...]}}}).
   */
  @Test
  void responseFieldsAreWhereTheJsonExampleHasThem() {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no corpus");
    int[] counts = new int[2]; // found, not found
    int pages = 0;
    for (Product product : PRODUCTS) {
      Spec spec =
          product.reader().build().read(List.of(Path.of(shared, "corpus", product.folder())));
      for (PageResult page : spec.pages()) {
        if (page.operation() == null || product.style() != ApiStyle.RPC) {
          continue;
        }
        ExampleShape example =
            page.operation().examples().stream()
                .filter(e -> e.kind() == io.sdkgen.spec.ExampleKind.SUCCESS_JSON)
                .map(e -> ExampleShape.ofJson(e.content()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (example != null) {
          pages++;
          countFound(page.operation().response(), example, counts);
        }
      }
    }
    double share = counts[0] / (double) (counts[0] + counts[1]);
    System.out.printf(
        "response fields where the JSON example has them: %d of %d (%.1f%%) on %d pages%n",
        counts[0], counts[0] + counts[1], 100 * share, pages);
    // 37.8% with the tables as written; 83.0% nested by the examples; 83.8% with fields marked
    // as one level nested too. Most of the rest are optional fields the examples leave out.
    assertThat(share).isGreaterThan(0.835);
  }

  private static void countFound(List<ResponseField> fields, ExampleShape scope, int[] counts) {
    for (ResponseField field : fields) {
      ExampleShape value = scope == null ? null : scope.member(field.name());
      counts[value != null ? 0 : 1]++;
      if (value == null) {
        continue;
      }
      ExampleShape inner = value.scope();
      if (field.type().isList() && !value.isArray() && value.names().size() == 1) {
        inner = value.member(value.names().get(0)).scope(); // the list wrapper
      }
      countFound(field.children(), inner, counts);
    }
  }

  /** The head alone names the same title and intro as the whole page, on every corpus page. */
  @Test
  void headsReadAsWholePagesDo() throws Exception {
    List<Path> files = Pages.corpusPages();
    int shorter = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      PageElement whole = MarkdownPageReader.read(file.toString(), text);
      PageElement head = MarkdownPageReader.readHead(file.toString(), text);
      assertThat(List.of(head.title(), head.titleLine(), head.intro()))
          .as(file.toString())
          .isEqualTo(List.of(whole.title(), whole.titleLine(), whole.intro()));
      shorter += head.lines().size() < whole.lines().size() ? 1 : 0;
    }
    assertThat(shorter).isGreaterThan(files.size() * 9 / 10);
  }

  private static String errors(PageResult page) {
    StringBuilder result = new StringBuilder("ERRORS " + page.source());
    for (Diagnostic d : page.diagnostics()) {
      if (d.severity() == Severity.ERROR) {
        result.append("\n  ").append(d);
      }
    }
    return result.toString();
  }

  private static void collectNames(List<ResponseField> fields, Set<String> names) {
    for (ResponseField f : fields) {
      names.add(f.name());
      if (f.type().isList()) {
        names.add(f.type().element().pageName());
      }
      collectNames(f.children(), names);
    }
  }

  private static void collectParameterNames(List<Parameter> parameters, Set<String> into) {
    for (Parameter p : parameters) {
      into.add(p.name());
      collectParameterNames(p.members(), into);
    }
  }

  private static void checkRows(PageResult page, String text, List<String> missing) {
    Operation op = page.operation();
    // A ROA structure's fields listed after it without a position are its members.
    Set<String> parameters = new HashSet<>();
    collectParameterNames(op == null ? List.of() : op.parameters(), parameters);
    // Rows without └ marks may be nested by the JSON example; an item row such as Region under
    // Regions becomes the element of the list. Either way the row is in the model.
    Set<String> fields = new HashSet<>();
    collectNames(op == null ? List.of() : op.response(), fields);
    for (String row : rowNames(text, REQUEST, false)) {
      Matcher repeat = REPEAT.matcher(row);
      String name = repeat.find() ? row.substring(0, repeat.start()) : row;
      if (!parameters.contains(name)) {
        missing.add(page.source() + ": request row " + row + " not in " + parameters);
      }
    }
    for (String row : rowNames(text, RESPONSE, true)) {
      if (!fields.contains(row)) {
        missing.add(page.source() + ": response row " + row + " not in " + fields);
      }
    }
  }

  /**
   * Returns the names of the rows of the first table after the heading {@code section} matches: the
   * text from the table's separator line to the next separator or heading, matched against {@link
   * #ROW}; nested rows ({@code └}) are left out when {@code topLevelOnly}.
   */
  static List<String> rowNames(String text, Pattern section, boolean topLevelOnly) {
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length && !section.matcher(lines[i]).find()) {
      i++;
    }
    while (++i < lines.length && !HEADING.matcher(lines[i]).find()) {
      if (SEPARATOR.matcher(lines[i]).matches()) {
        break;
      }
    }
    StringBuilder table = new StringBuilder();
    while (++i < lines.length
        && !HEADING.matcher(lines[i]).find()
        && !SEPARATOR.matcher(lines[i]).matches()) {
      table.append(lines[i]).append('\n');
    }
    List<String> names = new ArrayList<>();
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      if (!topLevelOnly || m.group(1).indexOf('└') < 0 && !m.group(1).contains("&nbsp;")) {
        names.add(m.group(2));
      }
    }
    return names;
  }
}

package io.sdkgen.spec.parse;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.Severity;
import io.sdkgen.spec.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assembles page results into products: pages are grouped by product and version, the pages of one
 * operation (several locales, several page generations) become one operation taken from the
 * preferred page, and their disagreements become warnings naming both pages.
 */
final class SpecAssembler {

  private final String preferredLocale;
  private final ApiStyle defaultStyle;

  SpecAssembler(String preferredLocale, ApiStyle defaultStyle) {
    this.preferredLocale = preferredLocale;
    this.defaultStyle = defaultStyle;
  }

  /** Returns the spec of {@code pages}, which are in path order. */
  Spec assemble(List<PageResult> pages) {
    Map<String, Map<String, List<PageResult>>> byProduct = new TreeMap<>();
    for (PageResult page : pages) {
      if (page.operation() == null || page.product().isEmpty() || page.version().isEmpty()) {
        continue;
      }
      String key = page.product() + "\u0000" + page.version();
      // Names that differ only in case are one operation: older pages often misspell the case
      // (DescribeUserdata for DescribeUserData), and two such classes could not even share a
      // folder on a case-insensitive file system.
      byProduct
          .computeIfAbsent(key, k -> new TreeMap<>())
          .computeIfAbsent(page.operation().name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(page);
    }
    List<Product> products = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Map<String, List<PageResult>> operations : byProduct.values()) {
      List<Operation> chosen = new ArrayList<>();
      ApiStyle style = null;
      PageResult any = null;
      for (List<PageResult> candidates : operations.values()) {
        PageResult best = choose(candidates);
        any = best;
        style = style != null ? style : best.style();
        String name = spelling(candidates, best, diagnostics);
        chosen.add(
            name.equals(best.operation().name())
                ? best.operation()
                : best.operation().withName(name));
        for (PageResult other : candidates) {
          if (other == best) {
            continue;
          }
          if (other.explorerName().isEmpty() && !best.explorerName().isEmpty()) {
            diagnostics.add(
                new Diagnostic(
                    Severity.INFO,
                    Diagnostics.OLDER_PAGE,
                    other.operation().location(),
                    name
                        + ": not compared with "
                        + best.source()
                        + ": this page has no OpenAPI Explorer link, as pages of an older"
                        + " generation do not"));
          } else {
            compare(best, other, diagnostics);
          }
        }
      }
      style = style != null ? style : defaultStyle != null ? defaultStyle : ApiStyle.RPC;
      products.add(new Product(any.product(), any.version(), style, chosen));
    }
    products.sort(Comparator.comparing(Product::name).thenComparing(Product::version));
    return new Spec(products, pages, diagnostics);
  }

  /**
   * Returns the name of an operation whose pages spell it in more than one way (letter case only):
   * the spelling of an OpenAPI Explorer link, which comes from the API's metadata, else the chosen
   * page's. Warns once, at the chosen page, naming the other spellings.
   */
  private static String spelling(
      List<PageResult> candidates, PageResult best, List<Diagnostic> out) {
    String name = best.operation().name();
    Set<String> spellings = new TreeSet<>();
    for (PageResult page : candidates) {
      spellings.add(page.operation().name());
    }
    if (spellings.size() == 1) {
      return name;
    }
    if (!name.equals(best.explorerName())) {
      for (PageResult page : candidates) {
        if (page.operation().name().equals(page.explorerName())) {
          name = page.explorerName();
          break;
        }
      }
    }
    spellings.remove(name);
    out.add(
        new Diagnostic(
            Severity.WARNING,
            Diagnostics.NAME_CASE,
            best.operation().location(),
            name
                + ": pages also spell it "
                + String.join(", ", spellings)
                + "; read as one operation, spelled as "
                + (name.equals(best.explorerName()) || !name.equals(best.operation().name())
                    ? "its OpenAPI Explorer link spells it"
                    : "in " + best.source())));
    return name;
  }

  private PageResult choose(List<PageResult> candidates) {
    PageResult best = candidates.get(0);
    for (PageResult candidate : candidates.subList(1, candidates.size())) {
      if (rank(candidate).compareTo(rank(best)) > 0) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Orders pages: preferred locale, no errors, a link to OpenAPI Explorer, more documented, then
   * earlier path. The link marks the current generation of pages: older pages of an operation, kept
   * in other folders ({@code API 参考} beside {@code API参考}), have none and often lack the parameters
   * added since, yet can list more error codes.
   */
  private String rank(PageResult page) {
    Operation op = page.operation();
    int detail = op.parameters().size() + op.response().size() + op.errors().size();
    for (Parameter p : op.parameters()) {
      detail += p.example().isEmpty() ? 0 : 1;
    }
    return (Locales.matches(op.locale(), preferredLocale) ? "1" : "0")
        + (page.hasErrors() ? "0" : "1")
        + (page.explorerName().isEmpty() ? "0" : "1")
        + String.format("%06d", Math.min(detail, 999_999));
  }

  private static void compare(PageResult chosen, PageResult other, List<Diagnostic> out) {
    Map<String, Parameter> mine = byName(chosen.operation().parameters());
    Map<String, Parameter> theirs = byName(other.operation().parameters());
    String op = chosen.operation().name();
    for (Parameter p : theirs.values()) {
      Parameter c = mine.get(p.name());
      if (c == null) {
        warn(
            out,
            p.location(),
            op,
            "parameter "
                + p.name()
                + " is in "
                + other.source()
                + " but not in "
                + chosen.source());
      } else if (c.required() != p.required()) {
        warn(
            out,
            p.location(),
            op,
            "parameter "
                + p.name()
                + " is "
                + (c.required() ? "required" : "optional")
                + " in "
                + chosen.source()
                + " but "
                + (p.required() ? "required" : "optional")
                + " in "
                + other.source());
      } else if (!c.type().toString().equals(p.type().toString())) {
        warn(
            out,
            p.location(),
            op,
            "parameter "
                + p.name()
                + " is "
                + c.type()
                + " in "
                + chosen.source()
                + " but "
                + p.type()
                + " in "
                + other.source());
      }
    }
    for (Parameter c : mine.values()) {
      if (!theirs.containsKey(c.name())) {
        warn(
            out,
            c.location(),
            op,
            "parameter "
                + c.name()
                + " is in "
                + chosen.source()
                + " but not in "
                + other.source());
      }
    }
  }

  private static void warn(List<Diagnostic> out, Location at, String op, String message) {
    out.add(new Diagnostic(Severity.WARNING, Diagnostics.PAGES_DISAGREE, at, op + ": " + message));
  }

  private static Map<String, Parameter> byName(List<Parameter> parameters) {
    Map<String, Parameter> result = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      result.putIfAbsent(p.name(), p);
    }
    return result;
  }
}

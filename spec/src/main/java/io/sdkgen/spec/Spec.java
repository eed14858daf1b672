package io.sdkgen.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from a set of pages: the products assembled from them, each page's own result,
 * and the diagnostics of assembly (such as locales that disagree).
 *
 * @param products products sorted by name then version
 * @param pages one result per page read, in path order
 * @param diagnostics problems found while assembling pages into products
 */
public record Spec(List<Product> products, List<PageResult> pages, List<Diagnostic> diagnostics) {

  /** Creates a spec; lists are copied. */
  public Spec {
    products = List.copyOf(products);
    pages = List.copyOf(pages);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Returns every diagnostic: each page's in page order, then the assembly's. */
  public List<Diagnostic> allDiagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    for (PageResult page : pages) {
      all.addAll(page.diagnostics());
    }
    all.addAll(diagnostics);
    return List.copyOf(all);
  }

  /** Returns true when any page or the assembly produced an error. */
  public boolean hasErrors() {
    return pages.stream().anyMatch(PageResult::hasErrors)
        || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

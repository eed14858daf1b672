package io.sdkgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * What reading one page gave: its operation, if it is an API reference page, and its diagnostics.
 *
 * @param source the page's path relative to the docs root (or as the user gave it)
 * @param operation the operation read, or null when the page is not an API reference or could not
 *     be read (then {@link #diagnostics()} say why)
 * @param product the product code, or empty when neither the page nor the configuration names it
 * @param version the API version, or empty when unknown
 * @param style the API style, or null when unknown
 * @param diagnostics problems found on this page, in line order
 * @param explorerName the operation name as the page's OpenAPI Explorer link spells it, which comes
 *     from the API's metadata rather than from the page's title; empty when the page has no such
 *     link
 */
public record PageResult(
    String source,
    Operation operation,
    String product,
    String version,
    ApiStyle style,
    List<Diagnostic> diagnostics,
    String explorerName) {

  /** Creates a page result; the list is copied. */
  public PageResult {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(product, "product == null");
    Objects.requireNonNull(version, "version == null");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(explorerName, "explorerName == null");
  }

  /** Creates the result of a page without an OpenAPI Explorer link. */
  public PageResult(
      String source,
      Operation operation,
      String product,
      String version,
      ApiStyle style,
      List<Diagnostic> diagnostics) {
    this(source, operation, product, version, style, diagnostics, "");
  }

  /** Returns true when any diagnostic of this page is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

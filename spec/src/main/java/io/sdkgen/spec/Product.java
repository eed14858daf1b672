package io.sdkgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * A product at one API version and the operations read for it, sorted by name.
 *
 * @param name the product code as the OpenAPI Explorer link names it ({@code Vpc})
 * @param version the API version ({@code 2016-04-28})
 * @param style how its operations are addressed
 * @param operations its operations, one per name, sorted by name
 */
public record Product(String name, String version, ApiStyle style, List<Operation> operations) {

  /** Creates a product; the list is copied, no component may be null. */
  public Product {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(style, "style == null");
    operations = List.copyOf(operations);
  }
}

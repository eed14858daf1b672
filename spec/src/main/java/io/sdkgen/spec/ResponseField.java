package io.sdkgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * A field of a response body, with the fields nested under it.
 *
 * @param name the field name as it appears in the body
 * @param type its type; for a list of objects, a list whose element is {@link TypeKind#OBJECT}
 * @param description the page's description as Markdown; empty when none
 * @param example the page's example value; empty when none
 * @param children fields of the object, or of each element of a list of objects
 * @param location where the field's row starts
 */
public record ResponseField(
    String name,
    TypeRef type,
    String description,
    String example,
    List<ResponseField> children,
    Location location) {

  /** Creates a field; the children list is copied, no component may be null. */
  public ResponseField {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(example, "example == null");
    children = List.copyOf(children);
    Objects.requireNonNull(location, "location == null");
  }
}

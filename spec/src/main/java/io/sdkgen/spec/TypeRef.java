package io.sdkgen.spec;

import java.util.Objects;

/**
 * The type of a parameter or response field.
 *
 * @param kind what kind of value it is
 * @param element the element type of a {@link TypeKind#LIST} or {@link TypeKind#MAP}; null for
 *     every other kind
 * @param pageName the type as the page wrote it ({@code "Array of String"}, {@code "Long"}); empty
 *     when the page left the cell blank and the type was inferred
 */
public record TypeRef(TypeKind kind, TypeRef element, String pageName) {

  /** Creates a type; lists and maps need an element type, other kinds must not have one. */
  public TypeRef {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(pageName, "pageName == null");
    boolean container = kind == TypeKind.LIST || kind == TypeKind.MAP;
    if (container != (element != null)) {
      throw new IllegalArgumentException(
          container ? kind + " needs an element type" : kind + " has no element type");
    }
  }

  /** Returns a scalar or object type as the page wrote it. */
  public static TypeRef of(TypeKind kind, String pageName) {
    return new TypeRef(kind, null, pageName);
  }

  /** Returns a list of {@code element}. */
  public static TypeRef listOf(TypeRef element, String pageName) {
    return new TypeRef(TypeKind.LIST, element, pageName);
  }

  /** Returns true for lists. */
  public boolean isList() {
    return kind == TypeKind.LIST;
  }

  /** Returns the readable form used in dumps: {@code String}, {@code List<Object>}. */
  @Override
  public String toString() {
    return switch (kind) {
      case STRING -> "String";
      case INTEGER -> "Integer";
      case LONG -> "Long";
      case BOOLEAN -> "Boolean";
      case FLOAT -> "Float";
      case DOUBLE -> "Double";
      case DATE_TIME -> "DateTime";
      case JSON_STRING -> "JsonString";
      case BINARY -> "Binary";
      case OBJECT -> "Object";
      case LIST -> "List<" + element + ">";
      case MAP -> "Map<String, " + element + ">";
    };
  }
}

package io.sdkgen.generator.emit;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * One field of a generated value class, as the emitters have named and typed it.
 *
 * @param wireName the name on the wire ({@code NextHop})
 * @param name the Java field and accessor name, already unique in its class ({@code nextHop})
 * @param type the Java type ({@code String}, {@code List<Tag>})
 * @param javadoc rendered, escaped Javadoc describing the value; never empty
 * @param required whether {@code build()} rejects a missing value
 * @param allowedConstants the documented values of a numeric property, as constants
 * @param deprecated whether the page marks the value for removal ({@link Deprecation})
 */
record Property(
    String wireName,
    String name,
    TypeName type,
    String javadoc,
    boolean required,
    List<Constant> allowedConstants,
    boolean deprecated) {

  Property {
    Objects.requireNonNull(wireName, "wireName == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(javadoc, "javadoc == null");
    allowedConstants = List.copyOf(allowedConstants);
  }

  /** A generated constant holding one documented value of a numeric property. */
  record Constant(String name, long value) {}

  /** A property whose values are not limited to documented constants. */
  Property(
      String wireName,
      String name,
      TypeName type,
      String javadoc,
      boolean required,
      boolean deprecated) {
    this(wireName, name, type, javadoc, required, List.of(), deprecated);
  }

  /** Returns true for list-typed fields, which are never null: absent means empty. */
  boolean isList() {
    return type instanceof com.palantir.javapoet.ParameterizedTypeName parameterized
        && parameterized.rawType().equals(ValueClass.LIST);
  }
}

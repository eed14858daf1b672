package io.sdkgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The members every generated request, response and nested value class shares: private final
 * fields, a private constructor from the builder, accessors, {@code builder()}, {@code
 * toBuilder()}, {@code equals}, {@code hashCode}, {@code toString} and the nested {@code Builder}.
 */
final class ValueClass {

  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName OBJECTS = ClassName.get(java.util.Objects.class);

  /** Member names generated code uses itself; page fields must not take them. */
  static final List<String> RESERVED_MEMBERS =
      List.of(
          "builder",
          "toBuilder",
          "build",
          "equals",
          "hashCode",
          "toString",
          "writeTo",
          "read",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "params",
          "missing",
          "that",
          "other",
          "i");

  private final ClassName self;
  private final List<Property> properties;
  private final String what;

  /**
   * Creates the shared members of {@code self}.
   *
   * @param what how {@code build()} names the thing in its message ({@code CreateVpnRouteEntry})
   */
  ValueClass(ClassName self, List<Property> properties, String what) {
    this.self = self;
    this.properties = List.copyOf(properties);
    this.what = what;
  }

  ClassName builderName() {
    return self.nestedClass("Builder");
  }

  /**
   * Adds fields, constructor, accessors, builders, equals, hashCode and toString to {@code type}.
   */
  void addTo(TypeSpec.Builder type) {
    for (Property property : properties) {
      type.addField(property.type(), property.name(), Modifier.PRIVATE, Modifier.FINAL);
    }
    type.addMethod(constructor());
    for (Property property : properties) {
      type.addMethod(accessor(property));
    }
    type.addMethod(builder());
    type.addMethod(toBuilder());
    type.addMethod(equalsMethod());
    type.addMethod(hashCodeMethod());
    type.addMethod(toStringMethod());
    type.addType(builderType());
  }

  // Example:
  // private CreateVpnRouteEntryRequest(Builder builder) {
  //   this.nextHop = builder.nextHop;
  //   this.tag = builder.tag == null ? List.of() : List.copyOf(builder.tag);
  // }
  private MethodSpec constructor() {
    MethodSpec.Builder method =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builderName(), "builder");
    for (Property property : properties) {
      if (property.isList()) {
        method.addStatement(
            "this.$1N = builder.$1N == null ? $2T.of()$W: $2T.copyOf(builder.$1N)",
            property.name(),
            LIST);
      } else {
        method.addStatement("this.$1N = builder.$1N", property.name());
      }
    }
    return method.build();
  }

  // Example:
  // /** The next hop ... @return the value, or null when not set */
  // public String nextHop() { return nextHop; }
  private MethodSpec accessor(Property property) {
    String returns =
        property.isList()
            ? "@return an immutable list, empty when not set"
            : "@return the value, or null when not set";
    return deprecatedIf(property, MethodSpec.methodBuilder(property.name()))
        .addJavadoc("$L\n\n$L\n$L", property.javadoc(), returns, deprecatedTag(property))
        .addModifiers(Modifier.PUBLIC)
        .returns(property.type())
        .addStatement("return $N", property.name())
        .build();
  }

  /**
   * Marks the accessor or setter of a value the page marks for removal with {@code @Deprecated};
   * the method's Javadoc ends with {@link #deprecatedTag}.
   */
  private static MethodSpec.Builder deprecatedIf(Property property, MethodSpec.Builder method) {
    return property.deprecated() ? method.addAnnotation(Deprecated.class) : method;
  }

  /** Returns the Javadoc {@code @deprecated} line of a deprecated property, else nothing. */
  private static String deprecatedTag(Property property) {
    return property.deprecated() ? Deprecation.TAG + "\n" : "";
  }

  // Example:
  // public static Builder builder() { return new Builder(); }
  private MethodSpec builder() {
    return MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a new, empty builder.\n\n@return a new builder\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builderName())
        .addStatement("return new $T()", builderName())
        .build();
  }

  // Example:
  // public Builder toBuilder() { return new Builder(this); }
  private MethodSpec toBuilder() {
    return MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("Returns a builder holding this object's values.\n\n@return a new builder\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builderName())
        .addStatement("return new $T(this)", builderName())
        .build();
  }

  // Example:
  // public boolean equals(Object other) {
  //   if (other == this) return true;
  //   if (!(other instanceof X)) return false;
  //   X that = (X) other;
  //   return Objects.equals(nextHop, that.nextHop) && ...;
  // }
  private MethodSpec equalsMethod() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "other");
    if (properties.isEmpty()) {
      return method.addStatement("return other instanceof $T", self).build();
    }
    method
        .beginControlFlow("if (other == this)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$1T that =$W($1T) other", self);
    CodeBlock.Builder result = CodeBlock.builder().add("return ");
    for (int i = 0; i < properties.size(); i++) {
      result.add(
          "$L$T.equals($N, that.$N)",
          i == 0 ? "" : "\n    && ",
          OBJECTS,
          properties.get(i).name(),
          properties.get(i).name());
    }
    return method.addStatement("$L", result.build()).build();
  }

  // Example:
  // public int hashCode() { return Objects.hash(nextHop, publishVpc); }
  // (a wrap point after each comma: JavaPoet breaks lines over 100 columns there)
  private MethodSpec hashCodeMethod() {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < properties.size(); i++) {
      args.add(i == 0 ? "$N" : ",$W$N", properties.get(i).name());
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT);
    if (properties.isEmpty()) {
      return method.addStatement("return $S.hashCode()", self.simpleName()).build();
    }
    return method.addStatement("return $T.hash($L)", OBJECTS, args.build()).build();
  }

  // Example:
  // public String toString() {
  //   return "CreateVpnRouteEntryRequest{nextHop=" + nextHop + ", publishVpc=" + publishVpc + "}";
  // }
  private MethodSpec toStringMethod() {
    CodeBlock.Builder result = CodeBlock.builder();
    String prefix = self.simpleName() + "{";
    for (Property property : properties) {
      if (SecretNames.isSecret(property.wireName())) {
        // A password or key body never reaches logs through toString: shown as ██ when set.
        result.add(
            "$S + $T.redacted($N)\n    + ",
            prefix + property.name() + "=",
            RuntimeTypes.PARAMS,
            property.name());
      } else {
        result.add("$S + $N\n    + ", prefix + property.name() + "=", property.name());
      }
      prefix = ", ";
    }
    result.add("$S", properties.isEmpty() ? self.simpleName() + "{}" : "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $L", result.build())
        .build();
  }

  // Example:
  // public static final class Builder { private String nextHop; ... public X build() {...} }
  private TypeSpec builderType() {
    TypeSpec.Builder builder =
        TypeSpec.classBuilder("Builder")
            .addJavadoc("Builds {@link $T} values.\n", self)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    for (Property property : properties) {
      builder.addField(
          FieldSpec.builder(property.type(), property.name(), Modifier.PRIVATE).build());
    }
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    builder.addMethod(copyConstructor());
    for (Property property : properties) {
      builder.addMethod(setter(property));
    }
    builder.addMethod(build());
    return builder.build();
  }

  // Example:
  // private Builder(X source) { this.nextHop = source.nextHop; }
  private MethodSpec copyConstructor() {
    MethodSpec.Builder method =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "source");
    for (Property property : properties) {
      method.addStatement("this.$1N = source.$1N", property.name());
    }
    return method.build();
  }

  /** The characters of the setter's first sentence besides the class, member and wire names. */
  private static final int SETTER_SENTENCE_TEXT = "Sets {@link #()} ({@code }).".length();

  // Example:
  // /** Sets {@link X#nextHop()}. ... */
  // public Builder nextHop(String nextHop) { this.nextHop = nextHop; return this; }
  private MethodSpec setter(Property property) {
    String param =
        property.isList()
            ? "the values, copied; null or empty to send none"
            : "the value, or null to leave it unset";
    String wire = JavadocRenderer.text(property.wireName());
    return deprecatedIf(property, MethodSpec.methodBuilder(property.name()))
        .addJavadoc(
            "Sets {@link $T#$L()}$L({@code $L}).\n\n@param $L $L\n@return this builder\n$L",
            self,
            property.name(),
            // The wire name goes on a line of its own where the sentence would pass the width.
            SETTER_SENTENCE_TEXT
                        + self.simpleName().length()
                        + property.name().length()
                        + wire.length()
                    > JavadocRenderer.LINE_WIDTH
                ? "\n"
                : " ",
            wire,
            property.name(),
            param,
            deprecatedTag(property))
        .addModifiers(Modifier.PUBLIC)
        .returns(builderName())
        .addParameter(property.type(), property.name())
        .addStatement("this.$1N = $1N", property.name())
        .addStatement("return this")
        .build();
  }

  // Example:
  // public X build() {
  //   if (nextHop == null || weight == null) {
  //     List<String> missing = new ArrayList<>();
  //     if (nextHop == null) missing.add("NextHop");
  //     ...
  //     throw new IllegalStateException("Missing required parameters of X: "
  //         + String.join(", ", missing));
  //   }
  //   return new X(this);
  // }
  private MethodSpec build() {
    List<Property> required = properties.stream().filter(Property::required).toList();
    List<Property> checked =
        properties.stream().filter(p -> !p.allowedConstants().isEmpty()).toList();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self);
    method.addJavadoc("Returns a new {@link $T}.\n\n@return the built value\n", self);
    if (!required.isEmpty()) {
      method.addJavadoc(
          "@throws IllegalStateException naming every required parameter that is not set\n");
    }
    if (!checked.isEmpty()) {
      method.addJavadoc(
          "@throws IllegalArgumentException when a number is not one of its documented values\n");
    }
    if (!required.isEmpty()) {
      CodeBlock.Builder condition = CodeBlock.builder();
      for (int i = 0; i < required.size(); i++) {
        condition.add(i == 0 ? "$L" : "\n    || $L", missing(required.get(i)));
      }
      method.beginControlFlow("if ($L)", condition.build());
      method.addStatement(
          "$T<$T> missing = new $T<>()", LIST, String.class, java.util.ArrayList.class);
      for (Property property : required) {
        method
            .beginControlFlow("if ($L)", missing(property))
            .addStatement("missing.add($S)", property.wireName())
            .endControlFlow();
      }
      method.addStatement(
          "throw new $T($S$W+ $T.join($S, missing))",
          IllegalStateException.class,
          "Missing required parameters of " + what + ": ",
          String.class,
          ", ");
      method.endControlFlow();
    }
    for (Property property : checked) {
      method.addCode(checkConstants(property));
    }
    return method.addStatement("return new $T(this)", self).build();
  }

  // Example:
  // if (weight != null && weight != WEIGHT_0 && weight != WEIGHT_100) {
  //   throw new IllegalArgumentException("Weight must be one of 0, 100, not " + weight);
  // }
  private CodeBlock checkConstants(Property property) {
    CodeBlock.Builder condition = CodeBlock.builder().add("$N != null", property.name());
    StringBuilder values = new StringBuilder();
    for (Property.Constant constant : property.allowedConstants()) {
      condition.add(" && $N != $N", property.name(), constant.name());
      values.append(values.length() == 0 ? "" : ", ").append(constant.value());
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition.build())
        .addStatement(
            "throw new $T($S + $N)",
            IllegalArgumentException.class,
            property.wireName() + " must be one of " + values + ", not ",
            property.name())
        .endControlFlow()
        .build();
  }

  private static CodeBlock missing(Property property) {
    return property.isList()
        ? CodeBlock.of("($1N == null || $1N.isEmpty())", property.name())
        : CodeBlock.of("$N == null", property.name());
  }
}

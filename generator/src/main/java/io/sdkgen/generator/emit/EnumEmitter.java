package io.sdkgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits a documented string value set as an open enum: a final class with one constant per
 * documented value, {@code of(String)} that keeps values the server adds later, {@code value()},
 * equals, hashCode, and {@code toString()} returning the wire value.
 */
public final class EnumEmitter {

  /** Creates the emitter. */
  public EnumEmitter() {}

  /**
   * Returns the nested value-set class {@code self} for {@code values}.
   *
   * @param javadoc rendered Javadoc of the parameter the set belongs to
   */
  public TypeSpec emit(ClassName self, List<String> values, String javadoc) {
    Map<String, String> constants = constantNames(values);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "Values of {@code $L}: $L\n\n<p>$L\n",
                self.simpleName(),
                javadoc,
                "A value the server adds later is kept as it is sent: see {@link #of(String)}.")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    constants.forEach((value, name) -> type.addField(constant(self, value, name)));
    type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(constructor());
    type.addMethod(of(self, constants));
    type.addMethod(value());
    type.addMethod(equalsMethod(self));
    type.addMethod(hashCodeMethod());
    type.addMethod(toStringMethod());
    return type.build();
  }

  private static Map<String, String> constantNames(List<String> values) {
    NameAllocator names = new NameAllocator();
    Map<String, String> constants = new LinkedHashMap<>();
    for (String value : values) {
      if (!constants.containsKey(value)) {
        constants.put(value, names.newName(JavaNames.constantName(value), value));
      }
    }
    return constants;
  }

  // Example:
  // /** The value {@code pbr}. */
  // public static final RouteType PBR = new RouteType("pbr");
  private static FieldSpec constant(ClassName self, String value, String name) {
    return FieldSpec.builder(self, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The value {@code $L}.\n", JavadocRenderer.text(value))
        .initializer("new $T($S)", self, value)
        .build();
  }

  // Example:
  // private RouteType(String value) { this.value = value; }
  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addStatement("this.value = value")
        .build();
  }

  // Example:
  // public static RouteType of(String value) {
  //   switch (value) { case "pbr": return PBR; ... default: return new RouteType(value); }
  // }
  private static MethodSpec of(ClassName self, Map<String, String> constants) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                "Returns the constant for {@code value}, or a new instance for a value not"
                    + " documented yet.\n\n@param value the wire value\n@return the value\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "value")
            .addStatement("$T.requireNonNull(value, $S)", ValueClass.OBJECTS, "value == null")
            .beginControlFlow("switch (value)");
    constants.forEach((value, name) -> method.addStatement("case $S: return $N", value, name));
    return method.addStatement("default: return new $T(value)", self).endControlFlow().build();
  }

  // Example:
  // public String value() { return value; }
  private static MethodSpec value() {
    return MethodSpec.methodBuilder("value")
        .addJavadoc("Returns the value as sent on the wire.\n\n@return the wire value\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value")
        .build();
  }

  // Example:
  // public boolean equals(Object other) {
  //   return other instanceof RouteType && ((RouteType) other).value.equals(value);
  // }
  private static MethodSpec equalsMethod(ClassName self) {
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .addStatement("return other instanceof $1T && (($1T) other).value.equals(value)", self)
        .build();
  }

  // Example:
  // public int hashCode() { return value.hashCode(); }
  private static MethodSpec hashCodeMethod() {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return value.hashCode()")
        .build();
  }

  // Example:
  // public String toString() { return value; }
  private static MethodSpec toStringMethod() {
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("Returns the wire value, as {@link #value()} does.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value")
        .build();
  }
}

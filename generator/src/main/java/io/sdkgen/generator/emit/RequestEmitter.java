package io.sdkgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the request class of one operation: an immutable value with a builder that writes its
 * parameters through the runtime's {@code RequestWriter}, with nested classes for list elements and
 * objects and open enums for documented value sets.
 *
 * <p>An RPC request writes every parameter as an operation parameter. A ROA request writes each
 * where its page puts it: the path, the query, a header, or a field of the JSON body (nested
 * objects as JSON objects). A body parameter named {@code RequestBody}, the only one, is the whole
 * body: a list or object written as JSON, or JSON text where the page shows the body only by
 * example.
 */
public final class RequestEmitter {

  /** Parameters the runtime owns: never fields of a request. */
  private static final Set<String> COMMON_PARAMETERS =
      Set.of(
          "Action",
          "Version",
          "Format",
          "AccessKeyId",
          "SignatureMethod",
          "SignatureVersion",
          "SignatureNonce",
          "Timestamp",
          "Signature",
          "SecurityToken");

  /** Appended to the Javadoc of a ROA request's whole-body parameter. */
  private static final String WHOLE_BODY_NOTE =
      "\n\n<p>The whole request body, sent as {@code application/json}; a string is sent as the"
          + " JSON text it holds.";

  /** Filled from the client's region by the runtime when the request leaves it unset. */
  static final String REGION_ID = "RegionId";

  private final EmitContext context;
  private final EnumEmitter enums = new EnumEmitter();

  /** Creates an emitter sharing {@code context}. */
  public RequestEmitter(EmitContext context) {
    this.context = context;
  }

  /** Returns the parameters a request class has fields for: all but the common ones. */
  public static List<Parameter> fields(Operation operation) {
    return operation.parameters().stream()
        .filter(p -> !COMMON_PARAMETERS.contains(p.name()))
        .toList();
  }

  /** Returns the request class {@code self} for {@code operation} of a product of {@code style}. */
  public TypeSpec emit(ClassName self, Operation operation, ApiStyle style, String source) {
    String summary =
        context.doc(
            operation.summary(),
            "Request of {@code " + JavadocRenderer.text(operation.name()) + "}.");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "$L\n\n<p>The request of {@code $L}; build it with {@link #builder()}.\n",
                summary,
                JavadocRenderer.text(operation.name()))
            .addAnnotation(context.generated(source))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    List<Parameter> parameters = fields(operation);
    addMembers(
        type,
        self,
        parameters,
        operation.name(),
        Set.of(self.simpleName()),
        style == ApiStyle.ROA ? new RoaPlacement(wholeBody(parameters)) : null);
    return type.build();
  }

  /** Where a ROA request's own parameters go; nested classes write their fields as RPC does. */
  private record RoaPlacement(Parameter wholeBody) {}

  /**
   * The body parameter that is the whole body ({@link Parameter#isWholeBody()}), when it is the
   * only body parameter; else null.
   */
  private static Parameter wholeBody(List<Parameter> parameters) {
    List<Parameter> body =
        parameters.stream().filter(p -> p.in() == ParameterLocation.BODY).toList();
    return body.size() == 1 && body.get(0).isWholeBody() ? body.get(0) : null;
  }

  /**
   * Adds fields, nested types, the value-class members and {@code writeTo} to a request or a nested
   * element class.
   */
  private void addMembers(
      TypeSpec.Builder type,
      ClassName self,
      List<Parameter> parameters,
      String what,
      Set<String> enclosing,
      RoaPlacement roa) {
    type.addSuperinterface(RuntimeTypes.REQUEST_WRITER);
    NameAllocator members = new NameAllocator();
    ValueClass.RESERVED_MEMBERS.forEach(name -> members.newName(name, "reserved:" + name));
    NameAllocator types = new NameAllocator();
    enclosing.forEach(name -> types.newName(name, "enclosing:" + name));
    types.newName("Builder", "reserved:Builder");
    Set<String> inner = new HashSet<>(enclosing);

    // Names go first to the parameters the reference does not deprecate: where two spell one Java
    // name (Tag.N.Key, and Tag.N.key that it says will be removed), the current one gets it plain.
    // Where the two go to different places (the path's InstanceId and a body field instanceId),
    // the second is named by its place: bodyInstanceId.
    Map<String, Parameter> plainNames = new HashMap<>();
    for (boolean deprecated : new boolean[] {false, true}) {
      for (Parameter parameter : parameters) {
        if (Deprecation.marks(parameter.description()) == deprecated) {
          String name = JavaNames.memberName(parameter.name());
          Parameter holder = plainNames.putIfAbsent(name, parameter);
          if (holder != null && holder.in() != parameter.in()) {
            name = placeName(parameter.in()) + JavaNames.typeName(parameter.name());
          }
          members.newName(name, parameter);
        }
      }
    }
    Set<String> siblings = new HashSet<>();
    parameters.forEach(p -> siblings.add(JavaNames.typeName(p.name())));
    List<Property> properties = new ArrayList<>();
    List<CodeBlock> writes = new ArrayList<>();
    for (Parameter parameter : parameters) {
      String name = members.get(parameter);
      TypeName fieldType = fieldType(type, self, parameter, types, inner, siblings);
      List<Property.Constant> constants = addNumericConstants(type, parameter, name, members);
      properties.add(
          new Property(
              parameter.name(),
              name,
              fieldType,
              roa != null && parameter == roa.wholeBody()
                  ? javadoc(parameter) + WHOLE_BODY_NOTE
                  : javadoc(parameter),
              isRequired(parameter),
              constants,
              Deprecation.marks(parameter.description())));
      writes.add(roa == null ? write(parameter, name) : writeRoa(parameter, name, roa));
    }
    new ValueClass(self, properties, what).addTo(type);
    type.addMethod(writeTo(writes));
  }

  /** The word a member name starts with when another parameter elsewhere has its plain name. */
  private static String placeName(ParameterLocation in) {
    return switch (in) {
      case PATH -> "path";
      case QUERY -> "query";
      case HEADER -> "header";
      case BODY -> "body";
      case FORM -> "form";
    };
  }

  private static boolean isRequired(Parameter parameter) {
    return parameter.required() && !parameter.name().equals(REGION_ID);
  }

  /** Returns the field's Java type, adding nested classes for objects and value sets. */
  private TypeName fieldType(
      TypeSpec.Builder type,
      ClassName self,
      Parameter parameter,
      NameAllocator types,
      Set<String> enclosing,
      Set<String> siblings) {
    TypeRef ref = parameter.type();
    if (ref.kind() == TypeKind.LIST) {
      TypeName element =
          elementType(type, self, parameter, ref.element(), types, enclosing, siblings);
      return ParameterizedTypeName.get(ValueClass.LIST, element);
    }
    return elementType(type, self, parameter, ref, types, enclosing, siblings);
  }

  private TypeName elementType(
      TypeSpec.Builder type,
      ClassName self,
      Parameter parameter,
      TypeRef ref,
      NameAllocator types,
      Set<String> enclosing,
      Set<String> siblings) {
    if (!parameter.members().isEmpty()) {
      // The elements of a list (Machines) are named in the singular (Machine) where no other type
      // or parameter beside it has that name.
      String singular =
          parameter.type().kind() == TypeKind.LIST
              ? JavaNames.freeSingularTypeName(parameter.name(), types, siblings)
              : null;
      String name = singular != null ? singular : JavaNames.typeName(parameter.name());
      ClassName nested = self.nestedClass(types.newName(name, parameter));
      TypeSpec.Builder element =
          TypeSpec.classBuilder(nested)
              .addJavadoc(
                  "$L\n\n<p>One {@code $L} element.\n",
                  context.doc(
                      parameter.description(), "A value of {@code " + wire(parameter) + "}."),
                  wire(parameter))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
      Set<String> inner = new HashSet<>(enclosing);
      inner.add(nested.simpleName());
      addMembers(element, nested, parameter.members(), parameter.name(), inner, null);
      type.addType(element.build());
      return nested;
    }
    if (isStringSet(parameter, ref)) {
      ClassName nested =
          self.nestedClass(types.newName(JavaNames.typeName(parameter.name()), parameter));
      String doc =
          context.doc(parameter.description(), "The {@code " + wire(parameter) + "} values.");
      type.addType(enums.emit(nested, parameter.allowedValues(), doc));
      return nested;
    }
    return scalar(ref);
  }

  private static boolean isStringSet(Parameter parameter, TypeRef ref) {
    return ref.kind() == TypeKind.STRING && !parameter.allowedValues().isEmpty();
  }

  /** Returns the boxed Java type of a scalar; objects without members travel as strings. */
  static TypeName scalar(TypeRef ref) {
    return switch (ref.kind()) {
      case INTEGER -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case FLOAT -> ClassName.get(Float.class);
      case DOUBLE -> ClassName.get(Double.class);
      case LIST -> ParameterizedTypeName.get(ValueClass.LIST, scalar(ref.element()));
      default -> ClassName.get(String.class);
    };
  }

  // Example:
  // /** A documented value of {@link #weight()}: {@code 100}. */
  // public static final int WEIGHT_100 = 100;
  //
  // Returns the constants' names, which build() checks values against; empty when none.
  private static List<Property.Constant> addNumericConstants(
      TypeSpec.Builder type, Parameter parameter, String member, NameAllocator members) {
    TypeKind kind = parameter.type().kind();
    if ((kind != TypeKind.INTEGER && kind != TypeKind.LONG)
        || parameter.allowedValues().isEmpty()) {
      return List.of();
    }
    List<Long> numbers = new ArrayList<>();
    for (String value : parameter.allowedValues()) {
      try {
        long number = Long.parseLong(value.strip());
        if (kind == TypeKind.INTEGER && (int) number != number) {
          return List.of();
        }
        if (!numbers.contains(number)) {
          numbers.add(number);
        }
      } catch (NumberFormatException e) {
        return List.of(); // Not a numeric value set after all: no constants rather than wrong ones.
      }
    }
    String prefix = JavaNames.constantName(parameter.name());
    List<Property.Constant> names = new ArrayList<>();
    for (long number : numbers) {
      String suffix = number < 0 ? "MINUS_" + -number : Long.toString(number);
      String name = members.newName(prefix + "_" + suffix, "constant:" + member + number);
      type.addField(
          FieldSpec.builder(
                  kind == TypeKind.INTEGER ? TypeName.INT : TypeName.LONG,
                  name,
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("A documented value of {@link #$L()}: {@code $L}.\n", member, number)
              .initializer(kind == TypeKind.INTEGER ? "$L" : "$LL", number)
              .build());
      names.add(new Property.Constant(name, number));
    }
    return names;
  }

  private String javadoc(Parameter parameter) {
    StringBuilder doc =
        new StringBuilder(
            context.doc(parameter.description(), "The {@code " + wire(parameter) + "} parameter."));
    if (parameter.name().equals(REGION_ID)) {
      doc.append("\n\n<p>When not set, the client's region is sent.");
    } else if (parameter.required()) {
      doc.append("\n\n<p>Required.");
    }
    return doc.toString();
  }

  private static String wire(Parameter parameter) {
    return JavadocRenderer.text(parameter.name());
  }

  // Example:
  // params.add("NextHop", nextHop);
  // params.addList("InstanceId", instanceId);
  // for (int i = 0; i < tag.size(); i++) { tag.get(i).writeTo(params.child("Tag." + (i + 1))); }
  private static CodeBlock write(Parameter parameter, String field) {
    boolean list = parameter.type().kind() == TypeKind.LIST;
    boolean object = !parameter.members().isEmpty();
    if (list && object) {
      return CodeBlock.builder()
          .beginControlFlow("for (int i = 0; i < $N.size(); i++)", field)
          .addStatement(
              "$N.get(i).writeTo(params.child($S + (i + 1)))", field, parameter.name() + ".")
          .endControlFlow()
          .build();
    }
    if (object) {
      return CodeBlock.builder()
          .beginControlFlow("if ($N != null)", field)
          .addStatement("$N.writeTo(params.child($S))", field, parameter.name())
          .endControlFlow()
          .build();
    }
    if (list) {
      return CodeBlock.builder()
          .addStatement("params.addList($S, $N)", parameter.name(), field)
          .build();
    }
    return CodeBlock.builder().addStatement("params.add($S, $N)", parameter.name(), field).build();
  }

  // Example:
  // params.path("InstanceId", instanceId);
  // params.header("x-acs-foo", foo);
  // params.bodyField("whiteIpGroup", whiteIpGroup);
  // params.body(requestBody);
  private static CodeBlock writeRoa(Parameter parameter, String field, RoaPlacement roa) {
    if (parameter == roa.wholeBody()) {
      return CodeBlock.builder()
          .addStatement(
              parameter.type().kind() == TypeKind.STRING
                  ? "params.body($N)"
                  : "params.bodyValue($N)",
              field)
          .build();
    }
    return switch (parameter.in()) {
      case PATH ->
          CodeBlock.builder().addStatement("params.path($S, $N)", parameter.name(), field).build();
      case HEADER ->
          CodeBlock.builder()
              .addStatement("params.header($S, $N)", parameter.name(), field)
              .build();
      case BODY, FORM ->
          CodeBlock.builder()
              .addStatement("params.bodyField($S, $N)", parameter.name(), field)
              .build();
      case QUERY -> write(parameter, field);
    };
  }

  // Example:
  // @Override
  // public void writeTo(RequestParams params) { params.add("NextHop", nextHop); ... }
  private static MethodSpec writeTo(List<CodeBlock> writes) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeTo")
            .addJavadoc(
                "Writes the parameters that are set, under their wire names.\n\n"
                    + "@param params where the parameters go\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeTypes.REQUEST_PARAMS, "params");
    writes.forEach(method::addCode);
    return method.build();
  }
}

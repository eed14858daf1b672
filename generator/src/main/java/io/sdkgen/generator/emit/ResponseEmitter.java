package io.sdkgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits the response class of one operation: an immutable value with nested classes for the field
 * tree, {@code List}s for arrays and a static {@code read(ResponseNode)}.
 */
public final class ResponseEmitter {

  private static final Pattern ARRAY_OF = Pattern.compile("(?i)array\\s+of\\s+(\\w+)");
  private static final Set<String> GENERIC_TYPE_WORDS =
      Set.of(
          "object",
          "struct",
          "array",
          "list",
          "map",
          "json",
          "string",
          "integer",
          "int",
          "long",
          "boolean",
          "float",
          "double",
          "date",
          "datetime",
          "number");
  private static final String REQUEST_ID = "RequestId";

  private final EmitContext context;

  /** Creates an emitter sharing {@code context}. */
  public ResponseEmitter(EmitContext context) {
    this.context = context;
  }

  /** Returns the response class {@code self} for {@code operation}. */
  public TypeSpec emit(ClassName self, Operation operation, String source) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "The response of {@code $L}.\n\n<p>Read from the response body by {@link"
                    + " #read($T)}; the builder serves tests.\n",
                JavadocRenderer.text(operation.name()),
                RuntimeTypes.RESPONSE_NODE)
            .addAnnotation(context.generated(source))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    List<ResponseField> fields = new ArrayList<>(operation.response());
    if (fields.stream().noneMatch(f -> f.name().equals(REQUEST_ID))) {
      fields.add(
          new ResponseField(
              REQUEST_ID,
              TypeRef.of(TypeKind.STRING, "String"),
              "The ID of the request.",
              "",
              List.of(),
              Location.of(source)));
    }
    addMembers(type, self, fields, operation.name(), Set.of(self.simpleName()), false);
    return type.build();
  }

  private void addMembers(
      TypeSpec.Builder type,
      ClassName self,
      List<ResponseField> fields,
      String what,
      Set<String> enclosing,
      boolean nested) {
    NameAllocator members = new NameAllocator();
    ValueClass.RESERVED_MEMBERS.forEach(name -> members.newName(name, "reserved:" + name));
    NameAllocator types = new NameAllocator();
    enclosing.forEach(name -> types.newName(name, "enclosing:" + name));
    types.newName("Builder", "reserved:Builder");

    Set<String> siblings = new HashSet<>();
    fields.forEach(f -> siblings.add(JavaNames.typeName(f.name())));
    List<Property> properties = new ArrayList<>();
    CodeBlock.Builder reads = CodeBlock.builder();
    for (ResponseField field : fields) {
      String name = members.newName(JavaNames.memberName(field.name()), field);
      FieldType fieldType = fieldType(type, self, field, types, enclosing, siblings);
      String fallback = "The {@code " + JavadocRenderer.text(field.name()) + "} field.";
      properties.add(
          new Property(
              field.name(),
              name,
              fieldType.type,
              context.doc(field.description(), fallback),
              false,
              Deprecation.marks(field.description())));
      reads.addStatement("builder.$N($L)", name, fieldType.read);
    }
    new ValueClass(self, properties, what).addTo(type);
    type.addMethod(read(self, reads.build(), nested));
  }

  private record FieldType(TypeName type, CodeBlock read) {}

  private FieldType fieldType(
      TypeSpec.Builder type,
      ClassName self,
      ResponseField field,
      NameAllocator types,
      Set<String> enclosing,
      Set<String> siblings) {
    TypeRef ref = field.type();
    String wire = field.name();
    if (ref.kind() == TypeKind.LIST) {
      TypeRef element = ref.element();
      if (!field.children().isEmpty()) {
        ClassName nested =
            nestedType(type, self, field, elementName(field, types, siblings), types, enclosing);
        return new FieldType(
            ParameterizedTypeName.get(ValueClass.LIST, nested),
            CodeBlock.of("node.getList($S,$W$T::read)", wire, nested));
      }
      if (isOpaque(element.kind())) {
        // Objects whose fields the page does not list: hand out the nodes rather than lose them.
        return new FieldType(
            ParameterizedTypeName.get(ValueClass.LIST, RuntimeTypes.RESPONSE_NODE),
            CodeBlock.of("node.getList($S,$W$T.identity())", wire, Function.class));
      }
      // Lists of lists are rare and kept as text.
      TypeKind kind = element.kind() == TypeKind.LIST ? TypeKind.STRING : element.kind();
      TypeName scalar = RequestEmitter.scalar(TypeRef.of(kind, ""));
      CodeBlock read =
          CodeBlock.of(
              "node.getList($S,$W$T::$L)", wire, RuntimeTypes.RESPONSE_NODE, "as" + getter(kind));
      return new FieldType(ParameterizedTypeName.get(ValueClass.LIST, scalar), read);
    }
    if (!field.children().isEmpty()) {
      ClassName nested = nestedType(type, self, field, objectName(field), types, enclosing);
      return new FieldType(nested, CodeBlock.of("$T.read(node.getObject($S))", nested, wire));
    }
    if (isOpaque(ref.kind())) {
      return new FieldType(RuntimeTypes.RESPONSE_NODE, CodeBlock.of("node.getObject($S)", wire));
    }
    TypeName scalar = RequestEmitter.scalar(ref);
    return new FieldType(scalar, CodeBlock.of("node.get$L($S)", getter(ref.kind()), wire));
  }

  private static boolean isOpaque(TypeKind kind) {
    return kind == TypeKind.OBJECT || kind == TypeKind.MAP;
  }

  /** Returns the ResponseNode accessor suffix for a scalar: {@code getLong}, {@code asLong}. */
  private static String getter(TypeKind kind) {
    return switch (kind) {
      case INTEGER -> "Integer";
      case LONG -> "Long";
      case BOOLEAN -> "Boolean";
      case FLOAT -> "Float";
      case DOUBLE -> "Double";
      default -> "String";
    };
  }

  private ClassName nestedType(
      TypeSpec.Builder type,
      ClassName self,
      ResponseField field,
      String suggestedName,
      NameAllocator types,
      Set<String> enclosing) {
    ClassName nested = self.nestedClass(types.newName(JavaNames.typeName(suggestedName), field));
    String fallback = "The {@code " + JavadocRenderer.text(field.name()) + "} field.";
    TypeSpec.Builder element =
        TypeSpec.classBuilder(nested)
            .addJavadoc(
                "$L\n\n<p>$L {@code $L}.\n",
                context.doc(field.description(), fallback),
                field.type().kind() == TypeKind.LIST ? "One element of" : "The value of",
                JavadocRenderer.text(field.name()))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    Set<String> inner = new HashSet<>(enclosing);
    inner.add(nested.simpleName());
    addMembers(element, nested, field.children(), field.name(), inner, true);
    type.addType(element.build());
    return nested;
  }

  /**
   * {@code Instances} of type {@code Array of Instance}: the element class is {@code Instance}. A
   * list the page does not name the element of ({@code Rules}, type {@code Array}), or names with
   * the list's own name ({@code Tags}, type {@code Array of tags}), has elements named in the
   * singular ({@code Rule}, {@code Tag}), unless a field beside it or another type of the enclosing
   * class has that name. Where another type already has the page's element name, the list's own
   * singular names them ({@code masterDiskList} of {@code Array of disk}: {@code MasterDisk}).
   */
  private static String elementName(
      ResponseField field, NameAllocator types, Set<String> siblings) {
    for (String pageName : List.of(field.type().element().pageName(), field.type().pageName())) {
      Matcher matcher = ARRAY_OF.matcher(pageName);
      String candidate = matcher.find() ? matcher.group(1) : pageName.strip();
      if (isSpecificName(candidate) && !candidate.equalsIgnoreCase(field.name())) {
        if (!JavaNames.isFree(JavaNames.typeName(candidate), types)) {
          // Another list here names its elements alike (clientNodeDiskList and masterDiskList,
          // both Array of disk): this one's are named after the list (MasterDisk), not Disk_.
          String own = JavaNames.freeSingularTypeName(field.name(), types, siblings);
          if (own != null) {
            return own;
          }
        }
        return candidate;
      }
    }
    String singular = JavaNames.freeSingularTypeName(field.name(), types, siblings);
    return singular != null ? singular : field.name();
  }

  private static String objectName(ResponseField field) {
    String pageName = field.type().pageName().strip();
    return isSpecificName(pageName) ? pageName : field.name();
  }

  private static boolean isSpecificName(String candidate) {
    return candidate.matches("[A-Za-z][A-Za-z0-9]*")
        && !GENERIC_TYPE_WORDS.contains(candidate.toLowerCase(java.util.Locale.ROOT));
  }

  // Example:
  // public static CreateVpnRouteEntryResponse read(ResponseNode node) {
  //   Builder builder = builder();
  //   builder.createTime(node.getLong("CreateTime"));
  //   return builder.build();
  // }
  private static MethodSpec read(ClassName self, CodeBlock reads, boolean nested) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(RuntimeTypes.RESPONSE_NODE, "node");
    if (nested) {
      method
          .addJavadoc(
              "Reads a value from a node of the response body.\n\n"
                  + "@param node the node, or null when the body has none\n"
                  + "@return the value, or null when {@code node} is null\n")
          .beginControlFlow("if (node == null)")
          .addStatement("return null")
          .endControlFlow();
    } else {
      method.addJavadoc(
          "Reads the response from its body.\n\n@param node the body\n@return the response\n");
    }
    // One statement per field rather than one call chain: javac recurses once per chained call.
    return method
        .addStatement("$T builder = builder()", self.nestedClass("Builder"))
        .addCode(reads)
        .addStatement("return builder.build()")
        .build();
  }
}

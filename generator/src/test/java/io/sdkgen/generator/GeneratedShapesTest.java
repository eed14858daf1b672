package io.sdkgen.generator;

import static io.sdkgen.generator.Fixtures.error;
import static io.sdkgen.generator.Fixtures.field;
import static io.sdkgen.generator.Fixtures.listOf;
import static io.sdkgen.generator.Fixtures.operation;
import static io.sdkgen.generator.Fixtures.param;
import static io.sdkgen.generator.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.Severity;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes of generated code beyond the seeds, each compiled with lint and doclint. */
class GeneratedShapesTest {

  private static GenerationResult generate(Spec spec) {
    return new SdkGenerator(SdkGeneratorTest.OPTIONS).generate(spec);
  }

  private static String source(GenerationResult result, String simpleName) {
    return result.files().stream()
        .filter(f -> f.typeSpec().name().equals(simpleName))
        .map(JavaFile::toString)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + simpleName));
  }

  private static Operation tagged() {
    return operation(
        "DescribeThings.md",
        "DescribeThings",
        "Lists things.",
        List.of(
            param(
                "Tag",
                listOf(TypeKind.OBJECT, "Array"),
                false,
                "The tags.",
                List.of(),
                List.of(
                    param(
                        "key",
                        TypeKind.STRING,
                        false,
                        "Note: This parameter will be removed in the future. Use Tag.N.Key."),
                    param("Key", TypeKind.STRING, true, "The key of tag N."),
                    param("Value", TypeKind.STRING, false, "The value of tag N."),
                    param("value", TypeKind.STRING, false, "Deprecated spelling."))),
            param("InstanceId", listOf(TypeKind.STRING, "RepeatList"), true, "Instance IDs."),
            param(
                "Status",
                listOf(TypeKind.STRING, "RepeatList"),
                false,
                "Statuses.",
                List.of("Running", "Stopped", "running"),
                List.of()),
            param("Class", TypeKind.STRING, false, "A keyword as a name."),
            param("Builder", TypeKind.STRING, false, "A field named like a type."),
            param("2ndZone", TypeKind.STRING, false, "A leading digit."),
            param("Size", type(TypeKind.LONG), false, "Size.", List.of("10", "20"), List.of())),
        List.of(
            field("TotalCount", TypeKind.INTEGER, "How many."),
            field("Opaque", listOf(TypeKind.OBJECT, "Array of Instance"), "Fields not listed."),
            field("Loose", TypeRef.of(TypeKind.OBJECT, "Struct"), "Fields not listed either."),
            field(
                "Rules",
                TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "Array"),
                "A list the page does not name the element of.",
                field("RuleId", TypeKind.STRING, "The rule.")),
            field(
                "Loads",
                TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "Array of loads"),
                "A list named after itself; Load is taken by the next field's class.",
                field("Size", TypeKind.INTEGER, "The size.")),
            field(
                "Load",
                TypeRef.of(TypeKind.OBJECT, "Struct"),
                "An object.",
                field("Level", TypeKind.INTEGER, "The level.")),
            field(
                "clientDiskList",
                TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "Array of disk"),
                "The first list of disks.",
                field("maxSize", TypeKind.INTEGER, "The size.")),
            field(
                "masterDiskList",
                TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "Array of disk"),
                "Another list whose page names its elements disk: named after the list.",
                field("minSize", TypeKind.INTEGER, "The size.")),
            field(
                "dictList",
                TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "Array of dictList"),
                "A list named after itself by a last word List.",
                field("name", TypeKind.STRING, "The name.")),
            field(
                "Things",
                TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "Array of Thing"),
                "The things.",
                field("ThingId", TypeKind.STRING, "The ID."),
                field("Ids", listOf(TypeKind.LONG, "Array of Long"), "Numbers."),
                field(
                    "Thing",
                    TypeRef.of(TypeKind.OBJECT, "Object"),
                    "Named like its parent.",
                    field("Name", TypeKind.STRING, "Name.")),
                field(
                    "Tags",
                    TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "Array of Tag"),
                    "Tags.",
                    field("Key", TypeKind.STRING, "Key.")))),
        List.of(error(400, "2Fast.4You", "Too fast.", "*/ beware")));
  }

  /** The request class generated from {@link #tagged()}. */
  private static String thingsRequest() {
    return source(
        generate(Fixtures.spec("Thing", "2020-01-01", tagged())), "DescribeThingsRequest");
  }

  @Test
  void listsNestedTypesKeywordsAndClashesCompile() {
    GenerationResult result = generate(Fixtures.spec("Thing", "2020-01-01", tagged()));
    assertThat(Compilation.compile(result.files(), Compilation.STRICT)).isEmpty();
  }

  @Test
  void repeatedParametersBecomeListsOfGeneratedElementTypes() {
    String request = thingsRequest();
    assertThat(request)
        .contains("private final List<Tag> tag;")
        .contains("private final List<String> instanceId;")
        .contains("private final List<Status> status;")
        .contains("tag.get(i).writeTo(params.child(\"Tag.\" + (i + 1)));")
        .contains("params.addList(\"InstanceId\", instanceId);")
        .contains("public static final class Tag implements RequestWriter")
        .contains("private final String value_;")
        .contains("params.add(\"value\", value_);")
        .contains("(instanceId == null || instanceId.isEmpty())")
        .contains("public static final long SIZE_10 = 10L;");
  }

  @Test
  void theCurrentOfTwoParametersSpelledAlikeGetsThePlainNameWhereverItIsListed() {
    // Tag.N.key, which the page says will be removed, comes first; Tag.N.Key still gets key().
    String request = thingsRequest();
    assertThat(request)
        .contains("params.add(\"Key\", key);")
        .contains("params.add(\"key\", key_);")
        .containsPattern("@Deprecated\\s+public String key_\\(\\)")
        .doesNotContainPattern("@Deprecated\\s+public String key\\(\\)");
  }

  @Test
  void identifiersAreLegalAndUnclashing() {
    String request = thingsRequest();
    assertThat(request)
        .contains("private final String class_;")
        .contains("private final String builder_;")
        .contains("private final String _2ndZone;")
        .contains("public static final Status RUNNING_ = new Status(\"running\");");
  }

  @Test
  void responseTreeBecomesNestedTypesAndLists() {
    GenerationResult result = generate(Fixtures.spec("Thing", "2020-01-01", tagged()));
    String response = source(result, "DescribeThingsResponse");
    assertThat(response)
        .contains("private final List<Thing> things;")
        .contains(".things(node.getList(\"Things\", Thing::read))")
        .contains(".ids(node.getList(\"Ids\", ResponseNode::asLong))")
        .contains("private final List<ResponseNode> opaque;")
        .contains("builder.opaque(node.getList(\"Opaque\", Function.identity()));")
        .contains("builder.loose(node.getObject(\"Loose\"));")
        .contains("public static final class Thing_ {")
        .contains("private final List<Rule> rules;")
        .contains("builder.rules(node.getList(\"Rules\", Rule::read));")
        .contains("private final List<Loads> loads;")
        .contains("private final Load load;")
        .contains("private final List<Disk> clientDiskList;")
        .contains("private final List<MasterDisk> masterDiskList;")
        .contains("private final List<Dict> dictList;")
        .contains("public String requestId()");
    assertThat(source(result, "_2Fast4YouException")).contains("*&#47; beware");
  }

  @Test
  void nestedTypesNamedLikeJdkTypesStillCompile() {
    Operation shadowing =
        operation(
            "Shadow.md",
            "Shadow",
            "Types named like the ones generated code uses.",
            List.of(
                param(
                    "Objects",
                    TypeRef.of(TypeKind.OBJECT, "Object"),
                    false,
                    "An object named Objects.",
                    List.of(),
                    List.of(param("Key", TypeKind.STRING, false, "Key."))),
                param(
                    "List",
                    listOf(TypeKind.OBJECT, "Array"),
                    false,
                    "A list named List.",
                    List.of(),
                    List.of(param("String", TypeKind.STRING, false, "A field named String.")))),
            List.of(
                field(
                    "Override",
                    TypeRef.of(TypeKind.OBJECT, "Object"),
                    "Named like an annotation.",
                    field("Value", TypeKind.STRING, "Value."))),
            List.of());
    GenerationResult result = generate(Fixtures.spec("Shadow", "2020-01-01", shadowing));
    assertThat(Compilation.compile(result.files(), Compilation.STRICT)).isEmpty();
  }

  @Test
  void errorsInPagesGenerateNothing() {
    Spec spec = Fixtures.seeds();
    Diagnostic broken =
        new Diagnostic(Severity.ERROR, "TYPE_UNKNOWN", Location.of("x.md", 7), "unknown type");
    Spec withError =
        new Spec(
            spec.products(),
            List.of(new PageResult("x.md", null, "", "", null, List.of(broken))),
            List.of());
    GenerationResult result = generate(withError);
    assertThat(result.files()).isEmpty();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.diagnostics()).containsExactly(broken);
  }

  @Test
  void severalProductsGetOneSubpackageEach() {
    Operation create = Fixtures.createVpnRouteEntry();
    Operation thing = tagged();
    Spec spec =
        new Spec(
            List.of(
                new Product("Thing", "2020-01-01", ApiStyle.RPC, List.of(thing)),
                new Product("Vpc", "2016-04-28", ApiStyle.RPC, List.of(create))),
            List.of(),
            List.of());
    GenerationResult result = generate(spec);
    assertThat(result.files())
        .extracting(JavaFile::packageName)
        .containsOnly("com.example.vpc.thing.v20200101", "com.example.vpc.vpc.v20160428");
    assertThat(result.operations()).isEqualTo(2);
    assertThat(Compilation.compile(result.files(), Compilation.STRICT)).isEmpty();
  }

  /** {@code operation} as a ROA operation sent with {@code GET} to {@code path}. */
  private static Operation roa(Operation operation, String path) {
    return new Operation(
        operation.name(),
        operation.summary(),
        operation.description(),
        List.of("GET"),
        path,
        operation.parameters(),
        operation.response(),
        operation.errors(),
        operation.examples(),
        operation.locale(),
        operation.location());
  }

  @Test
  void roaProductsGenerateBesideRpcOnesEachInItsPackage() {
    Spec spec =
        new Spec(
            List.of(
                new Product("Es", "2017-06-13", ApiStyle.ROA, List.of(roa(tagged(), "/things"))),
                new Product("Vpc", "2016-04-28", ApiStyle.RPC, List.of(tagged()))),
            List.of(),
            List.of());
    GenerationResult result = generate(spec);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.warnings()).isZero();
    assertThat(result.files())
        .extracting(JavaFile::packageName)
        .containsOnly("com.example.vpc.es.v20170613", "com.example.vpc.vpc.v20160428");
    assertThat(Compilation.compile(result.files(), Compilation.STRICT)).isEmpty();
  }

  @Test
  void clientConstantsStayWithinOneHundredColumns() {
    String path = "/openapi/things/actions/describe-every-thing-that-this-product-holds";
    Spec spec =
        new Spec(
            List.of(
                new Product(
                    "Elasticsearch", "2017-06-13", ApiStyle.ROA, List.of(roa(tagged(), path)))),
            List.of(),
            List.of());
    String client =
        generate(spec).files().stream()
            .filter(f -> f.typeSpec().name().endsWith("Client"))
            .map(SourceFolders::text)
            .findFirst()
            .orElseThrow();

    // Too long for one line and for a line of its own: after the "=" (+4), then its arguments (+8).
    assertThat(client)
        .contains(
            "  private static final OperationInfo DESCRIBE_THINGS =\n"
                + "      OperationInfo.roa(\"DescribeThings\", \"GET\",\n"
                + "          \""
                + path
                + "\", false, null);\n")
        .contains(
            "  private static final ServiceInfo SERVICE =\n"
                + "      new ServiceInfo(\"Elasticsearch\", \"2017-06-13\", \"elasticsearch\", Map.of(),\n"
                + "          ElasticsearchErrors.REGISTRY);\n");
    assertThat(client.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    assertThat(client.lines()).noneMatch(line -> line.endsWith(" "));
  }

  @Test
  void aRoaOperationWithoutAPathIsLeftOutWithAWarningAtItsPage() {
    Spec spec =
        new Spec(
            List.of(new Product("Es", "2017-06-13", ApiStyle.ROA, List.of(roa(tagged(), "")))),
            List.of(),
            List.of());
    GenerationResult result = generate(spec);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.operations()).isZero();
    assertThat(result.files())
        .extracting(f -> f.typeSpec().name())
        .doesNotContain("DescribeThingsRequest");
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("GEN_NO_PATH");
              assertThat(d.toString())
                  .startsWith("DescribeThings.md:")
                  .contains("ROA operation DescribeThings has no request line");
            });
  }
}

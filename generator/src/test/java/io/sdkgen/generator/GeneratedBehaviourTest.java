package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated seed code against the real runtime: required parameters, wire names, open
 * enums, response reading, value semantics and the error registry.
 */
class GeneratedBehaviourTest {

  @TempDir Path temp;

  private static final String DRIVER =
      String.join(
          "\n",
          "package com.example.vpc;",
          "import io.sdkgen.runtime.ResponseNode;",
          "import io.sdkgen.runtime.ServiceError;",
          "import io.sdkgen.runtime.internal.RequestParams;",
          "import java.nio.charset.StandardCharsets;",
          "public final class Driver {",
          "  private Driver() {}",
          "  public static String run() {",
          "    StringBuilder out = new StringBuilder();",
          "    try {",
          "      CreateVpnRouteEntryRequest.builder().nextHop(\"x\").build();",
          "    } catch (IllegalStateException e) {",
          "      out.append(e.getMessage()).append('\\n');",
          "    }",
          "    CreateVpnRouteEntryRequest.Builder create = CreateVpnRouteEntryRequest.builder()",
          "        .nextHop(\"x\").publishVpc(true).routeDest(\"10.0.0.0/24\").vpnGatewayId(\"v\");",
          "    try {",
          "      create.weight(50).build();",
          "    } catch (IllegalArgumentException e) {",
          "      out.append(e.getMessage()).append('\\n');",
          "    }",
          "    out.append(create.weight(CreateVpnRouteEntryRequest.WEIGHT_100).build().weight())",
          "        .append('\\n');",
          "    PublishVpnRouteEntryRequest r = PublishVpnRouteEntryRequest.builder()",
          "        .nextHop(\"vco\").publishVpc(true).routeDest(\"10.0.0.0/24\")",
          "        .routeType(PublishVpnRouteEntryRequest.RouteType.of(\"pbr\"))",
          "        .vpnGatewayId(\"vpn\").build();",
          "    RequestParams p = RequestParams.create();",
          "    r.writeTo(p);",
          "    out.append(p.get(\"RouteType\")).append(',').append(p.get(\"PublishVpc\"))",
          "        .append(',').append(p.get(\"Action\")).append(',').append(p.get(\"RegionId\"))",
          "        .append('\\n');",
          "    out.append(PublishVpnRouteEntryRequest.RouteType.of(\"pbr\")",
          "        == PublishVpnRouteEntryRequest.RouteType.PBR)",
          "        .append(',').append(PublishVpnRouteEntryRequest.RouteType.of(\"ecmp\").value())",
          "        .append('\\n');",
          "    CreateVpnRouteEntryResponse resp = CreateVpnRouteEntryResponse.read(",
          "        ResponseNode.parseJson(",
          "            \"{\\\"RequestId\\\":\\\"R1\\\",\\\"Weight\\\":100,\\\"CreateTime\\\":1563873294331}\"",
          "                .getBytes(StandardCharsets.UTF_8)));",
          "    out.append(resp.requestId()).append(',').append(resp.weight()).append(',')",
          "        .append(resp.createTime()).append(',').append(resp.state()).append('\\n');",
          "    out.append(r.equals(r.toBuilder().build())).append(',')",
          "        .append(r.hashCode() == r.toBuilder().build().hashCode()).append(',')",
          "        .append(r.toBuilder().nextHop(\"y\").build().equals(r)).append('\\n');",
          "    ServiceError error = new ServiceError(404, \"InvalidVpnGatewayInstanceId.NotFound\",",
          "        \"gone\", \"R2\", null, null, null);",
          "    out.append(VpcErrors.REGISTRY.create(error).getClass().getSimpleName()).append(',');",
          "    ServiceError other = new ServiceError(400, \"Brand.New\", \"new\", \"R3\", null, null,"
              + " null);",
          "    out.append(VpcErrors.REGISTRY.create(other).getClass().getSimpleName());",
          "    return out.toString();",
          "  }",
          "}");

  @Test
  void seedCodeBehavesAgainstTheRuntime() throws Exception {
    Path out = Files.createDirectories(temp.resolve("seed-classes"));
    Object text =
        Compilation.compileAndRun(
            SdkGeneratorTest.seeds().files(), "com.example.vpc.Driver", DRIVER, out, "run");
    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "Missing required parameters of CreateVpnRouteEntry: PublishVpc, RouteDest,"
                    + " VpnGatewayId, Weight",
                "Weight must be one of 0, 100, not 50",
                "100",
                "pbr,true,null,null",
                "true,ecmp",
                "R1,100,1563873294331,null",
                "true,true,false",
                "InvalidVpnGatewayInstanceIdNotFoundException,VpcException"));
  }

  /** Generates the one page {@code text}, saved as {@code file}, into {@code packageName}. */
  private GenerationResult generate(String file, String text, String packageName) throws Exception {
    Path docs = Files.createDirectories(temp.resolve(packageName));
    Files.writeString(docs.resolve(file), text);
    GenerationResult result =
        new SdkGenerator(GeneratorOptions.builder().docs(docs).packageName(packageName).build())
            .generate();
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result;
  }

  /**
   * Returns an ECS API page for {@code operation}: its OpenAPI Explorer link, a request table of
   * {@code requestRows} (name, type, required, example, description) and a response table of {@code
   * responseRows} (name, type, example, description), ending with a blank line.
   */
  private static String ecsPage(
      String operation, List<String> requestRows, List<String> responseRows) {
    return String.join(
            "\n",
            "# " + operation,
            "",
            "[OpenAPI Explorer](https://api.aliyun.com/#product=Ecs&api="
                + operation
                + "&type=RPC&version=2014-05-26)",
            "",
            "## Request parameters",
            "",
            "|Parameter|Type|Required|Example|Description|",
            "|--|--|--|--|--|",
            String.join("\n", requestRows),
            "",
            "## Response parameters",
            "",
            "|Parameter|Type|Example|Description|",
            "|--|--|--|--|",
            String.join("\n", responseRows),
            "")
        + "\n";
  }

  /** A page whose response table has no └ marks, as most older ECS and VPC pages. */
  private static final String FLAT_PAGE =
      ecsPage(
              "DescribeRegions",
              List.of("|Action|String|Yes|DescribeRegions|The operation.|"),
              List.of(
                  "|Regions|Array| |The regions.|",
                  "|Region| | | |",
                  "|LocalName|String|Qingdao|The name of the region.|",
                  "|RegionId|String|cn-qingdao|The region ID.|",
                  "|Zones|Array| |The zones.|",
                  "|ZoneId|String|cn-qingdao-b|A zone ID.|",
                  "|RequestId|String|R-1|The request ID.|"))
          + String.join(
              "\n",
              "## Examples",
              "",
              "`JSON` format",
              "",
              "```",
              "{\"RequestId\": \"R-1\", \"Regions\": {\"Region\": [",
              "  {\"RegionId\": \"cn-qingdao\", \"LocalName\": \"Qingdao\",",
              "   \"Zones\": {\"ZoneId\": [\"cn-qingdao-b\", \"cn-qingdao-c\"]}},",
              "  {\"RegionId\": \"cn-beijing\", \"LocalName\": \"Beijing\"}]}}",
              "```",
              "");

  @Test
  void flatTablesGiveListsOfTheItemsTheBodyHolds() throws Exception {
    GenerationResult result = generate("DescribeRegions.md", FLAT_PAGE, "com.example.flat");
    // The request has no parameter of its own: its value methods must still compile cleanly.
    assertThat(Compilation.compile(result.files(), Compilation.STRICT)).isEmpty();
    String json = FLAT_PAGE.substring(FLAT_PAGE.indexOf("{"), FLAT_PAGE.lastIndexOf("}") + 1);
    String driver =
        String.join(
            "\n",
            "package com.example.flat;",
            "import io.sdkgen.runtime.ResponseNode;",
            "import java.nio.charset.StandardCharsets;",
            "public final class Driver {",
            "  private Driver() {}",
            "  public static String run(String body) {",
            "    DescribeRegionsResponse r = DescribeRegionsResponse.read(",
            "        ResponseNode.parseJson(body.getBytes(StandardCharsets.UTF_8)));",
            "    StringBuilder out = new StringBuilder(r.requestId());",
            "    for (DescribeRegionsResponse.Region region : r.regions()) {",
            "      out.append(';').append(region.regionId()).append(',')",
            "          .append(region.localName()).append(',').append(region.zones());",
            "    }",
            "    return out.toString();",
            "  }",
            "}");
    Path out = Files.createDirectories(temp.resolve("flat-classes"));
    assertThat(
            Compilation.compileAndRun(
                result.files(), "com.example.flat.Driver", driver, out, "run", json))
        .isEqualTo("R-1;cn-qingdao,Qingdao,[cn-qingdao-b, cn-qingdao-c];cn-beijing,Beijing,[]");
  }

  /**
   * SLB DescribeLoadBalancerAttribute's shape: its example shows both lists empty, its table gives
   * one no type and an example cell, the other no type and its items' fields.
   */
  private static final String EMPTY_LISTS_PAGE =
      ecsPage(
              "DescribeLoadBalancerAttribute",
              List.of("|LoadBalancerId|String|Yes|lb-1|The ID.|"),
              List.of(
                  "|ListenerPorts| |\"ListenerPort\": \\[ 80, 443 \\]|The frontend ports.|",
                  "|ListenerPortsAndProtocol| | |The listeners.|",
                  "|ListenerPort|Integer|80|The port.|",
                  "|ListenerProtocol|String|http|The protocol.|",
                  "|RequestId|String|R-1|The request ID.|"))
          + String.join(
              "\n",
              "## Examples",
              "",
              "```",
              "{\"RequestId\": \"R-1\", \"ListenerPorts\": {\"ListenerPort\": []},",
              " \"ListenerPortsAndProtocol\": {\"ListenerPortAndProtocol\": []}}",
              "```",
              "");

  @Test
  void listsThePageShowsEmptyReadTheServicesAnswer() throws Exception {
    GenerationResult result =
        generate("DescribeLoadBalancerAttribute.md", EMPTY_LISTS_PAGE, "com.example.lists");
    String driver =
        String.join(
            "\n",
            "package com.example.lists;",
            "import io.sdkgen.runtime.ResponseNode;",
            "import java.nio.charset.StandardCharsets;",
            "public final class Driver {",
            "  private Driver() {}",
            "  public static String run(String body) {",
            "    DescribeLoadBalancerAttributeResponse r = DescribeLoadBalancerAttributeResponse.read(",
            "        ResponseNode.parseJson(body.getBytes(StandardCharsets.UTF_8)));",
            "    StringBuilder out = new StringBuilder(r.requestId()).append(';');",
            "    int sum = 0;",
            "    for (int port : r.listenerPorts()) {",
            "      sum += port;",
            "    }",
            "    out.append(sum);",
            "    for (DescribeLoadBalancerAttributeResponse.ListenerPortAndProtocol l",
            "        : r.listenerPortsAndProtocol()) {",
            "      out.append(';').append(l.listenerPort()).append('/').append(l.listenerProtocol());",
            "    }",
            "    return out.toString();",
            "  }",
            "}");
    // An answer as the service sends it, not the page's empty example.
    String answer =
        "{\"RequestId\": \"R-2\", \"ListenerPorts\": {\"ListenerPort\": [80, 443]},"
            + " \"ListenerPortsAndProtocol\": {\"ListenerPortAndProtocol\": ["
            + "{\"ListenerPort\": 80, \"ListenerProtocol\": \"http\"},"
            + " {\"ListenerPort\": 443, \"ListenerProtocol\": \"https\"}]}}";
    Path out = Files.createDirectories(temp.resolve("lists-classes"));
    assertThat(
            Compilation.compileAndRun(
                result.files(), "com.example.lists.Driver", driver, out, "run", answer))
        .isEqualTo("R-2;523;80/http;443/https");
  }

  private static final String SECRET_PAGE =
      ecsPage(
          "CreateKeyPair",
          List.of(
              "|KeyPairName|String|Yes|web|The name.|",
              "|Password|String|No|Hunter2!|A password for the instances.|"),
          List.of(
              "|RequestId|String|R-1|The request ID.|",
              "|KeyPairName|String|web|The name.|",
              "|PrivateKeyBody|String|-----BEGIN RSA PRIVATE KEY-----|The private key.|"));

  @Test
  void fieldsHoldingSecretsShowAsRedactedInToString() throws Exception {
    GenerationResult result = generate("CreateKeyPair.md", SECRET_PAGE, "com.example.keys");
    String driver =
        String.join(
            "\n",
            "package com.example.keys;",
            "import io.sdkgen.runtime.ResponseNode;",
            "import java.nio.charset.StandardCharsets;",
            "public final class Driver {",
            "  private Driver() {}",
            "  public static String run() {",
            "    CreateKeyPairRequest request = CreateKeyPairRequest.builder()",
            "        .keyPairName(\"web\").password(\"Hunter2!\").build();",
            "    CreateKeyPairResponse response = CreateKeyPairResponse.read(ResponseNode.parseJson(",
            "        (\"{\\\"RequestId\\\":\\\"R-1\\\",\\\"KeyPairName\\\":\\\"web\\\",\"",
            "            + \"\\\"PrivateKeyBody\\\":\\\"-----BEGIN RSA PRIVATE KEY-----\\\"}\")",
            "            .getBytes(StandardCharsets.UTF_8)));",
            "    return request + \"\\n\" + request.toBuilder().password(null).build() + \"\\n\""
                + " + response + \"\\n\" + request.password();",
            "  }",
            "}");
    Path out = Files.createDirectories(temp.resolve("secret-classes"));
    Object text =
        Compilation.compileAndRun(result.files(), "com.example.keys.Driver", driver, out, "run");
    assertThat(((String) text).lines())
        .containsExactly(
            "CreateKeyPairRequest{keyPairName=web, password=██}",
            "CreateKeyPairRequest{keyPairName=web, password=null}",
            "CreateKeyPairResponse{requestId=R-1, keyPairName=web, privateKeyBody=██}",
            // The accessor still gives the value to the caller who set it.
            "Hunter2!");
  }

  /** A page marking one parameter and one response field for removal. */
  private static final String DEPRECATED_PAGE =
      ecsPage(
          "TagThings",
          List.of(
              "|TagKey|String|No|env|The tag key.|",
              "|LegacyKey|String|No|env|The tag key. **Note:** This parameter will be removed in"
                  + " the future. We recommend that you use the TagKey parameter.|"),
          List.of("|RequestId|String|R-1|The request ID.|", "|OldState|String|ok|该参数已废弃。|"));

  @Test
  void valuesThePageMarksForRemovalAreDeprecated() throws Exception {
    GenerationResult result = generate("TagThings.md", DEPRECATED_PAGE, "com.example.tags");
    // The generated code itself compiles without a warning.
    assertThat(Compilation.compile(result.files(), Compilation.STRICT)).isEmpty();

    String caller =
        String.join(
            "\n",
            "package com.example.tags;",
            "final class Caller {",
            "  private Caller() {}",
            "  static String use(TagThingsRequest request, TagThingsResponse response) {",
            "    return TagThingsRequest.builder().tagKey(request.tagKey()).build()",
            "        + response.requestId() + %s;",
            "  }",
            "}");
    List<String> clean = compileWith(result, String.format(caller, "\"\""));
    assertThat(clean).isEmpty();
    List<String> warned =
        compileWith(
            result,
            String.format(
                caller,
                "request.legacyKey() + response.oldState()"
                    + " + TagThingsRequest.builder().legacyKey(\"k\")"));
    assertThat(warned)
        .anySatisfy(d -> assertThat(d).contains("legacyKey()").contains("deprecated"))
        .anySatisfy(d -> assertThat(d).contains("oldState()").contains("deprecated"))
        .anySatisfy(d -> assertThat(d).contains("legacyKey(java.lang.String)"));

    String request = source(result, "TagThingsRequest");
    assertThat(request)
        .contains(
            "   * @deprecated the API reference says this value will be removed\n"
                + "   */\n"
                + "  @Deprecated\n"
                + "  public String legacyKey() {")
        .doesNotContain("@Deprecated\n  public String tagKey()");
  }

  @Test
  void setterSentencesLongerThanTheWidthPutTheWireNameOnALineOfItsOwn() throws Exception {
    // "Sets {@link DescribeThingsRequest#<name>()} ({@code <Wire>})." is 28 + 21 characters
    // besides the names: 89 with two 20-character names, 87 with two of 19. The width is 88.
    String page =
        ecsPage(
            "DescribeThings",
            List.of(
                "|AbcdefghijKlmnopqrsT|String|No|a|Twenty characters.|",
                "|AbcdefghijKlmnopqrS|String|No|a|Nineteen characters.|"),
            List.of("|RequestId|String|R-1|The request ID.|"));
    GenerationResult result = generate("DescribeThings.md", page, "com.example.things");
    String request = source(result, "DescribeThingsRequest");

    assertThat(request)
        .containsPattern(
            "\\* Sets \\{@link DescribeThingsRequest#abcdefghijKlmnopqrsT\\(\\)\\}\n"
                + " +\\* \\(\\{@code AbcdefghijKlmnopqrsT\\}\\)\\.\n")
        .contains(
            "* Sets {@link DescribeThingsRequest#abcdefghijKlmnopqrS()} ({@code"
                + " AbcdefghijKlmnopqrS}).\n");
  }

  /** Returns the rendered source of the generated class {@code simpleName}. */
  private static String source(GenerationResult result, String simpleName) {
    return result.files().stream()
        .filter(f -> f.typeSpec().name().equals(simpleName))
        .findFirst()
        .orElseThrow()
        .toString();
  }

  /** Compiles the generated files and one caller with every lint as an error; the diagnostics. */
  private List<String> compileWith(GenerationResult result, String caller) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    result.files().forEach(f -> sources.add(f.toJavaFileObject()));
    sources.add(JavaFileObjects.forSourceString("com.example.tags.Caller", caller));
    Path out = Files.createTempDirectory(temp, "caller");
    return Compilation.compileTo(sources, Compilation.STRICT, out);
  }
}

package io.sdkgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.runtime.internal.RequestParams;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Flattening, checked against the {@code flattening} section of the shared vectors. */
class RequestParamsTest {
  record Filter(String key, List<String> values) implements RequestWriter {
    @Override
    public void writeTo(RequestParams params) {
      params.add("Key", key);
      params.addList("Value", values);
    }
  }

  record Config(String name, List<Integer> ports) implements RequestWriter {
    @Override
    public void writeTo(RequestParams params) {
      params.add("Name", name);
      params.addList("Ports", ports);
    }
  }

  @Test
  void flatteningMatchesTheOfficialFlattenerExceptThatEmptyStringsAreNeverSent() {
    RequestParams p = RequestParams.create();
    p.add("RegionId", "cn-hangzhou");
    p.add("PublishVpc", true);
    p.add("DryRun", false);
    p.add("Weight", 0);
    p.add("OwnerId", 1234567890123L);
    p.add("Bandwidth", 1.5f);
    p.add("Ratio", 100.0);
    p.add("Big", 10000000000.0);
    p.add("Empty", "");
    p.add("Missing", (String) null);
    p.addList("VpcId", List.of("vpc-a", "vpc-b"));
    p.addList("EmptyList", List.of());
    p.addObjectList(
        "Filter",
        List.of(new Filter("CreationStartTime", List.of("2024-06-01T00:00Z", "2024-06-02T00:00Z"))),
        Filter::writeTo);
    p.addObject("Config", new Config("n", List.of(80, 443)));

    Map<String, String> expected =
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("Bandwidth", "1.5"),
                Map.entry("Big", "1.0E10"),
                Map.entry("Config.Name", "n"),
                Map.entry("Config.Ports.1", "80"),
                Map.entry("Config.Ports.2", "443"),
                Map.entry("DryRun", "false"),
                Map.entry("Filter.1.Key", "CreationStartTime"),
                Map.entry("Filter.1.Value.1", "2024-06-01T00:00Z"),
                Map.entry("Filter.1.Value.2", "2024-06-02T00:00Z"),
                Map.entry("OwnerId", "1234567890123"),
                Map.entry("PublishVpc", "true"),
                Map.entry("Ratio", "100.0"),
                Map.entry("RegionId", "cn-hangzhou"),
                Map.entry("VpcId.1", "vpc-a"),
                Map.entry("VpcId.2", "vpc-b"),
                Map.entry("Weight", "0")));
    assertThat(new TreeMap<>(p.params().toMap())).isEqualTo(expected);
    // The official output also holds "Empty" = "": the reference says never to send it.
    Map<String, String> official = officialOutput();
    official.remove("Empty");
    assertThat(new TreeMap<>(p.params().toMap())).isEqualTo(official);
  }

  private static Map<String, String> officialOutput() {
    com.fasterxml.jackson.databind.JsonNode out =
        io.sdkgen.runtime.auth.VectorsAccess.root().get("flattening").get("output");
    Map<String, String> map = new TreeMap<>();
    out.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  record TagModel(String key, String value) implements RequestWriter {
    @Override
    public void writeTo(RequestParams params) {
      params.add("Key", key);
      params.add("Value", value);
    }
  }

  @Test
  void generatedModelExampleNullFieldInsideListElementIsDropped() {
    RequestParams p = RequestParams.create();
    p.add("RegionId", "cn-hangzhou");
    p.add("ResourceType", "VPC");
    p.add("MaxResults", 50);
    p.addList("ResourceId", List.of("vpc-1", "vpc-2"));
    p.add("Tag", Arrays.asList(new TagModel("env", "prod"), new TagModel("team", null)));
    Map<String, String> expected = new LinkedHashMap<>();
    io.sdkgen.runtime.auth.VectorsAccess.root()
        .get("flattening")
        .get("generatedModelExample")
        .get("output")
        .properties()
        .forEach(e -> expected.put(e.getKey(), e.getValue().asText()));
    assertThat(new TreeMap<>(p.params().toMap())).isEqualTo(new TreeMap<>(expected));
  }

  @Test
  void childPrefixesNamesAndReadsBack() {
    RequestParams p = RequestParams.create();
    RequestParams child = p.child("Config");
    child.add("Name", "x");
    assertThat(child.get("Name")).isEqualTo("x");
    assertThat(p.get("Config.Name")).isEqualTo("x");
    p.add("Map", Map.of("K", 1));
    assertThat(p.get("Map.K")).isEqualTo("1");
  }

  @Test
  void roaPartsAreKeptApart() {
    RequestParams p = RequestParams.create();
    p.path("InstanceId", "es-1").header("X-Acs-Foo", "bar").header("Empty", "").add("page", 1);
    p.body("{\"a\":1}");
    assertThat(p.pathParams().get("InstanceId")).isEqualTo("es-1");
    assertThat(p.headers().toMap()).containsExactly(Map.entry("x-acs-foo", "bar"));
    assertThat(p.params().toMap()).containsExactly(Map.entry("page", "1"));
    assertThat(new String(p.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":1}");
    assertThat(p.contentType()).isEqualTo("application/json; charset=utf-8");
  }

  record Group(String groupName, List<String> ips, List<Config> configs) implements RequestWriter {
    @Override
    public void writeTo(RequestParams params) {
      params.add("groupName", groupName);
      params.addList("ips", ips);
      for (int i = 0; i < configs.size(); i++) {
        configs.get(i).writeTo(params.child("configs." + (i + 1)));
      }
    }
  }

  private static String body(RequestParams p) {
    return new String(p.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void bodyFieldsMakeOneJsonObjectWithNestedObjectsAsObjects() {
    RequestParams p = RequestParams.create();
    p.add("clientToken", "t");
    p.bodyField("description", "my cluster")
        .bodyField("nodes", List.of("10.0.0.1", "10.0.0.2"))
        .bodyField("force", true)
        .bodyField("size", 3)
        .bodyField("unset", null)
        .bodyField(
            "whiteIpGroup",
            new Group(
                "default",
                List.of("0.0.0.0/0"),
                List.of(new Config("a", List.of(1, 2)), new Config("b", List.of()))))
        .bodyField("filters", List.of(new Filter("k", List.of("v"))));
    assertThat(body(p))
        .isEqualTo(
            "{\"description\":\"my cluster\",\"nodes\":[\"10.0.0.1\",\"10.0.0.2\"],"
                + "\"force\":true,\"size\":3,"
                + "\"whiteIpGroup\":{\"groupName\":\"default\",\"ips\":[\"0.0.0.0/0\"],"
                + "\"configs\":[{\"Name\":\"a\",\"Ports\":[1,2]},{\"Name\":\"b\"}]},"
                + "\"filters\":[{\"Key\":\"k\",\"Value\":[\"v\"]}]}");
    assertThat(p.contentType()).isEqualTo("application/json; charset=utf-8");
    // The query keeps only what was added to it; the body's objects never flatten into it.
    assertThat(p.params().toMap()).containsExactly(Map.entry("clientToken", "t"));
  }

  @Test
  void aWholeBodyValueAndNoBodyAtAll() {
    RequestParams list = RequestParams.create().bodyValue(List.of("plugin-a", "plugin-b"));
    assertThat(body(list)).isEqualTo("[\"plugin-a\",\"plugin-b\"]");
    RequestParams objects =
        RequestParams.create().bodyValue(List.of(new Filter("k", List.of("v1", "v2"))));
    assertThat(body(objects)).isEqualTo("[{\"Key\":\"k\",\"Value\":[\"v1\",\"v2\"]}]");
    RequestParams none = RequestParams.create().bodyField("a", null).bodyValue(null);
    assertThat(none.body()).isNull();
    assertThat(none.contentType()).isNull();
  }
}

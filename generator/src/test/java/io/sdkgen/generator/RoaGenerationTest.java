package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ROA product generated, compiled and called against a real HTTP server on 127.0.0.1: each
 * parameter goes where its page puts it (path, query, JSON body fields, structures as JSON
 * objects), a page that shows its body only as an example takes the body as JSON text, a body field
 * spelled as a path parameter is named by its place ({@code bodyInstanceId}), and the requests are
 * signed with V3.
 */
class RoaGenerationTest {

  private static final String LINK =
      "[OpenAPI Explorer](https://api.aliyun.com/#product=elasticsearch&api=%s&type=ROA"
          + "&version=2017-06-13)";

  private static final String UPDATE_WHITE_IPS =
      """
      # UpdateWhiteIps

      Updates the IP address whitelists of an instance.

      %s

      ## Request syntax

      ```
      PATCH|POST /openapi/instances/[InstanceId]/white-ips HTTP/1.1
      ```

      ## Request parameters

      |Parameter|Type|Position|Required|Example|Description|
      |---------|----|--------|--------|-------|-----------|
      |InstanceId|String|Path|Yes|es-cn-1|The ID of the instance.|
      |clientToken|String|Query|No|5A2CFF0E|Makes the request idempotent.|
      |modifyMode|String|Body|No|Cover|How to modify: Cover, Append or Delete.|
      |instanceId|String|Body|No|es-cn-2|The ID of the instance to copy the whitelist from.|
      |esIPWhitelist|List<String\\>|Body|No|["10.0.0.1"]|The whitelist.|
      |whiteIpGroup|Struct|Body|No|{"groupName": "g"}|A whitelist group.|
      |groupName|String| |No|default|The name of the group.|
      |ips|List<String\\>| |No|["0.0.0.0"]|The addresses of the group.|

      ## Response parameters

      |Parameter|Type|Example|Description|
      |---------|----|-------|-----------|
      |RequestId|String|R-1|The ID of the request.|
      |Result|Struct| |The instance.|
      |instanceId|String|es-cn-1|The ID of the instance.|
      |status|String|active|The state of the instance.|

      ## Examples

      `JSON` format

      ```
      {"RequestId": "R-1", "Result": {"instanceId": "es-cn-1", "status": "active"}}
      ```
      """
          .formatted(LINK.formatted("UpdateWhiteIps"));

  private static final String ACTIVATE_ZONES =
      """
      # ActivateZones

      Restores the zones of a multi-zone instance.

      %s

      ## Request syntax

      ```
      POST /openapi/instances/[InstanceId]/actions/recover-zones HTTP/1.1
      ```

      ## Request parameters

      |Parameter|Type|Position|Required|Example|Description|
      |---------|----|--------|--------|-------|-----------|
      |InstanceId|String|Path|Yes|es-cn-1|The ID of the instance.|

      ## RequestBody

      The zones to restore, as in `["cn-hangzhou-i","cn-hangzhou-h"]`.

      ## Response parameters

      |Parameter|Type|Example|Description|
      |---------|----|-------|-----------|
      |RequestId|String|R-2|The ID of the request.|
      |Result|Boolean|true|Whether it worked.|
      """
          .formatted(LINK.formatted("ActivateZones"));

  private static final String LIST_INSTANCES =
      """
      # ListInstances

      Lists instances.

      %s

      ## Request syntax

      ```
      GET /openapi/instances HTTP/1.1
      ```

      ## Request parameters

      |Parameter|Type|Position|Required|Example|Description|
      |---------|----|--------|--------|-------|-----------|
      |page|Integer|Query|No|1|The page.|
      |description|String|Query|No|my es|A name to match.|

      ## Response parameters

      |Parameter|Type|Example|Description|
      |---------|----|-------|-----------|
      |RequestId|String|R-3|The ID of the request.|
      """
          .formatted(LINK.formatted("ListInstances"));

  private static final String DRIVER =
      """
      package com.example.es;
      import io.sdkgen.runtime.auth.Credentials;
      import io.sdkgen.runtime.auth.StaticCredentialsProvider;
      import java.net.URI;
      import java.util.List;
      public final class Driver {
        private Driver() {}
        public static String run(String endpoint) {
          try (ElasticsearchClient client = ElasticsearchClient.builder()
              .endpoint(URI.create(endpoint))
              .region("cn-hangzhou")
              .credentials(new StaticCredentialsProvider(Credentials.of("AKID", "secret")))
              .build()) {
            UpdateWhiteIpsResponse updated = client.updateWhiteIps(UpdateWhiteIpsRequest.builder()
                .instanceId("es cn/1")
                .modifyMode("Cover")
                .bodyInstanceId("es-cn-2")
                .esIPWhitelist(List.of("10.0.0.1", "10.0.0.2"))
                .whiteIpGroup(UpdateWhiteIpsRequest.WhiteIpGroup.builder()
                    .groupName("default").ips(List.of("0.0.0.0/0")).build())
                .build());
            ActivateZonesResponse activated = client.activateZones(ActivateZonesRequest.builder()
                .instanceId("es-cn-1").requestBody("[\\"cn-hangzhou-i\\"]").build());
            ListInstancesResponse listed = client.listInstances(
                ListInstancesRequest.builder().page(2).description("my es").build());
            return missingPath() + "\\n" + updated.requestId() + ","
                + updated.result().instanceId() + "," + updated.result().status() + ";"
                + activated.requestId() + "," + activated.result() + ";" + listed.requestId();
          }
        }
        static String missingPath() {
          try {
            ActivateZonesRequest.builder().build();
            return "built";
          } catch (IllegalStateException e) {
            return e.getMessage();
          }
        }
      }
      """;

  @TempDir Path temp;
  private HttpServer server;
  private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws java.io.IOException {
    Map<String, String> request = new TreeMap<>();
    request.put("method", exchange.getRequestMethod());
    request.put("path", exchange.getRequestURI().getRawPath());
    request.put("query", String.valueOf(exchange.getRequestURI().getRawQuery()));
    request.put(
        "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    request.put(
        "content-type", String.valueOf(exchange.getRequestHeaders().getFirst("content-type")));
    request.put("x-acs-action", exchange.getRequestHeaders().getFirst("x-acs-action"));
    request.put("x-acs-version", exchange.getRequestHeaders().getFirst("x-acs-version"));
    request.put(
        "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("authorization")));
    seen.add(request);
    String answer =
        switch (request.get("x-acs-action")) {
          case "UpdateWhiteIps" ->
              "{\"RequestId\":\"R-1\",\"Result\":{\"instanceId\":\"es-cn-1\",\"status\":\"active\"}}";
          case "ActivateZones" -> "{\"RequestId\":\"R-2\",\"Result\":true}";
          default -> "{\"RequestId\":\"R-3\"}";
        };
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("content-type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Test
  void roaCallsPutEachParameterWhereItsPageSays() throws Exception {
    Path docs = Files.createDirectories(temp.resolve("docs"));
    Files.writeString(docs.resolve("UpdateWhiteIps.md"), UPDATE_WHITE_IPS);
    Files.writeString(docs.resolve("ActivateZones.md"), ACTIVATE_ZONES);
    Files.writeString(docs.resolve("ListInstances.md"), LIST_INSTANCES);
    GenerationResult result =
        new SdkGenerator(
                GeneratorOptions.builder().docs(docs).packageName("com.example.es").build())
            .generate();
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    assertThat(result.operations()).isEqualTo(3);
    assertThat(Compilation.compile(result.files(), Compilation.STRICT)).isEmpty();

    String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
    Path classes = Files.createDirectories(temp.resolve("classes"));
    Object called;
    try {
      called =
          Compilation.compileAndRun(
              result.files(), "com.example.es.Driver", DRIVER, classes, "run", endpoint);
    } catch (InvocationTargetException e) {
      throw new AssertionError("call failed; server saw " + seen, e.getCause());
    }
    assertThat(called)
        .isEqualTo(
            "Missing required parameters of ActivateZones: InstanceId\n"
                + "R-1,es-cn-1,active;R-2,true;R-3");

    assertThat(seen).hasSize(3);
    Map<String, String> update = seen.get(0);
    // POST where the page allows PATCH|POST, as the official SDKs send it; the path parameter
    // percent-encoded; the empty clientToken filled with a fresh UUID.
    assertThat(update.get("method")).isEqualTo("POST");
    assertThat(update.get("path")).isEqualTo("/openapi/instances/es%20cn%2F1/white-ips");
    assertThat(update.get("query")).matches("clientToken=[0-9a-f-]{36}");
    assertThat(update.get("content-type")).startsWith("application/json");
    assertThat(update.get("body"))
        .isEqualTo(
            "{\"modifyMode\":\"Cover\",\"instanceId\":\"es-cn-2\",\"esIPWhitelist\":[\"10.0.0.1\",\"10.0.0.2\"],"
                + "\"whiteIpGroup\":{\"groupName\":\"default\",\"ips\":[\"0.0.0.0/0\"]}}");
    assertThat(update.get("x-acs-version")).isEqualTo("2017-06-13");
    assertThat(update.get("authorization"))
        .startsWith("ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=")
        .doesNotContain("secret");

    Map<String, String> activate = seen.get(1);
    assertThat(activate.get("path")).isEqualTo("/openapi/instances/es-cn-1/actions/recover-zones");
    assertThat(activate.get("body")).isEqualTo("[\"cn-hangzhou-i\"]");

    Map<String, String> list = seen.get(2);
    assertThat(list.get("method")).isEqualTo("GET");
    assertThat(list.get("path")).isEqualTo("/openapi/instances");
    assertThat(list.get("query")).isEqualTo("page=2&description=my%20es");
    assertThat(list.get("body")).isEmpty();
  }
}

package io.sdkgen.runtime;

import static io.sdkgen.runtime.Fixtures.CREATE_VPN_ROUTE_ENTRY;
import static io.sdkgen.runtime.Fixtures.DELETE_WITHOUT_TOKEN;
import static io.sdkgen.runtime.Fixtures.NOT_FOUND_JSON;
import static io.sdkgen.runtime.Fixtures.SUCCESS_JSON;
import static io.sdkgen.runtime.Fixtures.VPC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sdkgen.runtime.Fixtures.CreateVpnRouteEntryResponse;
import io.sdkgen.runtime.Fixtures.InvalidVpnGatewayInstanceIdNotFoundException;
import io.sdkgen.runtime.Fixtures.VpcException;
import io.sdkgen.runtime.TestServer.Received;
import io.sdkgen.runtime.TestServer.Reply;
import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import io.sdkgen.runtime.auth.V3Signer;
import io.sdkgen.runtime.http.Params;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End-to-end tests against a real HTTP server on 127.0.0.1; no transport mocks. */
class SdkClientHttpTest {
  static final String KEY_ID = "LTAI5tTestKeyId0001";
  static final String SECRET = "TopSecret/With+Special=Chars&x";
  static final String TOKEN = "CAIS-SessionToken-0123456789";

  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  ClientOptions.Builder options() {
    return ClientOptions.builder()
        .endpoint(server.url())
        .region("cn-hangzhou")
        .credentials(new StaticCredentialsProvider(Credentials.of(KEY_ID, SECRET)))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build());
  }

  @Test
  void v1PostSendsCommonParamsInQueryAndOperationParamsInFormSignedLikeTheOfficialSdk() {
    server.enqueue(Reply.json(200, SUCCESS_JSON));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      CreateVpnRouteEntryResponse response = Fixtures.create(client, null);
      assertThat(response.requestId()).isEqualTo("5BE6AEA4-347F-46A9-9808-B90A8A57E9E7");
      assertThat(response.createTime()).isEqualTo(1492753580000L);
      assertThat(response.weight()).isZero();
      assertThat(response.vpnInstanceId()).isEqualTo("vpn-1");
    }
    Received r = server.received().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/");
    Params query = r.query();
    Params form = r.form();
    assertThat(query.toMap().keySet())
        .containsExactlyInAnyOrder(
            "AccessKeyId",
            "Action",
            "Format",
            "SignatureMethod",
            "SignatureNonce",
            "SignatureVersion",
            "Timestamp",
            "Version",
            "Signature");
    assertThat(query.get("Action")).isEqualTo("CreateVpnRouteEntry");
    assertThat(query.get("Version")).isEqualTo("2016-04-28");
    assertThat(query.get("Format")).isEqualTo("JSON");
    assertThat(query.get("SignatureNonce")).matches("[0-9a-f]{32}");
    assertThat(query.get("Timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(form.get("Description")).isEqualTo("a b*c~d 中文");
    assertThat(form.get("RegionId")).isEqualTo("cn-hangzhou");
    assertThat(form.get("Tag.1.Key")).isEqualTo("env");
    assertThat(form.get("ClientToken"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(r.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(query.get("Signature"))
        .isEqualTo(Oracles.v1Signature("POST", r.allParams().toMap(), SECRET));
  }

  @Test
  void v3PutsEveryParameterInTheQueryWithAnEmptyBodyAndTheOracleAgreesOnAuthorization() {
    server.enqueue(Reply.json(200, SUCCESS_JSON));
    ClientOptions opts =
        options()
            .signatureVersion(SignatureVersion.V3)
            .credentials(new StaticCredentialsProvider(Credentials.of(KEY_ID, SECRET, TOKEN)))
            .build();
    try (SdkClient client = new SdkClient(VPC, opts)) {
      assertThat(Fixtures.create(client, "my-token").state()).isEqualTo("published");
    }
    Received r = server.received().get(0);
    assertThat(r.body()).isEmpty();
    assertThat(r.query().get("ClientToken")).isEqualTo("my-token");
    assertThat(r.query().get("Signature")).isNull();
    assertThat(r.query().get("Action")).isNull();
    assertThat(r.header("x-acs-action")).isEqualTo("CreateVpnRouteEntry");
    assertThat(r.header("x-acs-security-token")).isEqualTo(TOKEN);
    assertThat(r.header("accept")).isEqualTo("application/json");
    assertThat(r.header("x-acs-content-sha256")).isEqualTo(V3Signer.payloadHash(null));
    String expected =
        Oracles.v3Authorization(
            "POST",
            r.path(),
            r.query().toMap(),
            r.headers(),
            r.header("x-acs-content-sha256"),
            KEY_ID,
            SECRET);
    assertThat(r.header("authorization")).isEqualTo(expected);
  }

  @Test
  void roaRequestExpandsThePathSendsJsonBodyAndSignsWithV3() {
    server.enqueue(Reply.json(200, "{\"RequestId\":\"roa-1\",\"Result\":true}"));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      Boolean result =
          client.execute(
              Fixtures.ROA_RESTART,
              p -> {
                p.path("InstanceId", "es-cn/a b");
                p.add("force", true);
                p.header("x-acs-resource-group-id", "rg-1");
                p.body(Map.of("nodes", List.of("n1", "n2")));
              },
              n -> n.getBoolean("Result"));
      assertThat(result).isTrue();
    }
    Received r = server.received().get(0);
    assertThat(r.path()).isEqualTo("/openapi/instances/es-cn%2Fa%20b/actions/restart");
    assertThat(r.query().get("force")).isEqualTo("true");
    assertThat(r.bodyText()).isEqualTo("{\"nodes\":[\"n1\",\"n2\"]}");
    assertThat(r.header("content-type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.header("x-acs-content-sha256")).isEqualTo(V3Signer.payloadHash(r.body()));
    assertThat(r.header("authorization"))
        .isEqualTo(
            Oracles.v3Authorization(
                "POST",
                r.path(),
                r.query().toMap(),
                r.headers(),
                r.header("x-acs-content-sha256"),
                KEY_ID,
                SECRET));
  }

  @Test
  void getPutsEverythingInTheQuery() {
    server.enqueue(Reply.json(200, "{\"RequestId\":\"r\"}"));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      client.execute(
          Fixtures.DESCRIBE_VPN_ROUTE_ENTRIES,
          p -> p.add("VpnGatewayId", "vpn-1").add("Empty", "").add("Missing", (String) null),
          n -> n);
    }
    Received r = server.received().get(0);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.body()).isEmpty();
    assertThat(r.query().get("VpnGatewayId")).isEqualTo("vpn-1");
    assertThat(r.query().toMap()).doesNotContainKeys("Empty", "Missing");
    assertThat(r.query().get("Signature"))
        .isEqualTo(Oracles.v1Signature("GET", r.query().toMap(), SECRET));
  }

  @Test
  void documentedErrorCodeRaisesItsRegisteredSubclassWithAllDetails() {
    server.enqueue(Reply.json(404, NOT_FOUND_JSON));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(InvalidVpnGatewayInstanceIdNotFoundException.class)
          .hasMessage(
              "InvalidVpnGatewayInstanceId.NotFound (HTTP 404): The specified vpn gateway"
                  + " instance id does not exist. [RequestId:"
                  + " 0C5D7C2C-0000-4A5F-9D2F-3F1C9D5E0000]")
          .satisfies(
              e -> {
                ServiceException se = (ServiceException) e;
                assertThat(se.code()).isEqualTo("InvalidVpnGatewayInstanceId.NotFound");
                assertThat(se.httpStatus()).isEqualTo(404);
                assertThat(se.requestId()).isEqualTo("0C5D7C2C-0000-4A5F-9D2F-3F1C9D5E0000");
                assertThat(se.hostId()).isEqualTo("vpc.aliyuncs.com");
                assertThat(se.recommend()).isEqualTo("https://api.aliyun.com/troubleshoot?q=x");
                assertThat(se.errorMessage())
                    .isEqualTo("The specified vpn gateway instance id does not exist.");
              });
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void unknownCodeFallsBackToTheProductExceptionAndXmlErrorsParseToo() {
    server.enqueue(
        Reply.of(
            403,
            "text/xml;charset=utf-8",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>x-1</RequestId>"
                + "<HostId>vpc.aliyuncs.com</HostId><Code>Forbidden.RAM</Code>"
                + "<Message>denied</Message></Error>"));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isExactlyInstanceOf(VpcException.class)
          .hasMessage("Forbidden.RAM (HTTP 403): denied [RequestId: x-1]");
    }
  }

  @Test
  void throttledTwiceThenSucceedsWithOneClientTokenAndFreshNoncesAndSignatures() {
    server.enqueue(
        Reply.json(400, Fixtures.throttlingJson("t-1")),
        Reply.json(400, Fixtures.throttlingJson("t-2")),
        Reply.json(200, SUCCESS_JSON));
    List<Integer> attempts = new CopyOnWriteArrayList<>();
    List<Integer> calls = new CopyOnWriteArrayList<>();
    ClientOptions opts =
        options()
            .addInterceptor(
                chain -> {
                  calls.add(chain.attempt());
                  return chain.proceed(chain.request());
                })
            .addNetworkInterceptor(
                chain -> {
                  attempts.add(chain.attempt());
                  assertThat(chain.request().query().get("Signature")).isNotNull();
                  return chain.proceed(chain.request());
                })
            .build();
    try (SdkClient client = new SdkClient(VPC, opts)) {
      assertThat(Fixtures.create(client, null).requestId())
          .isEqualTo("5BE6AEA4-347F-46A9-9808-B90A8A57E9E7");
    }
    List<Received> received = server.received();
    assertThat(received).hasSize(3);
    assertThat(received.stream().map(r -> r.form().get("ClientToken")).collect(Collectors.toSet()))
        .hasSize(1)
        .doesNotContainNull();
    assertThat(
            received.stream().map(r -> r.query().get("SignatureNonce")).collect(Collectors.toSet()))
        .hasSize(3);
    assertThat(received.stream().map(r -> r.query().get("Signature")).collect(Collectors.toSet()))
        .hasSize(3);
    for (Received r : received) {
      assertThat(r.query().get("Signature"))
          .isEqualTo(Oracles.v1Signature("POST", r.allParams().toMap(), SECRET));
    }
    assertThat(calls).containsExactly(0);
    assertThat(attempts).containsExactly(1, 2, 3);
  }

  @Test
  void throttlingBeyondMaxAttemptsSurfacesTheLastError() {
    server.otherwise(r -> Reply.json(400, Fixtures.throttlingJson("t")));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(VpcException.class)
          .hasMessageStartingWith("Throttling.User (HTTP 400)");
    }
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void writeWithoutClientTokenIsNotRetriedOn503UnlessConfigured() {
    server.otherwise(r -> Reply.json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"m\"}"));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      assertThatThrownBy(() -> client.execute(DELETE_WITHOUT_TOKEN, null, n -> n))
          .isInstanceOf(ServiceException.class);
    }
    assertThat(server.requestCount()).isEqualTo(1);

    ClientOptions retrying =
        options()
            .retryPolicy(
                RetryPolicy.builder()
                    .baseDelay(Duration.ofMillis(1))
                    .retryNonIdempotent(true)
                    .build())
            .build();
    try (SdkClient client = new SdkClient(VPC, retrying)) {
      assertThatThrownBy(() -> client.execute(DELETE_WITHOUT_TOKEN, null, n -> n))
          .isInstanceOf(ServiceException.class);
    }
    assertThat(server.requestCount()).isEqualTo(4);
  }

  @Test
  void malformedJsonBodyIsAClearExceptionWithStatusAndSnippet() {
    server.enqueue(Reply.json(200, "{\"RequestId\": \"abc\", \"Vpn"));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("HTTP 200")
          .hasMessageContaining("not valid JSON")
          .hasMessageContaining("{\"RequestId\": \"abc\", \"Vpn");
    }
  }

  @Test
  void htmlErrorPageFromAProxyIsAClearExceptionWithABoundedSnippet() {
    String html =
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
            + "<h1>Bad Gateway</h1>"
            + "<p>".repeat(200)
            + "</body></html>";
    server.otherwise(r -> Reply.of(502, "text/html", html));
    try (SdkClient client = new SdkClient(VPC, options().retryPolicy(RetryPolicy.none()).build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("HTTP 502")
          .hasMessageContaining("<title>502 Bad Gateway</title>")
          .satisfies(
              e -> {
                UnreadableResponseException u = (UnreadableResponseException) e;
                assertThat(u.httpStatus()).isEqualTo(502);
                assertThat(u.snippet().length()).isLessThanOrEqualTo(203);
                assertThat(u.getMessage().length()).isLessThan(400);
              });
    }
  }

  @Test
  void htmlWithSuccessStatusIsNotMistakenForAResponse() {
    server.enqueue(Reply.of(200, "text/html; charset=utf-8", "<html><body>login</body></html>"));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("HTTP 200")
          .hasMessageContaining("text/html")
          .hasMessageContaining("login");
    }
  }

  @Test
  void emptyBodiesAreClearExceptions() {
    server.enqueue(Reply.json(200, ""), Reply.of(500, null, ""));
    try (SdkClient client = new SdkClient(VPC, options().retryPolicy(RetryPolicy.none()).build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("HTTP 200")
          .hasMessageContaining("empty body");
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("HTTP 500")
          .hasMessageContaining("empty body");
    }
  }

  @Test
  void slowServerHitsTheReadTimeoutAndTheMessageSaysSo() {
    server.otherwise(r -> Reply.json(200, SUCCESS_JSON).delayed(2_000));
    ClientOptions opts =
        options().readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build();
    long start = System.nanoTime();
    try (SdkClient client = new SdkClient(VPC, opts)) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(ReadTimeoutException.class)
          .hasMessageContaining("Read timeout of 300 ms")
          .hasMessageContaining(server.url())
          .satisfies(
              e ->
                  assertThat(((ReadTimeoutException) e).timeout())
                      .isEqualTo(Duration.ofMillis(300)));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  void unansweredConnectHitsTheConnectTimeoutAndTheMessageSaysSo() throws Exception {
    // A listening socket that never accepts, its queue filled: Linux drops further SYNs, so the
    // client's connect stays pending until its connect timeout.
    List<Socket> fillers = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      InetSocketAddress address =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort());
      try {
        for (int i = 0; i < 4; i++) {
          Socket filler = new Socket();
          fillers.add(filler);
          filler.connect(address, 200);
        }
      } catch (SocketTimeoutException e) {
        // The queue is full: the last connect was not answered. This is the state wanted.
      }
      Assumptions.assumeTrue(
          fillers.size() < 4 || !fillers.get(3).isConnected(),
          "this system answers connects beyond the listen queue");
      ClientOptions opts =
          options()
              .endpoint("http://127.0.0.1:" + silent.getLocalPort())
              .connectTimeout(Duration.ofMillis(300))
              .retryPolicy(RetryPolicy.none())
              .build();
      long start = System.nanoTime();
      try (SdkClient client = new SdkClient(VPC, opts)) {
        assertThatThrownBy(() -> Fixtures.create(client, null))
            .isInstanceOf(ConnectTimeoutException.class)
            .hasMessageContaining("Connect timeout of 300 ms")
            .hasMessageContaining("POST http://127.0.0.1:" + silent.getLocalPort() + "/")
            .satisfies(
                e ->
                    assertThat(((ConnectTimeoutException) e).timeout())
                        .isEqualTo(Duration.ofMillis(300)));
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));
    } finally {
      for (Socket filler : fillers) {
        filler.close();
      }
    }
  }

  @Test
  void readTimeoutsAreRetriedForOperationsWithAClientToken() {
    server.enqueue(Reply.json(200, SUCCESS_JSON).delayed(1_000), Reply.json(200, SUCCESS_JSON));
    ClientOptions opts = options().readTimeout(Duration.ofMillis(200)).build();
    try (SdkClient client = new SdkClient(VPC, opts)) {
      assertThat(Fixtures.create(client, null).vpnInstanceId()).isEqualTo("vpn-1");
    }
    List<Received> received = server.received();
    assertThat(received).hasSize(2);
    assertThat(received.get(0).form().get("ClientToken"))
        .isEqualTo(received.get(1).form().get("ClientToken"));
  }

  @Test
  void connectionRefusedIsATransportException() throws Exception {
    String url;
    try (TestServer closed = new TestServer()) {
      url = closed.url();
    }
    ClientOptions opts = options().endpoint(url).retryPolicy(RetryPolicy.none()).build();
    try (SdkClient client = new SdkClient(VPC, opts)) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining(url);
    }
  }

  @Test
  void asyncTwinRunsTheSamePipeline() throws Exception {
    server.enqueue(
        Reply.json(400, Fixtures.throttlingJson("t-1")),
        Reply.json(200, SUCCESS_JSON),
        Reply.json(404, NOT_FOUND_JSON));
    try (SdkClient client = new SdkClient(VPC, options().build())) {
      CompletableFuture<CreateVpnRouteEntryResponse> ok =
          client.executeAsync(
              CREATE_VPN_ROUTE_ENTRY,
              Fixtures.sampleRequest(null),
              CreateVpnRouteEntryResponse::read);
      assertThat(ok.get(10, TimeUnit.SECONDS).vpnInstanceId()).isEqualTo("vpn-1");
      CompletableFuture<CreateVpnRouteEntryResponse> failed =
          client.executeAsync(
              CREATE_VPN_ROUTE_ENTRY,
              Fixtures.sampleRequest(null),
              CreateVpnRouteEntryResponse::read);
      assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(InvalidVpnGatewayInstanceIdNotFoundException.class);
    }
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void xmlFormatIsRequestedAndMappedLikeJson() {
    server.enqueue(
        Reply.of(
            200,
            "text/xml;charset=utf-8",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CreateVpnRouteEntryResponse>"
                + "<RequestId>xml-1</RequestId><VpnInstanceId>vpn-x</VpnInstanceId>"
                + "<CreateTime>1492753580000</CreateTime><Weight>100</Weight>"
                + "</CreateVpnRouteEntryResponse>"));
    try (SdkClient client = new SdkClient(VPC, options().format(ResponseFormat.XML).build())) {
      CreateVpnRouteEntryResponse response = Fixtures.create(client, null);
      assertThat(response)
          .isEqualTo(new CreateVpnRouteEntryResponse("xml-1", "vpn-x", 1492753580000L, 100, null));
    }
    assertThat(server.received().get(0).query().get("Format")).isEqualTo("XML");
  }

  @Test
  void secretsNeverReachLogsToStringsOrExceptionMessages() {
    server.enqueue(Reply.json(200, SUCCESS_JSON), Reply.json(404, NOT_FOUND_JSON));
    List<String> lines = new CopyOnWriteArrayList<>();
    Credentials credentials = Credentials.of(KEY_ID, SECRET, TOKEN);
    ClientOptions opts =
        options()
            .credentials(new StaticCredentialsProvider(credentials))
            .addNetworkInterceptor(new LoggingInterceptor(lines::add))
            .build();
    String message;
    String clientText;
    try (SdkClient client = new SdkClient(VPC, opts)) {
      Fixtures.create(client, null);
      message =
          org.assertj.core.api.Assertions.catchThrowable(() -> Fixtures.create(client, null))
              .getMessage();
      clientText = client.toString() + client.prepare(CREATE_VPN_ROUTE_ENTRY, null);
    }
    String signature = server.received().get(0).query().get("Signature");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("Signature=██", "AccessKeyId=██", "SecurityToken=██");
    String all = String.join("\n", lines) + message + clientText + credentials + opts;
    for (String secret : Set.of(SECRET, TOKEN, KEY_ID, signature)) {
      assertThat(all).doesNotContain(secret);
    }
  }

  @Test
  void parametersCarryingTheCallersSecretsAreLoggedRedacted() {
    server.enqueue(Reply.json(200, SUCCESS_JSON));
    List<String> lines = new CopyOnWriteArrayList<>();
    ClientOptions opts =
        options().addNetworkInterceptor(new LoggingInterceptor(lines::add)).build();
    try (SdkClient client = new SdkClient(VPC, opts)) {
      client.execute(
          OperationInfo.rpc("CreateInstance", "POST", true),
          params ->
              params
                  .add("InstanceName", "web")
                  .add("Password", "Hunter2!")
                  .child("SystemDisk")
                  .add("Password", "Disk2!"),
          node -> node);
    }
    assertThat(lines.get(0))
        .contains("InstanceName=web", "Password=██", "SystemDisk.Password=██")
        .doesNotContain("Hunter2!")
        .doesNotContain("Disk2!");
  }
}

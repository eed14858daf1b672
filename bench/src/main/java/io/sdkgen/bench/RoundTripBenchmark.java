package io.sdkgen.bench;

import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.google.gson.JsonParser;
import io.sdkgen.bench.VpcFixture.CreateVpnRouteEntryResponse;
import io.sdkgen.runtime.RetryPolicy;
import io.sdkgen.runtime.SdkClient;
import io.sdkgen.runtime.SignatureVersion;
import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Build, sign, send and parse one {@code CreateVpnRouteEntry} over loopback HTTP/1.1, in requests
 * per second: sdkgen (V1, V3), a bare JDK {@link HttpClient} re-sending one pre-signed request, the
 * official V1 core client and the official Tea client, all against the same {@link LoopbackServer}
 * in this JVM. The thread counts live in the subclasses ({@link OneThread}, {@link
 * SixteenThreads}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public abstract class RoundTripBenchmark {

  /** The server and one instance of each client, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class Loopback {
    /** Headers the JDK client refuses to take from the caller. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

    LoopbackServer server;
    SdkClient sdkgenV1;
    SdkClient sdkgenV3;
    HttpClient bare;
    ExecutorService bareExecutor;
    HttpRequest bareRequest;
    DefaultAcsClient core;
    com.aliyun.vpc20160428.Client tea;
    RuntimeOptions teaRuntime;
    final LongAdder calls = new LongAdder();

    /** Starts the server, creates every client and checks each one gets a 200 and parses it. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      server = new LoopbackServer(VpcFixture.RESPONSE_BODY);
      String endpoint = "http://" + server.hostAndPort();
      // The default retry policy, as users get it: the JDK client (17.0.15) now and then fails a
      // pooled loopback connection with "connection closed locally"; the bare client retries too.
      sdkgenV1 = VpcFixture.sdkgenClient(endpoint, SignatureVersion.V1, RetryPolicy.defaults());
      sdkgenV3 = VpcFixture.sdkgenClient(endpoint, SignatureVersion.V3, RetryPolicy.defaults());

      // The bare baseline at its best: HTTP/1.1 (no h2c upgrade), pooled connections, re-sending
      // one request signed once by sdkgen, so the same bytes go out, and a direct executor, which
      // measured best on a quiet machine (docs/benchmarks.md; sdkgen's own client uses one too).
      // -Dsdkgen.bench.bareExecutor=cached|fixed2 tries a pool instead (cached: the JDK default).
      String executor = System.getProperty("sdkgen.bench.bareExecutor", "direct");
      bareExecutor =
          executor.equals("fixed2")
              ? Executors.newFixedThreadPool(2, daemon("bare-http-"))
              : Executors.newCachedThreadPool(daemon("bare-http-"));
      bare =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(executor.equals("direct") ? Runnable::run : bareExecutor)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      bareRequest = toHttpRequest(sdkgenV1.prepare(VpcFixture.CREATE_VPN_ROUTE_ENTRY, req()));

      DefaultProfile profile =
          DefaultProfile.getProfile(
              VpcFixture.REGION_ID, VpcFixture.ACCESS_KEY_ID, VpcFixture.ACCESS_KEY_SECRET);
      HttpClientConfig config = HttpClientConfig.getDefault();
      config.setMaxRequests(64);
      config.setMaxRequestsPerHost(64);
      config.setMaxIdleConnections(64);
      profile.setHttpClientConfig(config);
      core = new DefaultAcsClient(profile);

      tea =
          new com.aliyun.vpc20160428.Client(
              new com.aliyun.teaopenapi.models.Config()
                  .setAccessKeyId(VpcFixture.ACCESS_KEY_ID)
                  .setAccessKeySecret(VpcFixture.ACCESS_KEY_SECRET)
                  .setRegionId(VpcFixture.REGION_ID)
                  .setEndpoint(server.hostAndPort())
                  .setProtocol("http")
                  .setMaxIdleConns(64));
      teaRuntime = new RuntimeOptions().setMaxIdleConns(64).setAutoretry(false);

      VpcFixture.check("sdkgen V1", 200, call(sdkgenV1).requestId());
      VpcFixture.check("sdkgen V3", 200, call(sdkgenV3).requestId());
      HttpResponse<byte[]> bareResponse = bare(bare, bareRequest);
      VpcFixture.check(
          "bare HttpClient",
          bareResponse.statusCode(),
          JsonParser.parseString(new String(bareResponse.body(), StandardCharsets.UTF_8))
              .getAsJsonObject()
              .get("RequestId")
              .getAsString());
      CommonResponse coreResponse = core(core, server.hostAndPort());
      VpcFixture.check(
          "official V1 core", coreResponse.getHttpStatus(), coreRequestId(coreResponse));
      com.aliyuncs.vpc.model.v20160428.CreateVpnRouteEntryResponse coreTyped =
          coreTyped(core, server.hostAndPort());
      VpcFixture.check("official V1 core, typed", 200, coreTyped.getRequestId());
      if (!VpcFixture.NEXT_HOP.equals(coreTyped.getNextHop())
          || coreTyped.getCreateTime() == null) {
        throw new IllegalStateException("official V1 core, typed: fields not mapped");
      }
      com.aliyun.vpc20160428.models.CreateVpnRouteEntryResponse teaResponse = tea(tea, teaRuntime);
      VpcFixture.check(
          "official Tea", teaResponse.getStatusCode(), teaResponse.getBody().getRequestId());
    }

    /** Stops the server and the clients. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      // More requests than calls means attempts that failed and were retried.
      System.out.println(
          "\nloopback server answered "
              + server.requests()
              + " requests on "
              + server.connections()
              + " connections for "
              + calls.sum()
              + " timed calls (plus 5 sanity checks)");
      sdkgenV1.close();
      sdkgenV3.close();
      bareExecutor.shutdownNow();
      core.shutdown();
      server.close();
    }

    private static HttpRequest toHttpRequest(Request signed) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(signed.uri())
              .version(HttpClient.Version.HTTP_1_1)
              .timeout(Duration.ofSeconds(10));
      Params headers = signed.headers();
      for (int i = 0; i < headers.size(); i++) {
        if (!RESTRICTED.contains(headers.name(i))) {
          b.header(headers.name(i), headers.value(i));
        }
      }
      b.header("user-agent", "bench");
      b.header("content-type", "application/x-www-form-urlencoded");
      return b.POST(
              HttpRequest.BodyPublishers.ofByteArray(
                  signed.formBody().getBytes(StandardCharsets.UTF_8)))
          .build();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  static VpcFixture.CreateVpnRouteEntryRequest req() {
    return VpcFixture.request();
  }

  static CreateVpnRouteEntryResponse call(SdkClient client) {
    return client.execute(
        VpcFixture.CREATE_VPN_ROUTE_ENTRY, req(), CreateVpnRouteEntryResponse.READER);
  }

  static HttpResponse<byte[]> bare(HttpClient client, HttpRequest request) throws Exception {
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      // One retry, as the sdkgen client's default policy does for a transport error.
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return response;
  }

  static CommonResponse core(DefaultAcsClient client, String domain) throws Exception {
    CommonRequest r = new CommonRequest();
    r.setSysMethod(MethodType.POST);
    r.setSysDomain(domain);
    r.setSysProtocol(ProtocolType.HTTP);
    r.setSysVersion(VpcFixture.API_VERSION);
    r.setSysAction(VpcFixture.ACTION);
    r.putQueryParameter("RegionId", VpcFixture.REGION_ID);
    r.putQueryParameter("VpnGatewayId", VpcFixture.VPN_GATEWAY_ID);
    r.putQueryParameter("RouteDest", VpcFixture.ROUTE_DEST);
    r.putQueryParameter("NextHop", VpcFixture.NEXT_HOP);
    r.putQueryParameter("Weight", String.valueOf(VpcFixture.WEIGHT));
    r.putQueryParameter("PublishVpc", String.valueOf(VpcFixture.PUBLISH_VPC));
    r.putQueryParameter("ClientToken", VpcFixture.CLIENT_TOKEN);
    r.putQueryParameter("OverlayMode", VpcFixture.OVERLAY_MODE);
    return client.getCommonResponse(r);
  }

  /**
   * The official V1 core client as its VPC package ({@code aliyun-java-sdk-vpc}) is called: a typed
   * request, {@code getAcsResponse}, a typed response filled by its unmarshaller.
   */
  static com.aliyuncs.vpc.model.v20160428.CreateVpnRouteEntryResponse coreTyped(
      DefaultAcsClient client, String domain) throws Exception {
    com.aliyuncs.vpc.model.v20160428.CreateVpnRouteEntryRequest r =
        new com.aliyuncs.vpc.model.v20160428.CreateVpnRouteEntryRequest();
    r.setSysEndpoint(domain);
    r.setSysProtocol(ProtocolType.HTTP);
    r.setSysMethod(MethodType.POST);
    r.setSysRegionId(VpcFixture.REGION_ID);
    r.setVpnGatewayId(VpcFixture.VPN_GATEWAY_ID);
    r.setRouteDest(VpcFixture.ROUTE_DEST);
    r.setNextHop(VpcFixture.NEXT_HOP);
    r.setWeight(VpcFixture.WEIGHT);
    r.setPublishVpc(VpcFixture.PUBLISH_VPC);
    r.setClientToken(VpcFixture.CLIENT_TOKEN);
    r.setOverlayMode(VpcFixture.OVERLAY_MODE);
    return client.getAcsResponse(r);
  }

  /** The core client hands back the body as text; parse it as a caller of it must. */
  static String coreRequestId(CommonResponse response) {
    return JsonParser.parseString(response.getData())
        .getAsJsonObject()
        .get("RequestId")
        .getAsString();
  }

  static com.aliyun.vpc20160428.models.CreateVpnRouteEntryResponse tea(
      com.aliyun.vpc20160428.Client client, RuntimeOptions runtime) throws Exception {
    return client.createVpnRouteEntryWithOptions(
        new com.aliyun.vpc20160428.models.CreateVpnRouteEntryRequest()
            .setRegionId(VpcFixture.REGION_ID)
            .setVpnGatewayId(VpcFixture.VPN_GATEWAY_ID)
            .setRouteDest(VpcFixture.ROUTE_DEST)
            .setNextHop(VpcFixture.NEXT_HOP)
            .setWeight(VpcFixture.WEIGHT)
            .setPublishVpc(VpcFixture.PUBLISH_VPC)
            .setClientToken(VpcFixture.CLIENT_TOKEN)
            .setOverlayMode(VpcFixture.OVERLAY_MODE),
        runtime);
  }

  /** sdkgen, signature V1: {@link SdkClient#execute} into the typed response. */
  @Benchmark
  public CreateVpnRouteEntryResponse sdkgenV1(Loopback s) {
    s.calls.increment();
    return call(s.sdkgenV1);
  }

  /** sdkgen, signature V3: {@link SdkClient#execute} into the typed response. */
  @Benchmark
  public CreateVpnRouteEntryResponse sdkgenV3(Loopback s) {
    s.calls.increment();
    return call(s.sdkgenV3);
  }

  /** Bare, tuned JDK HttpClient re-sending one pre-signed request; body read, not parsed. */
  @Benchmark
  public byte[] bareHttpClient(Loopback s) throws Exception {
    s.calls.increment();
    return bare(s.bare, s.bareRequest).body();
  }

  /** Official V1 core client: {@code DefaultAcsClient.getCommonResponse}, body parsed (Gson). */
  @Benchmark
  public String officialCoreV1(Loopback s) throws Exception {
    s.calls.increment();
    return coreRequestId(core(s.core, s.server.hostAndPort()));
  }

  /**
   * Official V1 core client, typed: {@code aliyun-java-sdk-vpc}'s request and response through
   * {@code DefaultAcsClient.getAcsResponse}, as a caller of its VPC package writes it.
   */
  @Benchmark
  public com.aliyuncs.vpc.model.v20160428.CreateVpnRouteEntryResponse officialCoreV1Typed(
      Loopback s) throws Exception {
    s.calls.increment();
    return coreTyped(s.core, s.server.hostAndPort());
  }

  /** Official Tea client {@code vpc20160428}: {@code createVpnRouteEntryWithOptions}. */
  @Benchmark
  public String officialTea(Loopback s) throws Exception {
    s.calls.increment();
    return tea(s.tea, s.teaRuntime).getBody().getRequestId();
  }

  /** One caller thread. */
  @org.openjdk.jmh.annotations.Threads(1)
  public static class OneThread extends RoundTripBenchmark {}

  /**
   * Sixteen caller threads sharing each client. They warm up for 75 s: the official V1 core client
   * runs at ~11k calls a second for its first 45 s and only reaches its steady ~25k after 60-70 s
   * (sdkgen and the bare client within 15 s, Tea within 40 s; docs/benchmarks.md), and a shorter
   * warmup measured it at less than half its speed. The JIT compiler is what it waits for: with
   * sixteen callers on two cores its compiler threads get little CPU ({@link WarmupCurve}).
   */
  @org.openjdk.jmh.annotations.Threads(16)
  @Warmup(iterations = 25, time = 3)
  public static class SixteenThreads extends RoundTripBenchmark {}
}

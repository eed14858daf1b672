package io.sdkgen.bench;

import static io.sdkgen.bench.VpcFixture.ACCESS_KEY_ID;
import static io.sdkgen.bench.VpcFixture.ACCESS_KEY_SECRET;
import static io.sdkgen.bench.VpcFixture.ACTION;
import static io.sdkgen.bench.VpcFixture.API_VERSION;

import com.aliyun.tea.TeaRequest;
import com.aliyun.teautil.Common;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.auth.BasicCredentials;
import com.aliyuncs.auth.Signer;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.regions.ProductDomain;
import io.sdkgen.runtime.SdkClient;
import io.sdkgen.runtime.SignatureVersion;
import io.sdkgen.runtime.http.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Builds and signs one {@code CreateVpnRouteEntry} request (eight parameters), without sending it:
 * sdkgen with V1 and V3 beside the official V1 core client and the steps the official Tea client
 * runs for V1 and V3. Each op starts from the caller's request object and ends with what goes on
 * the wire. Run with {@code -prof gc} for bytes per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class SignBenchmark {
  private static final String DOMAIN = "127.0.0.1:8080";

  private SdkClient v1;
  private SdkClient v3;
  private BasicCredentials coreCredentials;
  private Signer coreSigner;
  private ProductDomain coreDomain;

  /** Creates the clients; nothing is sent, so the endpoint need not answer. */
  @Setup
  public void setUp() {
    v1 = VpcFixture.sdkgenClient("http://" + DOMAIN, SignatureVersion.V1);
    v3 = VpcFixture.sdkgenClient("http://" + DOMAIN, SignatureVersion.V3);
    coreCredentials = new BasicCredentials(ACCESS_KEY_ID, ACCESS_KEY_SECRET);
    coreSigner = Signer.getSigner(coreCredentials);
    coreDomain = new ProductDomain("Vpc", DOMAIN);
  }

  /** Closes the sdkgen clients. */
  @TearDown
  public void tearDown() {
    v1.close();
    v3.close();
  }

  /** sdkgen V1: {@link SdkClient#prepare} (parameters, common parameters, sorted, HMAC-SHA1). */
  @Benchmark
  public Request sdkgenV1() {
    return v1.prepare(VpcFixture.CREATE_VPN_ROUTE_ENTRY, VpcFixture.request());
  }

  /** sdkgen V3: {@link SdkClient#prepare} (canonical request, SHA-256, HMAC-SHA256). */
  @Benchmark
  public Request sdkgenV3() {
    return v3.prepare(VpcFixture.CREATE_VPN_ROUTE_ENTRY, VpcFixture.request());
  }

  /** sdkgen V1 plus the wire form the send step renders: the URI and the form body. */
  @Benchmark
  public void sdkgenV1Wire(Blackhole bh) {
    Request signed = v1.prepare(VpcFixture.CREATE_VPN_ROUTE_ENTRY, VpcFixture.request());
    bh.consume(signed.uri());
    bh.consume(signed.formBodyBytes());
  }

  /** sdkgen V3 plus the wire form the send step renders: the URI. */
  @Benchmark
  public void sdkgenV3Wire(Blackhole bh) {
    Request signed = v3.prepare(VpcFixture.CREATE_VPN_ROUTE_ENTRY, VpcFixture.request());
    bh.consume(signed.uri());
  }

  /**
   * Official V1 core ({@code aliyun-java-sdk-core}): a {@link CommonRequest} as a caller fills it,
   * {@code buildRequest()}, then {@code signRequest} (what {@code DefaultAcsClient} calls), which
   * returns the signed URL.
   */
  @Benchmark
  public String officialCoreV1() throws Exception {
    CommonRequest r = new CommonRequest();
    r.setSysMethod(MethodType.POST);
    r.setSysDomain(DOMAIN);
    r.setSysProtocol(ProtocolType.HTTP);
    r.setSysVersion(API_VERSION);
    r.setSysAction(ACTION);
    r.putQueryParameter("RegionId", VpcFixture.REGION_ID);
    r.putQueryParameter("VpnGatewayId", VpcFixture.VPN_GATEWAY_ID);
    r.putQueryParameter("RouteDest", VpcFixture.ROUTE_DEST);
    r.putQueryParameter("NextHop", VpcFixture.NEXT_HOP);
    r.putQueryParameter("Weight", String.valueOf(VpcFixture.WEIGHT));
    r.putQueryParameter("PublishVpc", String.valueOf(VpcFixture.PUBLISH_VPC));
    r.putQueryParameter("ClientToken", VpcFixture.CLIENT_TOKEN);
    r.putQueryParameter("OverlayMode", VpcFixture.OVERLAY_MODE);
    AcsRequest<?> acs = r.buildRequest();
    return acs.signRequest(coreSigner, coreCredentials, FormatType.JSON, coreDomain).getSysUrl();
  }

  /**
   * Official Tea client, V1 (its "v2" RPC signature): the steps of {@code tea-openapi}'s {@code
   * doRPCRequest}, rebuilt with the same library calls: request model to map, {@code
   * openapiutil.query}, common parameters, {@code getRPCSignature}, then the URL.
   */
  @Benchmark
  public String officialTeaV1() throws Exception {
    Map<String, String> query = new HashMap<>();
    query.put("Action", ACTION);
    query.put("Format", "json");
    query.put("Version", API_VERSION);
    query.put("Timestamp", com.aliyun.openapiutil.Client.getTimestamp());
    query.put("SignatureNonce", Common.getNonce());
    query.putAll(com.aliyun.openapiutil.Client.query(teaRequestMap()));
    Map<String, String> headers = teaHeaders();
    query.put("SignatureMethod", "HMAC-SHA1");
    query.put("SignatureVersion", "1.0");
    query.put("AccessKeyId", ACCESS_KEY_ID);
    Map<String, String> signed = new HashMap<>(query);
    query.put(
        "Signature",
        com.aliyun.openapiutil.Client.getRPCSignature(signed, "POST", ACCESS_KEY_SECRET));
    TeaRequest r = new TeaRequest();
    r.protocol = "http";
    r.method = "POST";
    r.pathname = "/";
    r.query = query;
    r.headers = headers;
    return teaUrl(r);
  }

  /**
   * Official Tea client, V3 (its default {@code ACS3-HMAC-SHA256}): the steps of {@code
   * tea-openapi}'s V3 request, rebuilt with the same library calls: request model to map, {@code
   * openapiutil.query}, headers with date and nonce, body hash, {@code getAuthorization}, then the
   * URL.
   */
  @Benchmark
  public String officialTeaV3() throws Exception {
    TeaRequest r = new TeaRequest();
    r.protocol = "http";
    r.method = "POST";
    r.pathname = "/";
    r.query = com.aliyun.openapiutil.Client.query(teaRequestMap());
    Map<String, String> headers = teaHeaders();
    headers.put("x-acs-date", com.aliyun.openapiutil.Client.getTimestamp());
    headers.put("x-acs-signature-nonce", Common.getNonce());
    headers.put("accept", "application/json");
    String payloadHash =
        com.aliyun.openapiutil.Client.hexEncode(
            com.aliyun.openapiutil.Client.hash(Common.toBytes(""), "ACS3-HMAC-SHA256"));
    headers.put("x-acs-content-sha256", payloadHash);
    r.headers = headers;
    headers.put(
        "Authorization",
        com.aliyun.openapiutil.Client.getAuthorization(
            r, "ACS3-HMAC-SHA256", payloadHash, ACCESS_KEY_ID, ACCESS_KEY_SECRET));
    return teaUrl(r);
  }

  /** The generated Tea client's request model and its {@code Map.put} per set field. */
  private static Map<String, Object> teaRequestMap() {
    com.aliyun.vpc20160428.models.CreateVpnRouteEntryRequest request =
        new com.aliyun.vpc20160428.models.CreateVpnRouteEntryRequest()
            .setRegionId(VpcFixture.REGION_ID)
            .setVpnGatewayId(VpcFixture.VPN_GATEWAY_ID)
            .setRouteDest(VpcFixture.ROUTE_DEST)
            .setNextHop(VpcFixture.NEXT_HOP)
            .setWeight(VpcFixture.WEIGHT)
            .setPublishVpc(VpcFixture.PUBLISH_VPC)
            .setClientToken(VpcFixture.CLIENT_TOKEN)
            .setOverlayMode(VpcFixture.OVERLAY_MODE);
    Common.validateModel(request);
    Map<String, Object> query = new HashMap<>();
    query.put("ClientToken", request.getClientToken());
    query.put("NextHop", request.getNextHop());
    query.put("OverlayMode", request.getOverlayMode());
    query.put("PublishVpc", request.getPublishVpc());
    query.put("RegionId", request.getRegionId());
    query.put("RouteDest", request.getRouteDest());
    query.put("VpnGatewayId", request.getVpnGatewayId());
    query.put("Weight", request.getWeight());
    return query;
  }

  private static Map<String, String> teaHeaders() {
    Map<String, String> headers = new HashMap<>();
    headers.put("host", DOMAIN);
    headers.put("x-acs-version", API_VERSION);
    headers.put("x-acs-action", ACTION);
    headers.put("user-agent", Common.getUserAgent(""));
    return headers;
  }

  /** The URL as Tea's transport composes it: URLEncoder per name and value. */
  private static String teaUrl(TeaRequest r) {
    StringBuilder url = new StringBuilder(256);
    url.append(r.protocol).append("://").append(DOMAIN).append(r.pathname).append('?');
    boolean first = true;
    for (Map.Entry<String, String> e : r.query.entrySet()) {
      if (!first) {
        url.append('&');
      }
      first = false;
      url.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return url.toString();
  }
}

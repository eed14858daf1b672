package io.sdkgen.emulator;

import static io.sdkgen.emulator.Requests.ID;
import static io.sdkgen.emulator.Requests.SECRET;
import static io.sdkgen.emulator.Requests.createParams;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
  private static Emulator emulator;
  private static URI endpoint;

  @BeforeAll
  static void start() {
    emulator =
        Emulator.builder()
            .products(List.of(SeedProducts.vpc()))
            .accessKey(ID, SECRET)
            .accessKey("second-id", "second-secret")
            .maxRequestBytes(16 * 1024)
            .requestLog(LOG::add)
            .build()
            .start();
    endpoint = emulator.endpoint();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  static void assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .hasValue("application/json;charset=utf-8");
    JsonNode body = json(response);
    assertThat(body.path("Code").asText()).as(response.body()).isEqualTo(code);
    assertThat(body.path("RequestId").asText()).matches("[0-9A-F-]{36}");
    assertThat(body.path("HostId").asText()).isNotEmpty();
    assertThat(body.path("Recommend").asText()).contains(code);
  }

  @Test
  void endpointIsLoopbackWithEphemeralPort() {
    assertThat(endpoint.toString()).startsWith("http://127.0.0.1:");
    assertThat(emulator.port()).isPositive();
    assertThat(emulator.operationCount()).isEqualTo(2);
  }

  @Test
  void successAnswersJsonExampleWithFreshRequestId() {
    HttpResponse<String> first = Requests.v1Get(endpoint, createParams());
    HttpResponse<String> second = Requests.v1Get(endpoint, createParams());

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("content-type"))
        .hasValue("application/json;charset=utf-8");
    JsonNode body = json(first);
    assertThat(body.path("RouteDest").asText()).isEqualTo("10.0.0.0/24");
    assertThat(body.path("CreateTime").asLong()).isEqualTo(1563873294331L);
    assertThat(body.path("RequestId").asText())
        .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")
        .isNotEqualTo("CB2793A8-845F-444C-8E93-76F1BBDF9C78")
        .isNotEqualTo(json(second).path("RequestId").asText());
    assertThat(first.headers().firstValue("x-acs-request-id"))
        .hasValue(body.path("RequestId").asText());
  }

  @Test
  void formatXmlAnswersXmlExampleWithFreshRequestId() {
    Map<String, String> params = createParams();
    params.put("Format", "XML");

    HttpResponse<String> response = Requests.v1Get(endpoint, params);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("text/xml;charset=utf-8");
    assertThat(response.body())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<CreateVpnRouteEntryResponse>", "<State>published</State>")
        .doesNotContain("EE4C2417-9437-4333-BDEB-8493F7AA7258")
        .containsPattern("<RequestId>[0-9A-F-]{36}</RequestId>");
  }

  @Test
  void formatXmlWithoutXmlExampleConvertsJsonExample() {
    Map<String, String> params = publishParams();
    params.put("Format", "xml");

    HttpResponse<String> response = Requests.v1Get(endpoint, params);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<PublishVpnRouteEntryResponse>")
        .containsPattern("<RequestId>[0-9A-F-]{36}</RequestId>");
  }

  @Test
  void postWithFormBodyIsVerifiedOverQueryAndBodyTogether() {
    HttpResponse<String> response = Requests.v1Post(endpoint, createParams());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void v3WithoutFormatAnswersJson() {
    Map<String, String> query = createParams();
    query.keySet().removeAll(List.of("Action", "Version", "Format"));

    HttpResponse<String> response = Requests.v3(endpoint, "CreateVpnRouteEntry", query);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("State").asText()).isEqualTo("published");
  }

  @Test
  void v1SignatureOverEmptyValuesIsAcceptedEitherWay() {
    Map<String, String> params = createParams();
    params.put("Description", "");
    // openapiutil leaves the empty value out of the signature ...
    assertThat(Requests.v1Get(endpoint, params).statusCode()).isEqualTo(200);

    // ... the V1 core keeps it as "Description=".
    Map<String, String> signed = new java.util.TreeMap<>(params);
    signed.put("AccessKeyId", ID);
    signed.put("SignatureMethod", "HMAC-SHA1");
    signed.put("SignatureVersion", "1.0");
    signed.put("SignatureNonce", java.util.UUID.randomUUID().toString());
    signed.put(
        "Timestamp",
        java.time.format.DateTimeFormatter.ISO_INSTANT.format(
            java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    var composer = com.aliyuncs.auth.RpcSignatureComposer.getComposer();
    String stringToSign =
        composer.composeStringToSign(
            com.aliyuncs.http.MethodType.GET, null, null, signed, null, null);
    signed.put(
        "Signature",
        new com.aliyuncs.auth.signers.HmacSHA1Signer().signString(stringToSign, SECRET + "&"));
    assertThat(Requests.getSigned(endpoint, signed).statusCode()).isEqualTo(200);
  }

  @Test
  void missingRequiredParameterIsNamed() {
    Map<String, String> params = createParams();
    params.remove("VpnGatewayId");

    HttpResponse<String> response = Requests.v1Get(endpoint, params);

    assertError(response, 400, "MissingParameter");
    assertThat(json(response).path("Message").asText())
        .isEqualTo(
            "The input parameter \"VpnGatewayId\" that is mandatory for processing this request"
                + " is not supplied.");
  }

  @Test
  void valueOfWrongTypeNamesParameterAndValue() {
    Map<String, String> params = createParams();
    params.put("Weight", "heavy");

    HttpResponse<String> response = Requests.v1Get(endpoint, params);

    assertError(response, 400, "InvalidParameter");
    assertThat(json(response).path("Message").asText()).contains("\"Weight\"", "\"heavy\"");
  }

  @Test
  void valueOutsideSetNamesAllowedValues() {
    Map<String, String> params = publishParams();
    params.put("RouteType", "static");

    HttpResponse<String> response = Requests.v1Get(endpoint, params);

    assertError(response, 400, "InvalidParameter");
    assertThat(json(response).path("Message").asText()).contains("\"RouteType\"", "pbr, dbr");
  }

  @Test
  void valueInSetIsAcceptedInAnyCase() {
    Map<String, String> params = publishParams();
    params.put("RouteType", "PBR");

    assertThat(Requests.v1Get(endpoint, params).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownActionIsNotFound() {
    Map<String, String> params = createParams();
    params.put("Action", "CreateVpnRouteEntries");

    assertError(Requests.v1Get(endpoint, params), 404, "InvalidAction.NotFound");
  }

  @Test
  void wrongVersionIsInvalidVersion() {
    Map<String, String> params = createParams();
    params.put("Version", "2014-05-26");

    HttpResponse<String> response = Requests.v1Get(endpoint, params);

    assertError(response, 400, "InvalidVersion");
    assertThat(json(response).path("Message").asText()).contains("2014-05-26", "2016-04-28");
  }

  @Test
  void wrongSecretIsSignatureDoesNotMatchWithServerStringToSign() {
    Map<String, String> signed = Requests.signV1("GET", createParams(), ID, "not-the-secret");
    Map<String, String> unsigned = new java.util.TreeMap<>(signed);
    unsigned.remove("Signature");
    // The V1 core's own composer: when its text equals ours, it reports a wrong secret.
    String coreStringToSign =
        com.aliyuncs.auth.RpcSignatureComposer.getComposer()
            .composeStringToSign(
                com.aliyuncs.http.MethodType.GET, null, null, unsigned, null, null);

    HttpResponse<String> response = Requests.getSigned(endpoint, signed);

    assertError(response, 400, "SignatureDoesNotMatch");
    assertThat(json(response).path("Message").asText())
        .endsWith("string to sign is:" + coreStringToSign)
        .doesNotContain(SECRET, "not-the-secret");
  }

  @Test
  void v3WrongSecretIsSignatureDoesNotMatch() {
    HttpResponse<String> response =
        Requests.v3(
            endpoint,
            "PublishVpnRouteEntry",
            "2016-04-28",
            publishQuery(),
            ID,
            "wrong",
            new byte[0]);

    assertError(response, 400, "SignatureDoesNotMatch");
    assertThat(json(response).path("Message").asText())
        .contains("string to sign is:ACS3-HMAC-SHA256\n");
  }

  @Test
  void v3BodyOtherThanSignedIsSignatureDoesNotMatch() {
    HttpResponse<String> response =
        Requests.v3(
            endpoint,
            "PublishVpnRouteEntry",
            "2016-04-28",
            publishQuery(),
            ID,
            SECRET,
            new byte[0],
            "RouteType=dbr".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertError(response, 400, "SignatureDoesNotMatch");
  }

  @Test
  void v3WithoutAuthorizationPartsIsIncompleteSignature() {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("x-acs-action", "PublishVpnRouteEntry")
            .header("x-acs-version", "2016-04-28")
            .header("Authorization", "ACS3-HMAC-SHA256 Credential=" + ID)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();

    assertError(Requests.send(request), 400, "IncompleteSignature");
  }

  @Test
  void missingSignatureIsIncompleteSignature() {
    Map<String, String> signed = Requests.signV1("GET", createParams(), ID, SECRET);
    signed.remove("Signature");

    HttpResponse<String> response = Requests.getSigned(endpoint, signed);

    assertError(response, 400, "IncompleteSignature");
    assertThat(json(response).path("Message").asText()).contains("Signature");
  }

  @Test
  void v3AuthorizationWithoutSignedHeadersIsIncompleteSignature() {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("x-acs-action", "PublishVpnRouteEntry")
            .header("x-acs-version", "2016-04-28")
            .header("Authorization", "ACS3-HMAC-SHA256 Credential=" + ID + ",Signature=abc")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();

    HttpResponse<String> response = Requests.send(request);

    assertError(response, 400, "IncompleteSignature");
    assertThat(json(response).path("Message").asText()).contains("SignedHeaders");
  }

  @Test
  void unknownAccessKeyIdIsNotFound() {
    assertError(
        Requests.v1Get(endpoint, createParams(), "who-is-this", SECRET),
        404,
        "InvalidAccessKeyId.NotFound");
  }

  @Test
  void secondAccessKeyIsAccepted() {
    assertThat(Requests.v1Get(endpoint, createParams(), "second-id", "second-secret").statusCode())
        .isEqualTo(200);
  }

  @Test
  void reusedNonceIsSignatureNonceUsed() {
    Map<String, String> signed = Requests.signV1("GET", createParams(), ID, SECRET);

    assertThat(Requests.getSigned(endpoint, signed).statusCode()).isEqualTo(200);
    assertError(Requests.getSigned(endpoint, signed), 400, "SignatureNonceUsed");
  }

  @Test
  void timestampMoreThanFifteenMinutesOffIsExpired() {
    Map<String, String> params = createParams();
    params.put("Timestamp", "2016-02-23T12:46:24Z");

    assertError(Requests.v1Get(endpoint, params), 400, "InvalidTimeStamp.Expired");
  }

  @Test
  void malformedTimestampIsFormatError() {
    Map<String, String> params = createParams();
    params.put("Timestamp", "2016-02-23 12:46:24");

    assertError(Requests.v1Get(endpoint, params), 400, "InvalidTimeStamp.Format");
  }

  @Test
  void errorIsXmlWhenFormatIsXml() {
    Map<String, String> params = createParams();
    params.put("Format", "XML");
    params.remove("RegionId");

    HttpResponse<String> response = Requests.v1Get(endpoint, params);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("content-type")).hasValue("text/xml;charset=utf-8");
    assertThat(response.body())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>")
        .contains("<Code>MissingParameter</Code>", "<HostId>vpc.aliyuncs.com</HostId>")
        .containsPattern("<RequestId>[0-9A-F-]{36}</RequestId>")
        .contains("&quot;RegionId&quot;");
  }

  @Test
  void requestLargerThanLimitIsRejected() {
    Map<String, String> params = createParams();
    params.put("Description", "x".repeat(20 * 1024));
    Map<String, String> signed = Requests.signV1("POST", params, ID, SECRET);

    HttpResponse<String> response =
        Requests.send(
            HttpRequest.newBuilder(endpoint)
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Requests.form(signed)))
                .build());

    assertError(response, 413, "RequestEntityTooLarge");
  }

  @Test
  void logLineNamesRequestButNoSecret() {
    LOG.clear();
    Map<String, String> params = createParams();
    params.put("SecurityToken", "token-value-secret");
    Requests.v1Get(endpoint, params, ID, "wrong-secret-value");
    Requests.v1Get(endpoint, createParams());

    assertThat(LOG).hasSizeGreaterThanOrEqualTo(2);
    assertThat(LOG)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches("GET CreateVpnRouteEntry 400 SignatureDoesNotMatch \\d+ms [0-9A-F-]+"))
        .anySatisfy(
            line -> assertThat(line).matches("GET CreateVpnRouteEntry 200 OK \\d+ms [0-9A-F-]+"));
    assertThat(String.join("\n", LOG))
        .doesNotContain(SECRET, "wrong-secret-value", "token-value-secret", "Signature=");
  }

  static Map<String, String> publishParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "PublishVpnRouteEntry");
    params.put("Version", "2016-04-28");
    params.put("Format", "JSON");
    params.putAll(publishQuery());
    return params;
  }

  static Map<String, String> publishQuery() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("RegionId", "cn-hangzhou");
    params.put("NextHop", "vco-bp15oes1py4i66rmd****");
    params.put("PublishVpc", "true");
    params.put("RouteDest", "10.0.0.0/24");
    params.put("RouteType", "pbr");
    params.put("VpnGatewayId", "vpn-bp1a3kqjiiq9legfx****");
    return params;
  }
}

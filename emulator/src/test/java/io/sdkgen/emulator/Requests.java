package io.sdkgen.emulator;

import com.aliyun.tea.TeaRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds requests signed by the official signers (openapiutil and the V1 core), the independent
 * oracle the emulator's verifier must agree with, and sends them with the JDK's client.
 */
final class Requests {

  static final String ID = "test-key-id";
  static final String SECRET = "test-key-secret";
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Requests() {}

  static Map<String, String> createParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "CreateVpnRouteEntry");
    params.put("Version", "2016-04-28");
    params.put("Format", "JSON");
    params.put("RegionId", "cn-hangzhou");
    params.put("NextHop", "vco-bp15oes1py4i66rmd****");
    params.put("PublishVpc", "true");
    params.put("RouteDest", "10.0.0.0/24");
    params.put("VpnGatewayId", "vpn-bp1a3kqjiiq9legfx****");
    params.put("Weight", "0");
    params.put("Description", "a b*c~d");
    return params;
  }

  /** Adds the V1 common parameters and {@code Signature}, signed by openapiutil. */
  static Map<String, String> signV1(
      String method, Map<String, String> params, String id, String secret) {
    Map<String, String> signed = new LinkedHashMap<>(params);
    signed.putIfAbsent("AccessKeyId", id);
    signed.putIfAbsent("SignatureMethod", "HMAC-SHA1");
    signed.putIfAbsent("SignatureVersion", "1.0");
    signed.putIfAbsent("SignatureNonce", UUID.randomUUID().toString());
    signed.putIfAbsent("Timestamp", TIMESTAMP.format(Instant.now()));
    try {
      signed.put(
          "Signature", com.aliyun.openapiutil.Client.getRPCSignature(signed, method, secret));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return signed;
  }

  static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static HttpResponse<String> v1Get(URI endpoint, Map<String, String> params) {
    return v1Get(endpoint, params, ID, SECRET);
  }

  static HttpResponse<String> v1Get(
      URI endpoint, Map<String, String> params, String id, String secret) {
    return getSigned(endpoint, signV1("GET", params, id, secret));
  }

  static HttpResponse<String> getSigned(URI endpoint, Map<String, String> signed) {
    return send(HttpRequest.newBuilder(endpoint.resolve("/?" + form(signed))).GET().build());
  }

  /** POST with the common parameters in the query and the rest in a form body, as the core. */
  static HttpResponse<String> v1Post(URI endpoint, Map<String, String> params) {
    Map<String, String> signed = signV1("POST", params, ID, SECRET);
    Map<String, String> query = new TreeMap<>();
    Map<String, String> body = new TreeMap<>();
    for (Map.Entry<String, String> entry : signed.entrySet()) {
      boolean common =
          entry.getKey().startsWith("Signature")
              || entry.getKey().equals("AccessKeyId")
              || entry.getKey().equals("Timestamp")
              || entry.getKey().equals("Action")
              || entry.getKey().equals("Version")
              || entry.getKey().equals("Format");
      (common ? query : body).put(entry.getKey(), entry.getValue());
    }
    return send(
        HttpRequest.newBuilder(endpoint.resolve("/?" + form(query)))
            .header("content-type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(body)))
            .build());
  }

  /** A V3 request with every parameter in the query, signed by openapiutil. */
  static HttpResponse<String> v3(URI endpoint, String action, Map<String, String> query) {
    return v3(endpoint, action, "2016-04-28", query, ID, SECRET, new byte[0]);
  }

  static HttpResponse<String> v3(
      URI endpoint,
      String action,
      String version,
      Map<String, String> query,
      String id,
      String secret,
      byte[] body) {
    return v3(endpoint, action, version, query, id, secret, body, body);
  }

  /** Signs over {@code signedBody} but sends {@code sentBody}, as a tampering proxy would. */
  static HttpResponse<String> v3(
      URI endpoint,
      String action,
      String version,
      Map<String, String> query,
      String id,
      String secret,
      byte[] signedBody,
      byte[] sentBody) {
    byte[] body = signedBody;
    Map<String, String> headers = new TreeMap<>();
    headers.put("host", endpoint.getHost() + ":" + endpoint.getPort());
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", version);
    headers.put("x-acs-date", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    headers.put("x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""));
    String hash;
    try {
      hash = HexFormat.of().formatHex(com.aliyun.openapiutil.Client.hash(body, "ACS3-HMAC-SHA256"));
      headers.put("x-acs-content-sha256", hash);
      TeaRequest tea = TeaRequest.create();
      tea.method = "POST";
      tea.pathname = "/";
      tea.query = new TreeMap<>(query);
      tea.headers = headers;
      headers.put(
          "Authorization",
          com.aliyun.openapiutil.Client.getAuthorization(
              tea, "ACS3-HMAC-SHA256", hash, id, secret));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve("/?" + form(query)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(sentBody));
    if (sentBody.length > 0) {
      request.header("content-type", "application/octet-stream");
    }
    headers.forEach(
        (name, value) -> {
          if (!name.equals("host")) {
            request.header(name, value);
          }
        });
    return send(request.build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

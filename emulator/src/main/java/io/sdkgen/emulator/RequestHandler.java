package io.sdkgen.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.sdkgen.spec.ApiStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Answers one HTTP request as the gateway would: bounds, routing by action and version (for ROA
 * operations also by method and path), signature, parameters, scenario rules, then the example
 * body. Every answer, error or not, carries a fresh request id and produces one log line.
 */
final class RequestHandler implements HttpHandler {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Catalog catalog;
  private final SignatureVerifier verifier;
  private final long maxRequestBytes;
  private final Semaphore permits;
  private final Duration latency;
  private final Consumer<String> log;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closing;

  RequestHandler(
      Catalog catalog,
      SignatureVerifier verifier,
      long maxRequestBytes,
      int maxConcurrentRequests,
      Duration latency,
      Consumer<String> log) {
    this.catalog = catalog;
    this.verifier = verifier;
    this.maxRequestBytes = maxRequestBytes;
    this.permits = new Semaphore(maxConcurrentRequests);
    this.latency = latency;
    this.log = log;
  }

  /** The outcome of one request, for the response and the log line. */
  private static final class Outcome {
    String action = "-";
    String hostId = "";
    String product = "";
    ResponseFormat format = ResponseFormat.JSON;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    long started = System.nanoTime();
    String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    Outcome outcome = new Outcome();
    int status;
    String code;
    try (exchange) {
      if (closing || !permits.tryAcquire()) {
        ApiError error = ApiError.unavailable();
        respondError(exchange, error, requestId, outcome);
        status = error.status();
        code = error.code();
      } else {
        try {
          byte[] body = process(exchange, requestId, outcome);
          send(exchange, 200, outcome.format.contentType(), requestId, body);
          status = 200;
          code = "OK";
        } catch (ApiError error) {
          respondError(exchange, error, requestId, outcome);
          status = error.status();
          code = error.code();
        } catch (RuntimeException e) {
          ApiError error =
              new ApiError(
                  500,
                  "InternalError",
                  "The request processing has failed due to some unknown error, exception or"
                      + " failure: "
                      + e.getClass().getSimpleName());
          respondError(exchange, error, requestId, outcome);
          status = error.status();
          code = error.code();
        } finally {
          permits.release();
        }
      }
      log.accept(
          exchange.getRequestMethod()
              + " "
              + printable(outcome.action)
              + " "
              + status
              + " "
              + code
              + " "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + "ms "
              + requestId);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private byte[] process(HttpExchange exchange, String requestId, Outcome outcome)
      throws ApiError, IOException {
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawQuery != null && rawQuery.length() > maxRequestBytes) {
      throw ApiError.tooLarge(maxRequestBytes);
    }
    byte[] body = readBody(exchange);
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    String contentType = exchange.getRequestHeaders().getFirst("content-type");
    boolean form =
        contentType != null
            && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    IncomingRequest request =
        new IncomingRequest(exchange.getRequestMethod(), rawQuery, headers, body, form);
    outcome.format = ResponseFormat.of(request);
    outcome.hostId = request.header("host") == null ? "" : request.header("host");

    boolean v3 = SignatureVerifier.isV3(request);
    String action = routing(request, v3, "Action", "x-acs-action");
    outcome.action = action;
    String version = routing(request, v3, "Version", "x-acs-version");
    Map<String, Catalog.Route> versions = catalog.versionsOf(action);
    if (versions.isEmpty()) {
      throw ApiError.actionNotFound(action);
    }
    Catalog.Route route = versions.get(version);
    if (route == null) {
      throw ApiError.invalidVersion(action, version, new ArrayList<>(versions.keySet()));
    }
    outcome.product = route.product().name();
    outcome.hostId = outcome.product.toLowerCase(Locale.ROOT) + ".aliyuncs.com";

    String rawPath = exchange.getRequestURI().getRawPath();
    Map<String, String> parameters =
        route.product().style() == ApiStyle.ROA
            ? RoaRequests.parameters(route.operation(), request, rawPath)
            : request.parameters();
    if (verifier != null) {
      verifier.verify(request, rawPath);
    }
    ParameterValidator.validate(route.operation(), parameters);
    for (Catalog.Rule rule : route.rules()) {
      var error = rule.apply(parameters);
      if (error.isPresent()) {
        throw error.get();
      }
    }
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return route.body().render(outcome.format, requestId);
  }

  private static String routing(IncomingRequest request, boolean v3, String param, String header)
      throws ApiError {
    String fromParam = request.parameters().get(param);
    String fromHeader = request.header(header);
    String value = v3 ? fromHeader : fromParam != null ? fromParam : fromHeader;
    if (value == null || value.isEmpty()) {
      throw ApiError.missingParameter(v3 ? header : param);
    }
    return value;
  }

  private byte[] readBody(HttpExchange exchange) throws ApiError, IOException {
    String length = exchange.getRequestHeaders().getFirst("content-length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxRequestBytes) {
          throw ApiError.tooLarge(maxRequestBytes);
        }
      } catch (NumberFormatException e) {
        // The server itself rejects malformed lengths; read what arrives.
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
      if (body.length > maxRequestBytes) {
        throw ApiError.tooLarge(maxRequestBytes);
      }
      return body;
    }
  }

  private static void respondError(
      HttpExchange exchange, ApiError error, String requestId, Outcome outcome) throws IOException {
    String hostId = outcome.hostId.isEmpty() ? "127.0.0.1" : outcome.hostId;
    String recommend =
        "https://api.aliyun.com/troubleshoot?q="
            + error.code()
            + (outcome.product.isEmpty() ? "" : "&product=" + outcome.product);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("RequestId", requestId);
    fields.put("HostId", hostId);
    fields.put("Code", error.code());
    fields.put("Message", error.getMessage());
    fields.put("Recommend", recommend);
    byte[] body;
    if (outcome.format == ResponseFormat.XML) {
      ObjectNode node = MAPPER.createObjectNode();
      fields.forEach(node::put);
      body = XmlBodies.toXml("Error", node).getBytes(StandardCharsets.UTF_8);
    } else {
      try {
        body = MAPPER.writeValueAsBytes(fields);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write an error body", e);
      }
    }
    send(exchange, error.status(), outcome.format.contentType(), requestId, body);
  }

  private static void send(
      HttpExchange exchange, int status, String contentType, String requestId, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("x-acs-request-id", requestId);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  /** Keeps a client-chosen action name from forging log lines. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && i < 80; i++) {
      char c = text.charAt(i);
      out.append(c > ' ' && c < 0x7f ? c : '?');
    }
    return out.toString();
  }

  /** Stops accepting work: later requests are answered {@code ServiceUnavailable}. */
  void beginClosing() {
    closing = true;
  }

  /** Returns how many requests are being handled right now. */
  int inFlight() {
    return inFlight.get();
  }
}

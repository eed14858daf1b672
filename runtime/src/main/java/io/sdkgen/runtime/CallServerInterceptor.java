package io.sdkgen.runtime;

import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The last step: sends the signed request with the JDK {@link HttpClient}. */
final class CallServerInterceptor implements Interceptor {
  /** Headers the JDK client sets itself and refuses to accept. */
  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final HttpClient client;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final String userAgent;

  CallServerInterceptor(
      HttpClient client, Duration connectTimeout, Duration readTimeout, String userAgent) {
    this.client = client;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    HttpRequest httpRequest = toHttpRequest(request);
    HttpResponse<byte[]> response;
    try {
      response = client.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw new ConnectTimeoutException(request.target(), connectTimeout, e);
    } catch (HttpTimeoutException e) {
      throw new ReadTimeoutException(request.target(), readTimeout, e);
    } catch (ConnectException e) {
      throw new TransportException("Cannot connect to " + request.target() + ": " + e, e);
    } catch (IOException e) {
      throw new TransportException("I/O error calling " + request.target() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SdkClientException("Interrupted calling " + request.target(), e);
    }
    return new Response(
        request, response.statusCode(), headers(response.headers()), response.body());
  }

  private HttpRequest toHttpRequest(Request request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(readTimeout);
    if ("http".equals(request.endpoint().getScheme())) {
      // Plain HTTP is for local servers: skip the h2c upgrade dance.
      b.version(HttpClient.Version.HTTP_1_1);
    }
    Params headers = request.headers();
    boolean hasContentType = false;
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (!RESTRICTED.contains(name)) {
        b.header(name, headers.value(i));
        hasContentType |= name.equals("content-type");
      }
    }
    b.header("user-agent", userAgent);
    byte[] body = request.body();
    if (!request.form().isEmpty()) {
      body = request.formBodyBytes();
      if (!hasContentType) {
        b.header("content-type", "application/x-www-form-urlencoded");
      }
    }
    b.method(
        request.method(),
        body == null || body.length == 0
            ? BodyPublishers.noBody()
            : BodyPublishers.ofByteArray(body));
    return b.build();
  }

  private static Params headers(HttpHeaders headers) {
    Params.Builder b = Params.builder();
    for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      for (String value : e.getValue()) {
        b.add(name, value);
      }
    }
    return b.build();
  }
}

package io.sdkgen.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One HTTP response as interceptors see it: status, headers and the whole body. Immutable. */
public final class Response {
  private static final byte[] NO_BODY = new byte[0];

  private final Request request;
  private final int status;
  private final Params headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param request the request that was sent (signed)
   * @param status HTTP status code
   * @param headers response headers, names lower case
   * @param body the body; not copied
   */
  public Response(Request request, int status, Params headers, byte[] body) {
    this.request = Objects.requireNonNull(request, "request");
    this.status = status;
    this.headers = headers == null ? Params.empty() : headers;
    this.body = body == null ? NO_BODY : body;
  }

  /** Returns the request this answers. */
  public Request request() {
    return request;
  }

  /** Returns the HTTP status code. */
  public int status() {
    return status;
  }

  /** Returns whether the status is 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** Returns the headers, names in lower case. */
  public Params headers() {
    return headers;
  }

  /** Returns the first value of a header ({@code name} case-insensitive), or {@code null}. */
  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** Returns the body, empty when there was none. The array is shared: do not modify it. */
  public byte[] body() {
    return body;
  }

  /** Returns the body decoded as UTF-8. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "Response{" + status + ", " + body.length + " bytes, request=" + request.target() + "}";
  }
}

package io.sdkgen.runtime;

import io.sdkgen.runtime.http.Response;

/** Reads the service's error body (JSON or XML, either key case) into a {@link ServiceError}. */
final class ErrorBodies {
  private ErrorBodies() {}

  /** Returns the error, or {@code null} if the body is not a recognisable error document. */
  static ServiceError parse(Response response) {
    ResponseNode node = parseAny(response.body());
    if (node == null || !node.isObject()) {
      return null;
    }
    String code = first(node, "Code", "code");
    String message = first(node, "Message", "message");
    if (code == null && message == null) {
      return null;
    }
    String requestId = first(node, "RequestId", "requestId");
    if (requestId == null) {
      requestId = response.header("x-acs-request-id");
    }
    return new ServiceError(
        response.status(),
        code,
        message,
        requestId,
        first(node, "HostId", "hostId"),
        first(node, "Recommend", "recommend"),
        UnreadableResponseException.snippet(response.body()));
  }

  /** Parses by sniffing the first character: JSON for {@code {}/[}, XML for {@code <}. */
  static ResponseNode parseAny(byte[] body) {
    int i = 0;
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    if (i == body.length) {
      return null;
    }
    try {
      if (body[i] == '{' || body[i] == '[') {
        return ResponseNode.parseJson(body);
      }
      if (body[i] == '<') {
        return ResponseNode.parseXml(body);
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private static String first(ResponseNode node, String name, String alternative) {
    String value = node.getString(name);
    return value != null ? value : node.getString(alternative);
  }
}

package io.sdkgen.runtime;

import io.sdkgen.runtime.http.Response;
import java.util.Locale;

/** Turns the final response into the typed result or the right exception. */
final class ResponseMapper {
  private ResponseMapper() {}

  static <T> T map(
      Response response, ResponseReader<T> reader, ResponseFormat format, ErrorRegistry errors) {
    if (!response.isSuccessful()) {
      ServiceError error = ErrorBodies.parse(response);
      if (error == null) {
        throw new UnreadableResponseException(
            response.status(),
            "error response is not a JSON or XML error document",
            response.body(),
            null);
      }
      throw errors.create(error);
    }
    ResponseNode node = parse(response, format);
    String headerId = response.header("x-acs-request-id");
    if (node.requestId() == null && headerId != null) {
      node = node.withField("RequestId", ResponseNode.value(headerId));
    }
    try {
      return reader.read(node);
    } catch (RuntimeException e) {
      throw new SdkClientException(
          "Cannot map the response of "
              + response.request().operation().name()
              + " [RequestId: "
              + node.requestId()
              + "]: "
              + e.getMessage(),
          e);
    }
  }

  private static ResponseNode parse(Response response, ResponseFormat format) {
    byte[] body = response.body();
    String contentType = response.header("content-type");
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      throw new UnreadableResponseException(
          response.status(), "expected " + format + " but got " + contentType, body, null);
    }
    boolean xml = type.contains("xml") || (!type.contains("json") && format == ResponseFormat.XML);
    try {
      return xml ? ResponseNode.parseXml(body) : ResponseNode.parseJson(body);
    } catch (IllegalArgumentException e) {
      throw new UnreadableResponseException(
          response.status(),
          "response body is not valid " + (xml ? "XML" : "JSON") + " (" + e.getMessage() + ")",
          body,
          e);
    }
  }
}

package io.sdkgen.emulator;

import java.util.Locale;

/** The body format a request asks for. */
enum ResponseFormat {
  JSON("application/json;charset=utf-8"),
  XML("text/xml;charset=utf-8");

  private final String contentType;

  ResponseFormat(String contentType) {
    this.contentType = contentType;
  }

  String contentType() {
    return contentType;
  }

  /**
   * Returns the format a request asks for: its {@code Format} parameter in any case, else XML when
   * the {@code accept} header names XML but not JSON, else JSON (V3 clients send no {@code
   * Format}).
   */
  static ResponseFormat of(IncomingRequest request) {
    String format = request.parameters().get("Format");
    if (format != null && !format.isEmpty()) {
      return format.equalsIgnoreCase("XML") ? XML : JSON;
    }
    String accept = request.header("accept");
    if (accept != null) {
      String lower = accept.toLowerCase(Locale.ROOT);
      if (lower.contains("xml") && !lower.contains("json")) {
        return XML;
      }
    }
    return JSON;
  }
}

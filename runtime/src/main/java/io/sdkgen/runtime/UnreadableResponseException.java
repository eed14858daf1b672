package io.sdkgen.runtime;

/**
 * The service (or something in between, such as a proxy) answered with a body that is not a valid
 * response: empty, HTML, truncated or malformed JSON/XML.
 *
 * <p>The message names the HTTP status, the reason and a bounded snippet of the body.
 */
public class UnreadableResponseException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  /** Longest body snippet kept, in characters. */
  public static final int MAX_SNIPPET = 200;

  private final int httpStatus;
  private final String snippet;

  /** Creates the exception from the status, a short reason and the raw body. */
  public UnreadableResponseException(int httpStatus, String reason, byte[] body, Throwable cause) {
    this(httpStatus, reason, snippet(body), cause);
  }

  private UnreadableResponseException(
      int httpStatus, String reason, String snippet, Throwable cause) {
    super(
        "Unreadable response (HTTP "
            + httpStatus
            + "): "
            + reason
            + (snippet.isEmpty() ? " (empty body)" : ": " + snippet),
        cause);
    this.httpStatus = httpStatus;
    this.snippet = snippet;
  }

  /** Returns the HTTP status of the response. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Returns at most {@value #MAX_SNIPPET} characters of the body, whitespace collapsed. */
  public String snippet() {
    return snippet;
  }

  /** Returns a printable snippet of at most {@value #MAX_SNIPPET} characters of {@code body}. */
  static String snippet(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    int take = Math.min(body.length, MAX_SNIPPET * 4);
    String text = new String(body, 0, take, java.nio.charset.StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SNIPPET + 3));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() < MAX_SNIPPET; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    if (out.length() >= MAX_SNIPPET || take < body.length) {
      out.setLength(Math.min(out.length(), MAX_SNIPPET));
      out.append("...");
    }
    return out.toString();
  }
}

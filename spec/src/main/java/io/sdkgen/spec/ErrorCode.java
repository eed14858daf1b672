package io.sdkgen.spec;

import java.util.Objects;

/**
 * An error an operation documents.
 *
 * @param httpStatus the HTTP status the page gives, or {@code -1} when it gives none
 * @param code the error code as the server sends it, typos included ({@code Forbbiden.SubUser})
 * @param message the server's message text; empty when none
 * @param description the page's explanation; empty when none
 * @param location where the error's row is
 */
public record ErrorCode(
    int httpStatus, String code, String message, String description, Location location) {

  /** Creates an error code; no component may be null. */
  public ErrorCode {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(location, "location == null");
  }
}

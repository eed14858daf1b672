package io.sdkgen.spec;

import java.util.Objects;

/**
 * One problem found while reading pages: a severity, a stable code (such as {@code
 * TABLE_ROW_MALFORMED}), where it is and a message for people.
 */
public record Diagnostic(Severity severity, String code, Location location, String message) {

  /** Creates a diagnostic; no component may be null. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** Returns {@code location: severity: message [code]}, the form the command line prints. */
  @Override
  public String toString() {
    return location
        + ": "
        + severity.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + message
        + " ["
        + code
        + "]";
  }
}

package io.sdkgen.spec;

/** How serious a {@link Diagnostic} is. An {@link #ERROR} makes a page unusable for generation. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}

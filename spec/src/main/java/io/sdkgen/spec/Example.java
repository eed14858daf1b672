package io.sdkgen.spec;

import java.util.Objects;

/**
 * An example block of a page, verbatim.
 *
 * @param kind what it shows
 * @param content the block's text as written
 * @param location where the block's first line is
 */
public record Example(ExampleKind kind, String content, Location location) {

  /** Creates an example; no component may be null. */
  public Example {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(location, "location == null");
  }
}

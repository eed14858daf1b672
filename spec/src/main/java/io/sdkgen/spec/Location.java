package io.sdkgen.spec;

import java.util.Objects;

/**
 * Where an element came from: a page path relative to the docs root, a 1-based line and column.
 *
 * <p>Parts that are unknown are {@code -1} and left out of {@link #toString()}, which prints {@code
 * path:line:column} as compilers do.
 */
public record Location(String path, int line, int column) {

  /** Creates a location; {@code path} must not be null. */
  public Location {
    Objects.requireNonNull(path, "path == null");
  }

  /** Returns the location of a whole file. */
  public static Location of(String path) {
    return new Location(path, -1, -1);
  }

  /** Returns the location of a line in a file. */
  public static Location of(String path, int line) {
    return new Location(path, line, -1);
  }

  /** Returns this location moved to {@code line}, column unknown. */
  public Location atLine(int line) {
    return new Location(path, line, -1);
  }

  @Override
  public String toString() {
    StringBuilder result = new StringBuilder(path);
    if (line != -1) {
      result.append(':').append(line);
      if (column != -1) {
        result.append(':').append(column);
      }
    }
    return result.toString();
  }
}

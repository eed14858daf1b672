package io.sdkgen.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;

/** Opens {@link Vectors} to tests in other packages. */
public final class VectorsAccess {
  private VectorsAccess() {}

  /** Returns the parsed vector file. */
  public static JsonNode root() {
    return Vectors.root();
  }
}

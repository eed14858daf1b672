package io.sdkgen.runtime;

/** The response format requested from the service. */
public enum ResponseFormat {
  /** JSON ({@code Format=JSON} under V1, {@code accept: application/json} under V3). */
  JSON,
  /** XML ({@code Format=XML} under V1, {@code accept: application/xml} under V3). */
  XML
}

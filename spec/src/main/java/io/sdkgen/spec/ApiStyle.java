package io.sdkgen.spec;

/** How operations of a product are addressed on the wire. */
public enum ApiStyle {
  /** {@code Action} and {@code Version} parameters on path {@code /}. */
  RPC,
  /** RESTful: HTTP method plus a resource path, parameters in path, query, headers and body. */
  ROA
}

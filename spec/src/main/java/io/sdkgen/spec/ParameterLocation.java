package io.sdkgen.spec;

/** Where a request parameter travels. RPC parameters are always {@link #QUERY}. */
public enum ParameterLocation {
  QUERY,
  PATH,
  HEADER,
  BODY,
  /** A form field of an {@code application/x-www-form-urlencoded} body. */
  FORM
}

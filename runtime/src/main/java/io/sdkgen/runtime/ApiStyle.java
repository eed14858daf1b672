package io.sdkgen.runtime;

/** The two Alibaba Cloud API styles. */
public enum ApiStyle {
  /** Operation named by {@code Action}; path {@code /}; parameters in query or form body. */
  RPC,
  /** RESTful: method plus resource path; path, query, header and JSON body parameters. */
  ROA
}

package io.sdkgen.spec;

/** What an {@link Example} shows. */
public enum ExampleKind {
  REQUEST,
  SUCCESS_JSON,
  SUCCESS_XML,
  ERROR_JSON,
  ERROR_XML
}

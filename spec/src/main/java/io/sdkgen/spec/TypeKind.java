package io.sdkgen.spec;

/** The kinds of value a parameter or response field can hold. */
public enum TypeKind {
  STRING,
  INTEGER,
  LONG,
  BOOLEAN,
  FLOAT,
  DOUBLE,
  /** A date or time, sent as text in the format the page states. */
  DATE_TIME,
  /** A string whose content is a JSON document, as the page describes it. */
  JSON_STRING,
  /** Raw bytes (a file upload or a binary body). */
  BINARY,
  /** A list; {@link TypeRef#element()} says of what. */
  LIST,
  /** An object; its members are listed on the parameter or field that has this type. */
  OBJECT,
  /** A map from string keys to values of {@link TypeRef#element()}. */
  MAP
}

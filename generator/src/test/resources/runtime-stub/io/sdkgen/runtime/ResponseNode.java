package io.sdkgen.runtime;

import java.util.List;
import java.util.function.Function;

/** Stub. */
public interface ResponseNode {
  String getString(String name);
  Integer getInteger(String name);
  Long getLong(String name);
  Boolean getBoolean(String name);
  Float getFloat(String name);
  Double getDouble(String name);
  ResponseNode getObject(String name);
  <T> List<T> getList(String name, Function<ResponseNode, T> reader);
  List<String> getStringList(String name);
  String requestId();
  String asString();
  Integer asInteger();
  Long asLong();
  Boolean asBoolean();
  Float asFloat();
  Double asDouble();
}

package io.sdkgen.runtime.internal;

import java.util.List;

/** Stub. */
public interface RequestParams {
  void add(String name, Object value);

  void addList(String name, List<?> values);

  RequestParams child(String prefix);
}

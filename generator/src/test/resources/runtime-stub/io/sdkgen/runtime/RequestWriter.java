package io.sdkgen.runtime;

import io.sdkgen.runtime.internal.RequestParams;

/** Stub. */
public interface RequestWriter {
  void writeTo(RequestParams params);
}

package io.sdkgen.runtime;

import io.sdkgen.runtime.internal.RequestParams;

/**
 * Something that writes request parameters: a generated request, or a nested object of one.
 * Implementations make explicit {@link RequestParams} calls, one per field.
 */
@FunctionalInterface
public interface RequestWriter {
  /** Writes this object's non-null fields into {@code params}. */
  void writeTo(RequestParams params);
}

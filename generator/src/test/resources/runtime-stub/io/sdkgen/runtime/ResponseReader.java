package io.sdkgen.runtime;

/** Stub. */
public interface ResponseReader<T> {
  T read(ResponseNode node);
}

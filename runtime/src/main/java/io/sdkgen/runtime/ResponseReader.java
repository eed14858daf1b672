package io.sdkgen.runtime;

/**
 * Maps a parsed response body onto a typed response object; generated code implements it with
 * explicit {@link ResponseNode} getter calls.
 *
 * @param <T> the response type
 */
@FunctionalInterface
public interface ResponseReader<T> {
  /** Returns the typed response read from {@code node}. */
  T read(ResponseNode node);
}

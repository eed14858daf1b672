package io.sdkgen.runtime;

import java.util.concurrent.CompletableFuture;

/** Stub of the runtime contract, for compiling generated code until the runtime lands. */
public final class SdkClient implements AutoCloseable {
  public SdkClient(ServiceInfo service, ClientOptions options) {}

  public <T> T execute(OperationInfo op, RequestWriter request, ResponseReader<T> reader) {
    throw new UnsupportedOperationException();
  }

  public <T> CompletableFuture<T> executeAsync(
      OperationInfo op, RequestWriter request, ResponseReader<T> reader) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}

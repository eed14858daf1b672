package io.sdkgen.runtime;

import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;

/**
 * Repeats attempts according to the {@link RetryPolicy}. Each attempt goes through the signing step
 * again, so it gets a new timestamp, nonce and signature; the request it starts from (and so any
 * ClientToken in it) is the same every time.
 */
final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;

  RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    OperationInfo operation = request.operation();
    long start = System.nanoTime();
    long deadline = start + policy.totalDeadline().toNanos();
    RealChain position = (RealChain) chain;
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      Response response;
      try {
        response = position.withAttempt(attempt).proceed(request);
      } catch (TransportException e) {
        if (last || !policy.isRetryableTransport(operation)) {
          throw e;
        }
        if (!backoff(attempt, deadline)) {
          throw e;
        }
        continue;
      }
      if (response.isSuccessful() || last) {
        return response;
      }
      ServiceError error = ErrorBodies.parse(response);
      String code = error == null ? null : error.code();
      if (!policy.isRetryable(operation, response.status(), code)) {
        return response;
      }
      if (!backoff(attempt, deadline)) {
        return response;
      }
    }
  }

  /** Waits before the next attempt; returns false if that would pass the deadline. */
  private boolean backoff(int attempt, long deadline) {
    long delay = policy.delayBeforeRetry(attempt).toNanos();
    if (System.nanoTime() + delay >= deadline) {
      return false;
    }
    try {
      policy.sleeper().sleep(java.time.Duration.ofNanos(delay));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SdkClientException("Interrupted while waiting to retry", e);
    }
    return System.nanoTime() < deadline;
  }
}

package io.sdkgen.runtime;

import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;
import java.util.List;

/** One position in the interceptor list; {@link #proceed} runs the next interceptor. */
final class RealChain implements Interceptor.Chain {
  private final List<Interceptor> interceptors;
  private final int index;
  private final Request request;
  private final int attempt;

  RealChain(List<Interceptor> interceptors, int index, Request request, int attempt) {
    this.interceptors = interceptors;
    this.index = index;
    this.request = request;
    this.attempt = attempt;
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public int attempt() {
    return attempt;
  }

  /** Returns a chain for the same position with another attempt number (used by retries). */
  RealChain withAttempt(int attempt) {
    return new RealChain(interceptors, index, request, attempt);
  }

  @Override
  public Response proceed(Request next) {
    if (index >= interceptors.size()) {
      throw new IllegalStateException("no interceptor left to proceed to");
    }
    RealChain chain = new RealChain(interceptors, index + 1, next, attempt);
    Response response = interceptors.get(index).intercept(chain);
    if (response == null) {
      throw new IllegalStateException(
          "interceptor " + interceptors.get(index) + " returned no response");
    }
    return response;
  }
}

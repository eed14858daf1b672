package io.sdkgen.runtime;

import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;

/**
 * Observes, and may rewrite, requests and responses, in the manner of OkHttp.
 *
 * <p>Interceptors added with {@link ClientOptions.Builder#addInterceptor} run once per call, before
 * retries and signing: they see the unsigned request and the final response. Those added with
 * {@link ClientOptions.Builder#addNetworkInterceptor} run once per attempt, after signing: they see
 * each signed request as it goes on the wire (use {@link LoggingInterceptor} there; it redacts
 * secrets). Each interceptor must call {@link Chain#proceed} (or throw) and return a response.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Interceptor {
  /** Handles one request: typically inspects, calls {@code chain.proceed}, inspects the answer. */
  Response intercept(Chain chain);

  /** The rest of the pipeline, from an interceptor's point of view. */
  interface Chain {
    /** Returns the request as it reaches this interceptor. */
    Request request();

    /** Passes {@code request} to the next step and returns its response. */
    Response proceed(Request request);

    /** Returns the attempt number, starting at 1; 0 outside the retry loop. */
    int attempt();
  }
}

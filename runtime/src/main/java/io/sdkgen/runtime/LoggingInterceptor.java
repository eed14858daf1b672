package io.sdkgen.runtime;

import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request line and response status through SLF4J (logger {@code io.sdkgen.runtime.http},
 * level DEBUG), with the values of {@code Signature}, {@code AccessKeyId}, {@code SecurityToken},
 * {@code Authorization}, {@code x-acs-security-token}, {@code x-acs-accesskey-id} and of parameters
 * that carry the caller's own secrets ({@code Password} and the like, see {@link
 * Params#isSensitive}) replaced by {@value Params#REDACTED}. Bodies are not logged.
 *
 * <p>Add it with {@link ClientOptions.Builder#addNetworkInterceptor} to see every signed attempt,
 * or with {@link ClientOptions.Builder#addInterceptor} to see each call once, unsigned.
 */
public final class LoggingInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.sdkgen.runtime.http");

  private final Consumer<String> sink;

  /** Logs to SLF4J at DEBUG. */
  public LoggingInterceptor() {
    this.sink = null;
  }

  /** Sends each line to {@code sink} instead of SLF4J (tests, custom appenders). */
  public LoggingInterceptor(Consumer<String> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public Response intercept(Chain chain) {
    boolean enabled = sink != null || LOG.isDebugEnabled();
    if (!enabled) {
      return chain.proceed(chain.request());
    }
    Request request = chain.request();
    emit(
        "--> "
            + describe(request)
            + (chain.attempt() > 0 ? " (attempt " + chain.attempt() + ")" : ""));
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      emit(
          "<-- "
              + response.status()
              + " "
              + request.target()
              + " ("
              + (System.nanoTime() - start) / 1_000_000
              + " ms, "
              + response.body().length
              + " bytes)");
      return response;
    } catch (RuntimeException e) {
      emit("<-- FAILED " + request.target() + ": " + e.getMessage());
      throw e;
    }
  }

  private void emit(String line) {
    if (sink != null) {
      sink.accept(line);
    } else {
      LOG.debug(line);
    }
  }

  /** Returns the request line and headers with secrets redacted. */
  static String describe(Request request) {
    StringBuilder out = new StringBuilder(256);
    out.append(request.target());
    appendParams(out, request.query(), '?', '&');
    if (!request.form().isEmpty()) {
      out.append(" form:");
      appendParams(out, request.form(), ' ', '&');
    }
    Params headers = request.headers();
    if (!headers.isEmpty()) {
      out.append(" headers:");
      appendParams(out, headers, ' ', ' ');
    }
    return out.toString();
  }

  private static void appendParams(StringBuilder out, Params params, char first, char separator) {
    for (int i = 0; i < params.size(); i++) {
      out.append(i == 0 ? first : separator);
      String name = params.name(i);
      out.append(name).append('=');
      out.append(Params.isSensitive(name) ? Params.REDACTED : params.value(i));
    }
  }
}

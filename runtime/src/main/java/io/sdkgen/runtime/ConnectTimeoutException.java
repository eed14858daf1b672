package io.sdkgen.runtime;

import java.time.Duration;

/** The connection to the endpoint was not established within the configured connect timeout. */
public class ConnectTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  /** Creates the exception for {@code target} (no query string, no secrets) and its timeout. */
  public ConnectTimeoutException(String target, Duration timeout, Throwable cause) {
    super(
        "Connect timeout of " + timeout.toMillis() + " ms elapsed connecting to " + target, cause);
    this.timeout = timeout;
  }

  /** Returns the connect timeout that elapsed. */
  public Duration timeout() {
    return timeout;
  }
}

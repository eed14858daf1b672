package io.sdkgen.runtime;

import java.time.Duration;

/** The service did not answer within the configured read timeout. */
public class ReadTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  /** Creates the exception for {@code target} (no query string, no secrets) and its timeout. */
  public ReadTimeoutException(String target, Duration timeout, Throwable cause) {
    super(
        "Read timeout of "
            + timeout.toMillis()
            + " ms elapsed waiting for a response from "
            + target,
        cause);
    this.timeout = timeout;
  }

  /** Returns the read timeout that elapsed. */
  public Duration timeout() {
    return timeout;
  }
}

package io.sdkgen.runtime;

/**
 * A failure on the client side: no usable answer came back from the service.
 *
 * <p>Thrown for connection failures, timeouts, unreadable responses, missing credentials and
 * misconfiguration. Messages never contain secrets, signatures or security tokens. Answers the
 * service gave in its error format become a {@link ServiceException} instead.
 */
public class SdkClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public SdkClientException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the underlying cause. */
  public SdkClientException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.sdkgen.runtime;

/**
 * The request could not be completed on the wire: connection refused or reset, I/O error, or a
 * timeout. Retried by {@link RetryPolicy} when the operation is safe to repeat.
 */
public class TransportException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message (no secrets) and the underlying cause. */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}

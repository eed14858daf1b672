package io.sdkgen.runtime.auth;

import io.sdkgen.runtime.SdkClientException;

/** No credentials could be resolved, or a credentials source is invalid. Never shows secrets. */
public class CredentialsException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public CredentialsException(String message) {
    super(message);
  }

  /** Creates an exception with a message and cause. */
  public CredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}

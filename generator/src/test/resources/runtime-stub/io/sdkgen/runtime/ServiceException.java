package io.sdkgen.runtime;

/** Stub. */
public class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServiceException(ServiceError error) {}
}

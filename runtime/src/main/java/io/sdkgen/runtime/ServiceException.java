package io.sdkgen.runtime;

import java.util.Objects;

/**
 * The service answered with an error.
 *
 * <p>Generated code registers one subclass per documented error code in an {@link ErrorRegistry};
 * each subclass is a one-liner: {@code public VpcException(ServiceError error) { super(error); }}.
 * The message reads {@code Code (HTTP 404): Message [RequestId: ...]}.
 */
public class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ServiceError error;

  /** Creates the exception from the error details. */
  public ServiceException(ServiceError error) {
    super(describe(Objects.requireNonNull(error, "error")));
    this.error = error;
  }

  private static String describe(ServiceError error) {
    StringBuilder out = new StringBuilder();
    out.append(error.code() == null ? "UnknownError" : error.code());
    out.append(" (HTTP ").append(error.httpStatus()).append(')');
    if (error.message() != null && !error.message().isEmpty()) {
      out.append(": ").append(error.message());
    }
    if (error.requestId() != null) {
      out.append(" [RequestId: ").append(error.requestId()).append(']');
    }
    return out.toString();
  }

  /** Returns all details of the error. */
  public ServiceError error() {
    return error;
  }

  /** Returns the service's error code. */
  public String code() {
    return error.code();
  }

  /** Returns the service's own message, without code or request id. */
  public String errorMessage() {
    return error.message();
  }

  /** Returns the request id, or {@code null} if the answer had none. */
  public String requestId() {
    return error.requestId();
  }

  /** Returns the host id, or {@code null}. */
  public String hostId() {
    return error.hostId();
  }

  /** Returns the troubleshooting link, or {@code null}. */
  public String recommend() {
    return error.recommend();
  }

  /** Returns the HTTP status code. */
  public int httpStatus() {
    return error.httpStatus();
  }
}

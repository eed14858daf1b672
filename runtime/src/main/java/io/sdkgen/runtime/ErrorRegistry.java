package io.sdkgen.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Maps error codes to exception factories. Immutable; built once per product by generated code.
 *
 * <pre>{@code
 * ErrorRegistry.builder()
 *     .register("Forbbiden.SubUser", ForbbidenSubUserException::new)
 *     .fallback(VpcException::new)
 *     .build();
 * }</pre>
 *
 * <p>Codes match exactly (case-sensitive). Unknown codes use the fallback, or a plain {@link
 * ServiceException} without one.
 */
public final class ErrorRegistry {
  private static final ErrorRegistry EMPTY = new ErrorRegistry(Map.of(), ServiceException::new);

  private final Map<String, Function<ServiceError, ? extends ServiceException>> byCode;
  private final Function<ServiceError, ? extends ServiceException> fallback;

  private ErrorRegistry(
      Map<String, Function<ServiceError, ? extends ServiceException>> byCode,
      Function<ServiceError, ? extends ServiceException> fallback) {
    this.byCode = byCode;
    this.fallback = fallback;
  }

  /** Returns a registry without registrations: every error is a plain {@link ServiceException}. */
  public static ErrorRegistry empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the exception for {@code error}: the registered subclass, else the fallback. */
  public ServiceException create(ServiceError error) {
    Function<ServiceError, ? extends ServiceException> factory =
        error.code() == null ? null : byCode.get(error.code());
    ServiceException exception = (factory != null ? factory : fallback).apply(error);
    return exception != null ? exception : new ServiceException(error);
  }

  /** Returns whether a subclass is registered for {@code code}. */
  public boolean isRegistered(String code) {
    return byCode.containsKey(code);
  }

  /** Collects registrations. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Function<ServiceError, ? extends ServiceException>> byCode =
        new HashMap<>();
    private Function<ServiceError, ? extends ServiceException> fallback = ServiceException::new;

    private Builder() {}

    /** Registers the factory for one error code; a later registration replaces an earlier one. */
    public Builder register(
        String code, Function<ServiceError, ? extends ServiceException> factory) {
      byCode.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /** Sets the factory for codes nobody registered (default: {@link ServiceException}). */
    public Builder fallback(Function<ServiceError, ? extends ServiceException> factory) {
      this.fallback = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** Returns the immutable registry. */
    public ErrorRegistry build() {
      return new ErrorRegistry(Map.copyOf(byCode), fallback);
    }
  }
}

package io.sdkgen.runtime;

import java.util.function.Function;

/** Stub. */
public final class ErrorRegistry {
  public static Builder builder() {
    return new Builder();
  }

  /** Stub. */
  public static final class Builder {
    public Builder register(String code, Function<ServiceError, ? extends ServiceException> f) {
      return this;
    }

    public Builder fallback(Function<ServiceError, ? extends ServiceException> f) {
      return this;
    }

    public ErrorRegistry build() {
      return new ErrorRegistry();
    }
  }
}

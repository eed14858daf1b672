package io.sdkgen.runtime.auth;

import java.util.Objects;

/** Always returns the same credentials (an AccessKey pair or fixed STS credentials). */
public final class StaticCredentialsProvider implements CredentialsProvider {
  private final Credentials credentials;

  /** Creates a provider for {@code credentials}. */
  public StaticCredentialsProvider(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  @Override
  public Credentials resolve() {
    return credentials;
  }

  @Override
  public String toString() {
    return "StaticCredentialsProvider{" + credentials + "}";
  }
}

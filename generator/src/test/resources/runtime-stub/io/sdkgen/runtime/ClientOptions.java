package io.sdkgen.runtime;

import io.sdkgen.runtime.auth.CredentialsProvider;
import java.net.URI;
import java.time.Duration;

/** Stub. */
public final class ClientOptions {
  public static Builder builder() {
    return new Builder();
  }

  /** Stub. */
  public static final class Builder {
    public Builder region(String region) { return this; }
    public Builder endpoint(URI endpoint) { return this; }
    public Builder credentials(CredentialsProvider credentials) { return this; }
    public Builder signatureVersion(SignatureVersion version) { return this; }
    public Builder connectTimeout(Duration timeout) { return this; }
    public Builder readTimeout(Duration timeout) { return this; }
    public Builder retryPolicy(RetryPolicy policy) { return this; }
    public Builder addInterceptor(Interceptor interceptor) { return this; }
    public ClientOptions build() { return new ClientOptions(); }
  }
}

package io.sdkgen.runtime.auth;

/**
 * Supplies the credentials each request is signed with.
 *
 * <p>Called once per attempt, so implementations should cache and be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {
  /**
   * Returns the credentials to sign with.
   *
   * @throws CredentialsException if none can be resolved
   */
  Credentials resolve();

  /** Returns a provider that always answers {@code Credentials.of(accessKeyId, secret)}. */
  static CredentialsProvider of(String accessKeyId, String accessKeySecret) {
    return new StaticCredentialsProvider(Credentials.of(accessKeyId, accessKeySecret));
  }
}

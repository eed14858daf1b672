package io.sdkgen.runtime.auth;

import java.util.Objects;

/**
 * An AccessKey pair, optionally with an STS security token.
 *
 * <p>Immutable. {@link #toString()} shows only a masked key id: never the secret or the token.
 */
public final class Credentials {
  private final String accessKeyId;
  private final String accessKeySecret;
  private final String securityToken;

  private Credentials(String accessKeyId, String accessKeySecret, String securityToken) {
    if (accessKeyId == null || accessKeyId.isEmpty()) {
      throw new CredentialsException("accessKeyId is empty");
    }
    if (accessKeySecret == null || accessKeySecret.isEmpty()) {
      throw new CredentialsException("accessKeySecret is empty");
    }
    this.accessKeyId = accessKeyId;
    this.accessKeySecret = accessKeySecret;
    this.securityToken = securityToken == null || securityToken.isEmpty() ? null : securityToken;
  }

  /** Returns long-term credentials (an AccessKey pair). */
  public static Credentials of(String accessKeyId, String accessKeySecret) {
    return new Credentials(accessKeyId, accessKeySecret, null);
  }

  /** Returns credentials with an STS token; an empty or null token means none. */
  public static Credentials of(String accessKeyId, String accessKeySecret, String securityToken) {
    return new Credentials(accessKeyId, accessKeySecret, securityToken);
  }

  /** Returns the AccessKey id (for STS, the temporary id starting {@code STS.}). */
  public String accessKeyId() {
    return accessKeyId;
  }

  /** Returns the AccessKey secret. */
  public String accessKeySecret() {
    return accessKeySecret;
  }

  /** Returns the STS security token, or {@code null} for long-term credentials. */
  public String securityToken() {
    return securityToken;
  }

  /** Returns {@code value} masked for display: at most its first three characters. */
  static String mask(String value) {
    if (value == null) {
      return "null";
    }
    return (value.length() > 6 ? value.substring(0, 3) : "") + "****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credentials c
        && accessKeyId.equals(c.accessKeyId)
        && accessKeySecret.equals(c.accessKeySecret)
        && Objects.equals(securityToken, c.securityToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKeyId, accessKeySecret, securityToken);
  }

  @Override
  public String toString() {
    return "Credentials{accessKeyId="
        + mask(accessKeyId)
        + ", accessKeySecret=****"
        + (securityToken == null ? "" : ", securityToken=****")
        + "}";
  }
}

package io.sdkgen.generator.emit;

import java.util.Locale;

/**
 * Which page fields hold secrets, so that generated {@code toString} methods show {@code ██}
 * instead of their values: names holding {@code password}, {@code passwd}, {@code secret} or {@code
 * privatekey} in any case ({@code Password}, {@code VncPassword}, {@code PrivateKeyBody}). The same
 * rule as the runtime's {@code Params.isSensitive} for operation parameters, which its logging
 * follows; a test keeps the two in step (the generator does not depend on the runtime).
 */
final class SecretNames {

  private SecretNames() {}

  /** Returns true when values of the field or parameter {@code wireName} are secrets. */
  static boolean isSecret(String wireName) {
    String lower = wireName.toLowerCase(Locale.ROOT);
    return lower.contains("password")
        || lower.contains("passwd")
        || lower.contains("secret")
        || lower.contains("privatekey");
  }
}

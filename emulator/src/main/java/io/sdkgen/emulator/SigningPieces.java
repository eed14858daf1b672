package io.sdkgen.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The primitives signature verification composes: percent-encoding, hashes and HMACs.
 *
 * <p>Stand-in until the runtime's signing code is on this branch; the verifier then delegates to
 * the runtime's percent encoder and signers instead.
 */
final class SigningPieces {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SigningPieces() {}

  /** Percent-encodes UTF-8 bytes, keeping only {@code A-Z a-z 0-9 - _ . ~} (reference 3.1). */
  static String percentEncode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  static String hmacSha1Base64(String key, String message) {
    return Base64.getEncoder().encodeToString(mac("HmacSHA1", key, message));
  }

  static String hmacSha256Hex(String key, String message) {
    return HexFormat.of().formatHex(mac("HmacSHA256", key, message));
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static byte[] mac(String algorithm, String key, String message) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }
}

package io.sdkgen.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-thread HMAC and digest instances: {@code Mac.getInstance} is looked up once and cloned per
 * thread, and the key is re-initialised only when the secret changes.
 */
final class Crypto {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final byte[] EMPTY = new byte[0];

  private static final ThreadLocal<Crypto> SHA1 = ThreadLocal.withInitial(() -> new Crypto(1));
  private static final ThreadLocal<Crypto> SHA256 = ThreadLocal.withInitial(() -> new Crypto(256));
  private static final Mac SHA1_PROTOTYPE = mac("HmacSHA1");
  private static final Mac SHA256_PROTOTYPE = mac("HmacSHA256");
  private static final MessageDigest DIGEST_PROTOTYPE = digest();

  private final Mac mac;
  private final MessageDigest digest;
  private String secret;
  private boolean ampersand;
  private byte[] scratch0;
  private byte[] scratch1;

  private Crypto(int bits) {
    try {
      this.mac = (Mac) (bits == 1 ? SHA1_PROTOTYPE : SHA256_PROTOTYPE).clone();
      this.digest = bits == 256 ? (MessageDigest) DIGEST_PROTOTYPE.clone() : null;
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Mac mac(String algorithm) {
    try {
      return Mac.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** HMAC-SHA1 keyed with {@code secret} (plus {@code "&"} when asked) over ASCII/UTF-8 text. */
  static byte[] hmacSha1(String secret, boolean appendAmpersand, String message) {
    return SHA1.get().hmac(secret, appendAmpersand, message);
  }

  /** HMAC-SHA1 over {@code len} bytes of {@code message}. */
  static byte[] hmacSha1(String secret, boolean appendAmpersand, byte[] message, int len) {
    Crypto c = SHA1.get();
    c.key(secret, appendAmpersand);
    c.mac.update(message, 0, len);
    return c.mac.doFinal();
  }

  /** Returns this thread's scratch buffer of at least {@code size} bytes. */
  static byte[] scratch(int which, int size) {
    Crypto c = SHA1.get();
    byte[] buf = which == 0 ? c.scratch0 : c.scratch1;
    if (buf == null || buf.length < size) {
      buf = new byte[Math.max(size, 1024)];
      if (which == 0) {
        c.scratch0 = buf;
      } else {
        c.scratch1 = buf;
      }
    }
    return buf;
  }

  /** HMAC-SHA256 keyed with {@code secret} over UTF-8 text. */
  static byte[] hmacSha256(String secret, String message) {
    return SHA256.get().hmac(secret, false, message);
  }

  /** Lowercase hex SHA-256 of {@code data} ({@code null} = empty). */
  static String sha256Hex(byte[] data) {
    MessageDigest d = SHA256.get().digest;
    return hex(d.digest(data == null ? EMPTY : data));
  }

  private byte[] hmac(String key, boolean appendAmpersand, String message) {
    key(key, appendAmpersand);
    return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  private void key(String key, boolean appendAmpersand) {
    if (!key.equals(secret) || ampersand != appendAmpersand) {
      String full = appendAmpersand ? key + "&" : key;
      try {
        mac.init(new SecretKeySpec(full.getBytes(StandardCharsets.UTF_8), mac.getAlgorithm()));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot initialise " + mac.getAlgorithm(), e);
      }
      secret = key;
      ampersand = appendAmpersand;
    }
  }

  /** Lowercase hex of {@code bytes}. */
  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }
}

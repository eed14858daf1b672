package io.sdkgen.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-thread HMAC and digest instances: {@code Mac.getInstance} is looked up once and cloned per
 * thread, and the key is re-initialised only when the secret changes. Also per thread: the scratch
 * byte and string arrays the signers write canonical forms into, so that signing allocates little
 * more than its results.
 */
final class Crypto {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final byte[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
          .getBytes(StandardCharsets.US_ASCII);

  /** Lowercase hex SHA-256 of zero bytes: the payload hash of every request without a body. */
  static final String EMPTY_SHA256_HEX =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

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
  private final String[][] strings = new String[4][];
  private final byte[] out = new byte[32];

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

  /**
   * HMAC-SHA1 over {@code len} bytes of {@code message}, Base64-encoded; the digest and the
   * encoding go through per-thread buffers, so the result string is the only allocation.
   */
  static String hmacSha1Base64(String secret, boolean appendAmpersand, byte[] message, int len) {
    Crypto c = SHA1.get();
    c.key(secret, appendAmpersand);
    c.mac.update(message, 0, len);
    try {
      c.mac.doFinal(c.out, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 failed", e);
    }
    byte[] text = scratch(1, 32);
    int n = base64(c.out, 20, text);
    return new String(text, 0, n, StandardCharsets.ISO_8859_1);
  }

  /** Writes standard, padded Base64 of {@code in[0..len)} into {@code out}; returns its length. */
  private static int base64(byte[] in, int len, byte[] out) {
    int pos = 0;
    int i = 0;
    for (; i + 3 <= len; i += 3) {
      int v = (in[i] & 0xFF) << 16 | (in[i + 1] & 0xFF) << 8 | (in[i + 2] & 0xFF);
      out[pos++] = BASE64[v >>> 18];
      out[pos++] = BASE64[(v >>> 12) & 0x3F];
      out[pos++] = BASE64[(v >>> 6) & 0x3F];
      out[pos++] = BASE64[v & 0x3F];
    }
    int rest = len - i;
    if (rest > 0) {
      int v = (in[i] & 0xFF) << 16 | (rest == 2 ? (in[i + 1] & 0xFF) << 8 : 0);
      out[pos++] = BASE64[v >>> 18];
      out[pos++] = BASE64[(v >>> 12) & 0x3F];
      out[pos++] = rest == 2 ? BASE64[(v >>> 6) & 0x3F] : (byte) '=';
      out[pos++] = '=';
    }
    return pos;
  }

  /**
   * SHA-256 of {@code data[0..len)} into this thread's 32-byte result buffer, which the next call
   * on this thread overwrites.
   */
  static byte[] sha256(byte[] data, int len) {
    Crypto c = SHA256.get();
    c.digest.update(data, 0, len);
    try {
      c.digest.digest(c.out, 0, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 failed", e);
    }
    return c.out;
  }

  /**
   * HMAC-SHA256 keyed with the bare {@code secret} over {@code message[0..len)} into this thread's
   * 32-byte result buffer, which the next call on this thread overwrites.
   */
  static byte[] hmacSha256(String secret, byte[] message, int len) {
    Crypto c = SHA256.get();
    c.key(secret, false);
    c.mac.update(message, 0, len);
    try {
      c.mac.doFinal(c.out, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 failed", e);
    }
    return c.out;
  }

  /** Writes lowercase hex of {@code bytes[0..len)} into {@code out} at {@code pos}. */
  static int hexTo(byte[] bytes, int len, byte[] out, int pos) {
    for (int i = 0; i < len; i++) {
      out[pos++] = (byte) HEX[(bytes[i] >> 4) & 0xF];
      out[pos++] = (byte) HEX[bytes[i] & 0xF];
    }
    return pos;
  }

  /**
   * Returns this thread's scratch string array {@code which} (0 to 3) of at least {@code size}
   * slots. Callers clear the slots they used ({@link #clear}) so no value outlives its call.
   */
  static String[] strings(int which, int size) {
    Crypto c = SHA1.get();
    String[] array = c.strings[which];
    if (array == null || array.length < size) {
      array = new String[Math.max(size, 32)];
      c.strings[which] = array;
    }
    return array;
  }

  /** Nulls {@code array[0..n)}. */
  static void clear(String[] array, int n) {
    java.util.Arrays.fill(array, 0, n, null);
  }

  /**
   * Writes {@code text} as UTF-8 into {@code buf} at {@code pos} (a lone surrogate becomes {@code
   * ?}, as {@link String#getBytes} does); {@code buf} needs {@code 3 * text.length()} bytes free.
   */
  static int utf8To(String text, byte[] buf, int pos) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        buf[pos++] = (byte) c;
      } else if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | (c >> 6));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buf[pos++] = (byte) (0xF0 | (cp >> 18));
        buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        buf[pos++] = '?';
      } else {
        buf[pos++] = (byte) (0xE0 | (c >> 12));
        buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return pos;
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
    if (data == null || data.length == 0) {
      return EMPTY_SHA256_HEX;
    }
    MessageDigest d = SHA256.get().digest;
    return hex(d.digest(data));
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

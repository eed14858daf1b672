package io.sdkgen.runtime.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Alibaba Cloud's {@code percentEncode}: RFC 3986 encoding of UTF-8 bytes with uppercase hex.
 *
 * <p>Bytes of {@code A-Z a-z 0-9 - _ . ~} stay as they are; every other byte becomes {@code %XX}.
 * So a space is {@code %20} (never {@code +}), {@code *} is {@code %2A} and {@code ~} is left
 * alone. The encoder works on bytes directly: no regular expressions and no second pass over {@link
 * java.net.URLEncoder} output. The result is also a valid query-string and form encoding.
 */
public final class PercentEncoder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final boolean[] UNRESERVED = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    UNRESERVED['-'] = true;
    UNRESERVED['_'] = true;
    UNRESERVED['.'] = true;
    UNRESERVED['~'] = true;
  }

  private PercentEncoder() {}

  /** Returns {@code value} percent-encoded; {@code null} is treated as the empty string. */
  public static String encode(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    int length = value.length();
    int i = 0;
    while (i < length) {
      char c = value.charAt(i);
      if (c >= 128 || !UNRESERVED[c]) {
        break;
      }
      i++;
    }
    if (i == length) {
      return value;
    }
    StringBuilder out = new StringBuilder(length + 16);
    out.append(value, 0, i);
    encodeFrom(value, i, out);
    return out.toString();
  }

  /** Appends {@code value} percent-encoded to {@code out}; returns {@code out}. */
  public static StringBuilder encode(String value, StringBuilder out) {
    if (value != null) {
      encodeFrom(value, 0, out);
    }
    return out;
  }

  /**
   * Returns the most bytes {@link #encodeTo} can write for {@code value}: nine a char (%XX for each
   * of three UTF-8 bytes; a surrogate pair gives twelve for two); {@code null} counts as empty.
   */
  public static int maxEncodedLength(String value) {
    return value == null ? 0 : value.length() * 9;
  }

  /**
   * Writes {@code value} percent-encoded as ASCII bytes into {@code buf} at {@code pos}; returns
   * the new position. {@code buf} must have {@link #maxEncodedLength} bytes free.
   */
  public static int encodeTo(String value, byte[] buf, int pos) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 128) {
        if (UNRESERVED[c]) {
          buf[pos++] = (byte) c;
        } else {
          pos = putByte(buf, pos, c);
        }
      } else if (c < 0x800) {
        pos = putByte(buf, pos, 0xC0 | (c >> 6));
        pos = putByte(buf, pos, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        pos = putByte(buf, pos, 0xF0 | (cp >> 18));
        pos = putByte(buf, pos, 0x80 | ((cp >> 12) & 0x3F));
        pos = putByte(buf, pos, 0x80 | ((cp >> 6) & 0x3F));
        pos = putByte(buf, pos, 0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        pos = putByte(buf, pos, '?');
      } else {
        pos = putByte(buf, pos, 0xE0 | (c >> 12));
        pos = putByte(buf, pos, 0x80 | ((c >> 6) & 0x3F));
        pos = putByte(buf, pos, 0x80 | (c & 0x3F));
      }
    }
    return pos;
  }

  private static int putByte(byte[] buf, int pos, int b) {
    buf[pos] = '%';
    buf[pos + 1] = (byte) HEX[(b >> 4) & 0xF];
    buf[pos + 2] = (byte) HEX[b & 0xF];
    return pos + 3;
  }

  /** Returns whether {@code c} is left unchanged by {@link #encode(String)}. */
  public static boolean isUnreserved(char c) {
    return c < 128 && UNRESERVED[c];
  }

  private static void encodeFrom(String value, int start, StringBuilder out) {
    int length = value.length();
    for (int i = start; i < length; i++) {
      char c = value.charAt(i);
      if (c < 128) {
        if (UNRESERVED[c]) {
          out.append(c);
        } else {
          appendByte(out, c);
        }
      } else if (c < 0x800) {
        appendByte(out, 0xC0 | (c >> 6));
        appendByte(out, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        appendByte(out, 0xF0 | (cp >> 18));
        appendByte(out, 0x80 | ((cp >> 12) & 0x3F));
        appendByte(out, 0x80 | ((cp >> 6) & 0x3F));
        appendByte(out, 0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate has no UTF-8 form; String.getBytes(UTF_8) writes '?', so do we.
        appendByte(out, '?');
      } else {
        appendByte(out, 0xE0 | (c >> 12));
        appendByte(out, 0x80 | ((c >> 6) & 0x3F));
        appendByte(out, 0x80 | (c & 0x3F));
      }
    }
  }

  private static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
  }

  /** Decodes form-style ({@code +} is a space); used by tests and servers, not the hot path. */
  public static String decode(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }
}

package io.sdkgen.runtime.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Signature nonces: 32 lowercase hex digits (128 random bits), as the official SDKs send. */
public final class Nonces {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Nonces() {}

  /** Returns a fresh nonce. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long hi = random.nextLong();
    long lo = random.nextLong();
    char[] out = new char[32];
    for (int i = 15; i >= 0; i--) {
      out[i] = HEX[(int) (hi & 0xF)];
      hi >>>= 4;
      out[16 + i] = HEX[(int) (lo & 0xF)];
      lo >>>= 4;
    }
    return new String(out);
  }
}

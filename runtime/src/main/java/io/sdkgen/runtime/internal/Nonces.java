package io.sdkgen.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Signature nonces: 32 lowercase hex digits (128 random bits), as the official SDKs send. */
public final class Nonces {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[32]);

  private Nonces() {}

  /** Returns a fresh nonce. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long hi = random.nextLong();
    long lo = random.nextLong();
    byte[] out = SCRATCH.get();
    for (int i = 15; i >= 0; i--) {
      out[i] = HEX[(int) (hi & 0xF)];
      hi >>>= 4;
      out[16 + i] = HEX[(int) (lo & 0xF)];
      lo >>>= 4;
    }
    return new String(out, 0, 32, StandardCharsets.ISO_8859_1);
  }
}

package io.sdkgen.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers signature nonces for as long as a timestamp stays acceptable, so a replayed request is
 * rejected. Bounded: the oldest nonces are forgotten first.
 */
final class NonceCache {

  private final Duration window;
  private final int maxEntries;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  NonceCache(Duration window, int maxEntries) {
    this.window = window;
    this.maxEntries = maxEntries;
  }

  /** Records {@code nonce} for {@code accessKeyId}; returns false when it was seen already. */
  synchronized boolean add(String accessKeyId, String nonce, Instant now) {
    Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
    while (oldest.hasNext()) {
      Map.Entry<String, Instant> entry = oldest.next();
      if (seen.size() < maxEntries && entry.getValue().plus(window).isAfter(now)) {
        break;
      }
      oldest.remove();
    }
    return seen.putIfAbsent(accessKeyId + '\n' + nonce, now) == null;
  }
}

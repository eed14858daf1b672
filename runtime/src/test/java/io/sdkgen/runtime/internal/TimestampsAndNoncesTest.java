package io.sdkgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimestampsAndNoncesTest {
  @Test
  void timestampsMatchTheJdkFormatterAcrossCenturiesAndLeapDays() {
    DateTimeFormatter jdk =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    Random random = new Random(7);
    long[] fixed = {0, 951_782_400L, 1_709_164_800L, 4_107_542_400L, 1_456_231_584L};
    for (long s : fixed) {
      assertThat(Timestamps.format(s)).isEqualTo(jdk.format(Instant.ofEpochSecond(s)));
    }
    for (int i = 0; i < 10_000; i++) {
      long s = (long) (random.nextDouble() * 4_000_000_000L);
      assertThat(Timestamps.format(s)).isEqualTo(jdk.format(Instant.ofEpochSecond(s)));
    }
    assertThat(Timestamps.format(1_456_231_584L)).isEqualTo("2016-02-23T12:46:24Z");
  }

  @Test
  void noncesAre32LowercaseHexAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String n = Nonces.next();
      assertThat(n).hasSize(32);
      assertThat(seen.add(n)).isTrue();
    }
    assertThat(seen).allMatch(n -> n.matches("[0-9a-f]{32}"));
  }
}

package io.sdkgen.bench;

import io.sdkgen.bench.RoundTripBenchmark.Loopback;
import io.sdkgen.bench.VpcFixture.CreateVpnRouteEntryResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * sdkgen and the bare JDK client at the same time: eight threads each, one server, one JVM. On a
 * machine shared with other work the two halves see the same load at the same moment, so their
 * ratio is steadier than the ratio of two runs made minutes apart ({@link RoundTripBenchmark}). The
 * {@code single} groups pair one thread of each, the closest to a one-caller comparison.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class RoundTripPairedBenchmark {

  /** sdkgen V1 half of the V1 pair. */
  @Benchmark
  @Group("v1")
  @GroupThreads(8)
  public CreateVpnRouteEntryResponse sdkgenV1(Loopback s) {
    s.calls.increment();
    return RoundTripBenchmark.call(s.sdkgenV1);
  }

  /** Bare half of the V1 pair. */
  @Benchmark
  @Group("v1")
  @GroupThreads(8)
  public byte[] bareV1(Loopback s) throws Exception {
    s.calls.increment();
    return RoundTripBenchmark.bare(s.bare, s.bareRequest).body();
  }

  /** sdkgen V3 half of the V3 pair. */
  @Benchmark
  @Group("v3")
  @GroupThreads(8)
  public CreateVpnRouteEntryResponse sdkgenV3(Loopback s) {
    s.calls.increment();
    return RoundTripBenchmark.call(s.sdkgenV3);
  }

  /** Bare half of the V3 pair. */
  @Benchmark
  @Group("v3")
  @GroupThreads(8)
  public byte[] bareV3(Loopback s) throws Exception {
    s.calls.increment();
    return RoundTripBenchmark.bare(s.bare, s.bareRequest).body();
  }

  /** sdkgen V1, one thread, beside one bare thread. */
  @Benchmark
  @Group("v1single")
  @GroupThreads(1)
  public CreateVpnRouteEntryResponse sdkgenV1Single(Loopback s) {
    s.calls.increment();
    return RoundTripBenchmark.call(s.sdkgenV1);
  }

  /** Bare, one thread, beside one sdkgen V1 thread. */
  @Benchmark
  @Group("v1single")
  @GroupThreads(1)
  public byte[] bareV1Single(Loopback s) throws Exception {
    s.calls.increment();
    return RoundTripBenchmark.bare(s.bare, s.bareRequest).body();
  }

  /** sdkgen V3, one thread, beside one bare thread. */
  @Benchmark
  @Group("v3single")
  @GroupThreads(1)
  public CreateVpnRouteEntryResponse sdkgenV3Single(Loopback s) {
    s.calls.increment();
    return RoundTripBenchmark.call(s.sdkgenV3);
  }

  /** Bare, one thread, beside one sdkgen V3 thread. */
  @Benchmark
  @Group("v3single")
  @GroupThreads(1)
  public byte[] bareV3Single(Loopback s) throws Exception {
    s.calls.increment();
    return RoundTripBenchmark.bare(s.bare, s.bareRequest).body();
  }
}

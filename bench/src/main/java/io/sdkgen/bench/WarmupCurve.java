package io.sdkgen.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A diagnostic beside {@link RoundTripBenchmark.SixteenThreads}, not a JMH benchmark: one client of
 * the round-trip benchmark from a fresh JVM, its calls per second every 5 s, with the JIT
 * compiler's time and the process's CPU time in each window. It shows how long a client takes to
 * reach its steady speed under load, and why: while the compiler is still busy, the client runs
 * partly interpreted.
 *
 * <p>An optional first phase runs the client with fewer callers (one, say) before the loaded one,
 * so that the compiler gets CPU time the sixteen callers would otherwise take from it on a 2-core
 * machine.
 *
 * <p>{@code java -Xmx1g -cp bench/target/benchmarks.jar io.sdkgen.bench.WarmupCurve client [callers
 * [seconds [warmCallers warmSeconds]]]}, client one of {@code sdkgenV1 sdkgenV3 bare core coreTyped
 * tea}; defaults 16 callers for 90 s, no first phase.
 */
public final class WarmupCurve {
  private static final int WINDOW_SECONDS = 5;
  private static final List<String> CLIENTS =
      List.of("sdkgenV1", "sdkgenV3", "bare", "core", "coreTyped", "tea");

  private WarmupCurve() {}

  /** Runs the phases; see the class comment. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !CLIENTS.contains(args[0]) || args.length == 4) {
      System.err.println(
          "usage: WarmupCurve client [callers [seconds [warmCallers warmSeconds]]]; client one of "
              + String.join(" ", CLIENTS));
      System.exit(2);
    }
    String client = args[0];
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 90;
    RoundTripBenchmark.Loopback loopback = new RoundTripBenchmark.Loopback();
    loopback.setUp();
    try {
      if (args.length > 4) {
        phase(loopback, client, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      }
      phase(loopback, client, callers, seconds);
    } finally {
      loopback.tearDown();
    }
  }

  private static void phase(
      RoundTripBenchmark.Loopback loopback, String client, int callers, int seconds)
      throws Exception {
    LongAdder calls = new LongAdder();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end && failure.get() == null) {
                    call(loopback, client);
                    calls.increment();
                    loopback.calls.increment();
                  }
                } catch (Exception e) {
                  failure.compareAndSet(null, e);
                }
              },
              "caller-" + i);
      t.start();
      threads.add(t);
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long lastCalls = 0;
    long lastJit = jit.getTotalCompilationTime();
    long lastCpu = os.getProcessCpuTime();
    for (int t = WINDOW_SECONDS; t <= seconds && failure.get() == null; t += WINDOW_SECONDS) {
      Thread.sleep(WINDOW_SECONDS * 1000L);
      long nowCalls = calls.sum();
      long nowJit = jit.getTotalCompilationTime();
      long nowCpu = os.getProcessCpuTime();
      System.out.printf(
          Locale.ROOT,
          "%s, %2d callers, %3d s: %,7d calls/s   JIT %5d ms   CPU %5d ms%n",
          client,
          callers,
          t,
          (nowCalls - lastCalls) / WINDOW_SECONDS,
          nowJit - lastJit,
          (nowCpu - lastCpu) / 1_000_000);
      lastCalls = nowCalls;
      lastJit = nowJit;
      lastCpu = nowCpu;
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private static void call(RoundTripBenchmark.Loopback loopback, String client) throws Exception {
    switch (client) {
      case "sdkgenV1" -> RoundTripBenchmark.call(loopback.sdkgenV1);
      case "sdkgenV3" -> RoundTripBenchmark.call(loopback.sdkgenV3);
      case "bare" -> RoundTripBenchmark.bare(loopback.bare, loopback.bareRequest);
      case "core" ->
          RoundTripBenchmark.coreRequestId(
              RoundTripBenchmark.core(loopback.core, loopback.server.hostAndPort()));
      case "coreTyped" ->
          RoundTripBenchmark.coreTyped(loopback.core, loopback.server.hostAndPort());
      default -> RoundTripBenchmark.tea(loopback.tea, loopback.teaRuntime);
    }
  }
}

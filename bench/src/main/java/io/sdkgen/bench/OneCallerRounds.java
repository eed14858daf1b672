package io.sdkgen.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A diagnostic beside {@link RoundTripBenchmark.OneThread}, not a JMH benchmark: one caller, the
 * clients taking turns in rounds of the same number of calls in one JVM, so that the load of the
 * moment (which on a shared 2-core machine moves more between JMH forks than the differences in
 * question) falls on all of them alike. Per round it prints the mean latency and the process's CPU
 * time per call (all threads: caller, the JDK client's selector and executor, the server), and at
 * the end the median of each client's per-round latency over the bare client's.
 *
 * <p>Besides the clients of the JMH benchmark it times the bare client sending, per call, a copy of
 * its pre-built request with the URI parsed afresh from its text: the least that any client must do
 * per call when every request carries its own timestamp, nonce and signature.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.sdkgen.bench.OneCallerRounds [calls [rounds]]}
 * (defaults 10,000 and 8; the first round is warm-up and not counted).
 */
public final class OneCallerRounds {

  private OneCallerRounds() {}

  /** Runs the rounds; see the class comment. */
  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    RoundTripBenchmark.Loopback loopback = new RoundTripBenchmark.Loopback();
    loopback.setUp();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String uri = loopback.bareRequest.uri().toString();
    String[] clients = {"bare", "bare, fresh request", "sdkgen V1", "sdkgen V3"};
    List<List<Double>> latencies = new ArrayList<>();
    for (int c = 0; c < clients.length; c++) {
      latencies.add(new ArrayList<>());
    }
    try {
      for (int round = 0; round < rounds; round++) {
        for (int c = 0; c < clients.length; c++) {
          long cpu = os.getProcessCpuTime();
          long start = System.nanoTime();
          for (int i = 0; i < calls; i++) {
            call(loopback, c, uri);
          }
          double micros = (System.nanoTime() - start) / 1000.0 / calls;
          double cpuMicros = (os.getProcessCpuTime() - cpu) / 1000.0 / calls;
          System.out.printf(
              Locale.ROOT,
              "round %d  %-20s %7.1f us/call  %7.1f us CPU/call%n",
              round,
              clients[c],
              micros,
              cpuMicros);
          if (round > 0) {
            latencies.get(c).add(micros);
          }
        }
      }
    } finally {
      loopback.tearDown();
    }
    for (int c = 1; c < clients.length; c++) {
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < latencies.get(c).size(); r++) {
        // Throughput ratio, as the JMH tables give it: bare latency over this client's.
        ratios.add(latencies.get(0).get(r) / latencies.get(c).get(r));
      }
      ratios.sort(null);
      System.out.printf(
          Locale.ROOT,
          "%-20s / bare: median %.2fx over %d rounds (%.2fx to %.2fx)%n",
          clients[c],
          ratios.get(ratios.size() / 2),
          ratios.size(),
          ratios.get(0),
          ratios.get(ratios.size() - 1));
    }
  }

  private static void call(RoundTripBenchmark.Loopback loopback, int client, String uri)
      throws Exception {
    switch (client) {
      case 0 -> RoundTripBenchmark.bare(loopback.bare, loopback.bareRequest);
      case 1 ->
          RoundTripBenchmark.bare(
              loopback.bare,
              HttpRequest.newBuilder(loopback.bareRequest, (name, value) -> true)
                  .uri(URI.create(uri))
                  .build());
      case 2 -> RoundTripBenchmark.call(loopback.sdkgenV1);
      default -> RoundTripBenchmark.call(loopback.sdkgenV3);
    }
  }
}

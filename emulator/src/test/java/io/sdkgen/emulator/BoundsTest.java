package io.sdkgen.emulator;

import static io.sdkgen.emulator.Requests.ID;
import static io.sdkgen.emulator.Requests.SECRET;
import static io.sdkgen.emulator.Requests.createParams;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BoundsTest {

  @Test
  void requestsBeyondConcurrencyBoundGetServiceUnavailable() {
    try (Emulator emulator =
        Emulator.builder()
            .products(List.of(SeedProducts.vpc()))
            .accessKey(ID, SECRET)
            .maxConcurrentRequests(2)
            .latency(Duration.ofMillis(800))
            .requestLog(line -> {})
            .build()
            .start()) {
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(
            CompletableFuture.supplyAsync(
                () -> Requests.v1Get(emulator.endpoint(), createParams())));
      }
      List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();

      assertThat(statuses).containsOnly(200, 503);
      assertThat(statuses.stream().filter(s -> s == 200).count()).isBetween(1L, 2L);
      HttpResponse<String> rejected =
          calls.stream()
              .map(CompletableFuture::join)
              .filter(r -> r.statusCode() == 503)
              .findFirst()
              .orElseThrow();
      assertThat(rejected.body()).contains("\"Code\":\"ServiceUnavailable\"");
    }
  }

  @Test
  void closeStopsListeningAndIsIdempotent() throws Exception {
    Emulator emulator =
        Emulator.builder()
            .products(List.of(SeedProducts.vpc()))
            .accessKey(ID, SECRET)
            .requestLog(line -> {})
            .build()
            .start();
    int port = emulator.port();
    assertThat(Requests.v1Get(emulator.endpoint(), createParams()).statusCode()).isEqualTo(200);

    long started = System.nanoTime();
    emulator.close();
    emulator.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    try (Socket socket = new Socket("127.0.0.1", port)) {
      throw new AssertionError("still listening on " + port);
    } catch (ConnectException expected) {
      // closed
    }
  }

  @Test
  void closeLetsRequestInProgressFinish() {
    Emulator emulator =
        Emulator.builder()
            .products(List.of(SeedProducts.vpc()))
            .accessKey(ID, SECRET)
            .latency(Duration.ofMillis(500))
            .requestLog(line -> {})
            .build()
            .start();
    CompletableFuture<HttpResponse<String>> call =
        CompletableFuture.supplyAsync(() -> Requests.v1Get(emulator.endpoint(), createParams()));
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }

    emulator.close();

    assertThat(call.join().statusCode()).isEqualTo(200);
  }
}

package io.sdkgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.runtime.TestServer.Reply;
import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many threads through one shared client; nothing fails and no thread outlives close(). */
class ConcurrencyTest {
  static final int THREADS = 16;
  static final int REQUESTS_PER_THREAD = 2_000;

  @Test
  void sixteenThreadsTimesTwoThousandRequestsThroughOneClient() throws Exception {
    Set<Thread> before = liveNonDaemonThreads();
    Set<String> nonces = ConcurrentHashMap.newKeySet();
    Set<String> clientTokens = ConcurrentHashMap.newKeySet();
    try (TestServer server = new TestServer()) {
      server
          .recording(false)
          .otherwise(
              r -> {
                String nonce = TestServer.decodeForm(r.rawQuery()).get("SignatureNonce");
                clientTokens.add(
                    TestServer.decodeForm(new String(r.body(), StandardCharsets.UTF_8))
                        .get("ClientToken"));
                if (!nonces.add(nonce)) {
                  return Reply.json(
                      400, "{\"Code\":\"SignatureNonceUsed\",\"Message\":\"reused\"}");
                }
                return Reply.json(
                    200, "{\"RequestId\":\"" + nonce + "\",\"VpnInstanceId\":\"vpn-1\"}");
              });
      ClientOptions options =
          ClientOptions.builder()
              .endpoint(server.url())
              .region("cn-hangzhou")
              .credentials(new StaticCredentialsProvider(Credentials.of("id", "secret")))
              // The default policy, as users get it: now and then the JDK client loses the
              // answer on a pooled loopback connection after the server acted on the request.
              // The retry is a new attempt (new nonce and signature) with the same ClientToken.
              .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build())
              .build();
      Callers.Outcome outcome;
      try (SdkClient client = new SdkClient(Fixtures.VPC, options)) {
        outcome = Callers.run("load", THREADS, REQUESTS_PER_THREAD, client);
      }
      assertThat(outcome.firstFailure()).isNull();
      assertThat(outcome.wrongAnswers()).isZero();
      // Every call reached the server under its own ClientToken; every attempt had its own nonce;
      // retries stay rare.
      assertThat(clientTokens).hasSize(THREADS * REQUESTS_PER_THREAD);
      assertThat(nonces).hasSize(server.requestCount());
      assertThat(server.requestCount())
          .isBetween(THREADS * REQUESTS_PER_THREAD, THREADS * REQUESTS_PER_THREAD + THREADS);
    }

    // The client's own pools are shut down: none of its threads may linger, daemon or not.
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline && !sdkgenThreads().isEmpty()) {
      Thread.sleep(50);
    }
    assertThat(sdkgenThreads()).isEmpty();
    Set<Thread> after = liveNonDaemonThreads();
    after.removeAll(before);
    assertThat(after.stream().map(Thread::getName).collect(Collectors.toList())).isEmpty();
  }

  static Set<Thread> liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
  }

  static List<String> sdkgenThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("sdkgen-"))
        .collect(Collectors.toList());
  }
}

package io.sdkgen.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sdkgen.emulator.Emulator;
import io.sdkgen.runtime.ResponseFormat;
import io.sdkgen.runtime.auth.CredentialsProvider;
import io.sdkgen.samples.vpc.CreateVpnRouteEntryRequest;
import io.sdkgen.samples.vpc.CreateVpnRouteEntryResponse;
import io.sdkgen.samples.vpc.VpcClient;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The options of the generated client's builder reach the runtime. */
class GeneratedClientOptionsTest {
  private static CreateVpnRouteEntryRequest request() {
    return CreateVpnRouteEntryRequest.builder()
        .vpnGatewayId("vpn-bp1a3kqjiiq9legfx****")
        .routeDest("10.0.0.0/24")
        .nextHop("vco-bp15oes1py4i66rmd****")
        .weight(CreateVpnRouteEntryRequest.WEIGHT_0)
        .publishVpc(false)
        .build();
  }

  @Test
  void asyncCallsRunOnTheGivenExecutorAndNetworkInterceptorsSeeSignedAttempts() throws Exception {
    AtomicInteger submitted = new AtomicInteger();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Executor counting =
        task -> {
          submitted.incrementAndGet();
          pool.execute(task);
        };
    List<String> signatures = new CopyOnWriteArrayList<>();
    try (Emulator emulator =
            Emulator.builder()
                .docs(Path.of("src/main/docs/vpc"))
                .accessKey("ak-options", "options-secret")
                .requestLog(line -> {})
                .build()
                .start();
        VpcClient vpc =
            VpcClient.builder()
                .region("cn-hangzhou")
                .endpoint(emulator.endpoint())
                .credentials(CredentialsProvider.of("ak-options", "options-secret"))
                .format(ResponseFormat.JSON)
                .executor(counting)
                .addNetworkInterceptor(
                    chain -> {
                      signatures.add(String.valueOf(chain.request().query().get("Signature")));
                      return chain.proceed(chain.request());
                    })
                .build()) {
      CreateVpnRouteEntryResponse created =
          vpc.createVpnRouteEntryAsync(request()).get(10, TimeUnit.SECONDS);

      assertThat(created.routeDest()).isEqualTo("10.0.0.0/24");
      assertThat(submitted).hasValue(1);
      assertThat(signatures).singleElement().isNotEqualTo("null");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theUserAgentGoesOutWithEveryRequest() throws Exception {
    List<String> agents = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.createContext(
        "/",
        exchange -> {
          agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
          exchange.getRequestBody().readAllBytes();
          byte[] body = "{\"RequestId\":\"R-1\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try (VpcClient vpc =
        VpcClient.builder()
            .region("cn-hangzhou")
            .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .credentials(CredentialsProvider.of("ak", "secret"))
            .userAgent("options-test/1.0")
            .build()) {
      assertThat(vpc.createVpnRouteEntry(request()).requestId()).isEqualTo("R-1");
      assertThat(vpc.createVpnRouteEntry(request()).requestId()).isEqualTo("R-1");
    } finally {
      server.stop(0);
    }
    assertThat(agents).containsExactly("options-test/1.0", "options-test/1.0");
  }
}

package io.sdkgen.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sdkgen.emulator.SeedProductsAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmulatorExtensionTest {

  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder()
          .products(SeedProductsAccess.vpc())
          .accessKey("id", "secret")
          .requestLog(line -> {})
          .build();

  private static URI seen;

  @Test
  void emulatorRunsDuringTests() throws Exception {
    seen = emulator.endpoint();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(seen.resolve("/?Action=Nope&Version=2016-04-28")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(seen.toString()).startsWith("http://127.0.0.1:");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("InvalidAction.NotFound");
  }

  @AfterAll
  static void stoppedAfterAll() {
    // AfterAll methods of the class run before the extension's afterAll; the emulator still runs.
    assertThat(emulator.port()).isEqualTo(seen.getPort());
  }

  @Test
  void beforeAllStartsAndAfterAllStops() throws Exception {
    EmulatorExtension extension =
        EmulatorExtension.builder()
            .products(SeedProductsAccess.vpc())
            .accessKey("id", "secret")
            .requestLog(line -> {})
            .build();

    extension.beforeAll(null);
    int port = extension.port();
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      assertThat(socket.isConnected()).isTrue();
    }
    extension.afterAll(null);

    assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
        .isInstanceOf(java.net.ConnectException.class);
    assertThatThrownBy(extension::endpoint).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void extensionNotYetStartedSaysSo() {
    EmulatorExtension idle = EmulatorExtension.builder().build();

    assertThatThrownBy(idle::endpoint)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only during the tests");
  }
}

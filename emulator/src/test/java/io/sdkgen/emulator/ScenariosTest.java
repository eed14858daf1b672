package io.sdkgen.emulator;

import static io.sdkgen.emulator.EmulatorTest.assertError;
import static io.sdkgen.emulator.EmulatorTest.json;
import static io.sdkgen.emulator.Requests.ID;
import static io.sdkgen.emulator.Requests.SECRET;
import static io.sdkgen.emulator.Requests.createParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {

  @TempDir Path dir;

  private Path file(String json) throws IOException {
    return Files.writeString(dir.resolve("scenarios.json"), json);
  }

  private Emulator start(Path scenarios) {
    return Emulator.builder()
        .products(List.of(SeedProducts.vpc()))
        .accessKey(ID, SECRET)
        .scenarios(scenarios)
        .requestLog(line -> {})
        .build()
        .start();
  }

  @Test
  void matchingRequestGetsDocumentedErrorWithPageStatusAndMessage() throws IOException {
    Path scenarios =
        file(
            """
            [{"action": "CreateVpnRouteEntry", "when": {"VpnGatewayId": "vpn-missing"},
              "error": "InvalidVpnGatewayInstanceId.NotFound"}]
            """);
    try (Emulator emulator = start(scenarios)) {
      Map<String, String> params = createParams();
      params.put("VpnGatewayId", "vpn-missing");

      HttpResponse<String> response = Requests.v1Get(emulator.endpoint(), params);

      assertError(response, 404, "InvalidVpnGatewayInstanceId.NotFound");
      assertThat(json(response).path("Message").asText())
          .isEqualTo("The specified vpn gateway instance id does not exist.");
      assertThat(Requests.v1Get(emulator.endpoint(), createParams()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void timesFailsOnlyTheFirstMatchingRequests() throws IOException {
    Path scenarios =
        file(
            "[{\"action\": \"CreateVpnRouteEntry\", \"error\": \"Throttling.User\", \"times\": 2}]");
    try (Emulator emulator = start(scenarios)) {
      assertError(Requests.v1Get(emulator.endpoint(), createParams()), 400, "Throttling.User");
      assertError(Requests.v1Get(emulator.endpoint(), createParams()), 400, "Throttling.User");
      assertThat(Requests.v1Get(emulator.endpoint(), createParams()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void invalidRequestsAreRejectedBeforeScenarios() throws IOException {
    Path scenarios = file("[{\"action\": \"CreateVpnRouteEntry\", \"error\": \"Forbidden\"}]");
    try (Emulator emulator = start(scenarios)) {
      Map<String, String> params = createParams();
      params.remove("RegionId");

      assertError(Requests.v1Get(emulator.endpoint(), params), 400, "MissingParameter");
      assertError(Requests.v1Get(emulator.endpoint(), createParams()), 403, "Forbidden");
    }
  }

  @Test
  void undocumentedCodeIsSetupErrorNamingFileAndEntry() throws IOException {
    Path scenarios =
        file(
            """
            [{"action": "CreateVpnRouteEntry", "error": "Forbidden"},
             {"action": "PublishVpnRouteEntry", "error": "NoSuchCode"}]
            """);

    assertThatThrownBy(() -> start(scenarios))
        .isInstanceOf(EmulatorSetupException.class)
        .hasMessage(
            scenarios
                + "[1]: error: error code \"NoSuchCode\" is not documented for"
                + " PublishVpnRouteEntry (PublishVpnRouteEntry.md) nor a common gateway code");
  }

  @Test
  void unknownActionIsSetupError() throws IOException {
    Path scenarios = file("[{\"action\": \"DeleteEverything\", \"error\": \"Forbidden\"}]");

    assertThatThrownBy(() -> start(scenarios))
        .isInstanceOf(EmulatorSetupException.class)
        .hasMessage(
            scenarios + "[0]: error: action \"DeleteEverything\" is not an operation of the pages");
  }

  @Test
  void malformedEntryIsSetupErrorNamingEntry() throws IOException {
    Path scenarios =
        file("[{\"action\": \"CreateVpnRouteEntry\", \"times\": -1, \"error\": \"X\"}]");

    assertThatThrownBy(() -> Scenarios.load(scenarios))
        .isInstanceOf(EmulatorSetupException.class)
        .hasMessage(scenarios + "[0]: error: \"times\" must be a number >= 0");
  }

  @Test
  void fileThatIsNotJsonIsSetupErrorWithLine() throws IOException {
    Path scenarios = file("[\n{\"action\": }\n]");

    assertThatThrownBy(() -> Scenarios.load(scenarios))
        .isInstanceOf(EmulatorSetupException.class)
        .hasMessageStartingWith(scenarios + ":2: error: not JSON");
  }
}

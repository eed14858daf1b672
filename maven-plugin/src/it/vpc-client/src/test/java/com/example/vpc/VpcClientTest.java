package com.example.vpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sdkgen.emulator.junit.EmulatorExtension;
import io.sdkgen.runtime.auth.CredentialsProvider;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calls the client generated from src/main/sdkgen against the emulator serving the same pages. */
class VpcClientTest {

  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder()
          .docs(Path.of("src/main/sdkgen"))
          .accessKey("test-id", "test-secret")
          .build();

  @Test
  void createVpnRouteEntryReturnsTheDocumentedFields() {
    try (VpcClient client =
        VpcClient.builder()
            .endpoint(emulator.endpoint())
            .region("cn-hangzhou")
            .credentials(CredentialsProvider.of("test-id", "test-secret"))
            .build()) {
      CreateVpnRouteEntryResponse response =
          client.createVpnRouteEntry(
              CreateVpnRouteEntryRequest.builder()
                  .regionId("cn-hangzhou")
                  .vpnGatewayId("vpn-bp1a3kqjiiq9legfx1234")
                  .routeDest("10.0.0.0/24")
                  .nextHop("vco-bp15oes1py4i66rmd1234")
                  .weight(100)
                  .publishVpc(true)
                  .build());

      assertEquals("published", response.state());
      assertEquals("10.0.0.0/24", response.routeDest());
      assertEquals(Integer.valueOf(100), response.weight());
    }
  }
}

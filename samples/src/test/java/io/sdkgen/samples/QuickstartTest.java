package io.sdkgen.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.emulator.Emulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class QuickstartTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void clearCredentials() {
    System.clearProperty("alibabacloud.accessKeyId");
    System.clearProperty("alibabacloud.accessKeySecret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "3"})
  void embeddedEmulatorAnswersBothCalls(String signatureVersion) {
    int exit = run("--signature-version", signatureVersion);

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Started the embedded emulator on http://127.0.0.1:")
        .contains("(signature V" + signatureVersion + ")")
        .containsPattern(
            "CreateVpnRouteEntry: route 10\\.0\\.0\\.0/24 via \\S+ on vpn-\\S+,"
                + " state published, weight 100 \\(RequestId [0-9A-F-]{36}\\)")
        .containsPattern("PublishVpnRouteEntry: published \\(RequestId [0-9A-F-]{36}\\)");
  }

  @Test
  void explicitEndpointUsesCredentialsFromTheStandardChain() {
    List<String> log = new ArrayList<>();
    try (Emulator emulator = emulator("ak-test", "the-secret", log)) {
      System.setProperty("alibabacloud.accessKeyId", "ak-test");
      System.setProperty("alibabacloud.accessKeySecret", "the-secret");

      int exit = run("--endpoint", emulator.endpoint().toString(), "--signature-version", "3");

      assertThat(exit).as(err.toString()).isZero();
      assertThat(out.toString())
          .startsWith("Calling " + emulator.endpoint() + " with signature V3")
          .contains("PublishVpnRouteEntry: published");
      assertThat(log).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("the-secret"));
    }
  }

  @Test
  void wrongSecretIsReportedAsTheServiceErrorWithExitOne() {
    try (Emulator emulator = emulator("ak-test", "the-secret", new ArrayList<>())) {
      System.setProperty("alibabacloud.accessKeyId", "ak-test");
      System.setProperty("alibabacloud.accessKeySecret", "not-the-secret");

      int exit = run("--endpoint", emulator.endpoint().toString());

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("The service answered an error: SignatureDoesNotMatch")
          .doesNotContain("not-the-secret");
    }
  }

  @Test
  void unknownSignatureVersionIsUsageError() {
    assertThat(run("--signature-version", "2")).isEqualTo(2);
    assertThat(err.toString()).startsWith("--signature-version must be 1 or 3, not 2");
  }

  private static Emulator emulator(String keyId, String secret, List<String> log) {
    return Emulator.builder()
        .docs(Path.of("src/main/docs/vpc"))
        .accessKey(keyId, secret)
        .requestLog(log::add)
        .build()
        .start();
  }

  private int run(String... args) {
    CommandLine command = new CommandLine(new Quickstart());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}

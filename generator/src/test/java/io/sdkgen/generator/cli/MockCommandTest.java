package io.sdkgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MockCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static Path docs() {
    try {
      return Path.of(MockCommandTest.class.getResource("/mock-docs").toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private int run(MockCommand command, String... args) {
    CommandLine mock = new CommandLine(command);
    mock.setOut(new PrintWriter(out, true));
    mock.setErr(new PrintWriter(err, true));
    return mock.execute(args);
  }

  @Test
  void mockIsSubcommandOfSdkgen() {
    assertThat(new CommandLine(SdkgenCommand.class).getSubcommands()).containsKey("mock");
  }

  private int run(String... args) {
    // An open latch: a command that wrongly starts serving returns at once instead of blocking.
    return run(new MockCommand(Map.of(), new CountDownLatch(0)), args);
  }

  @Test
  void servesPagesUntilStoppedAndPrintsOneLine() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    MockCommand command = new MockCommand(Map.of(MockCommand.SECRET_ENV, "from-env"), stop);
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                run(command, "--docs", docs().toString(), "--port", "0", "--access-key-id", "id"));
    Pattern started =
        Pattern.compile(
            "Emulating 2 operations of Vpc 2016-04-28 on http://127\\.0\\.0\\.1:(\\d+)\\n");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    Matcher matcher = started.matcher("");
    while (!(matcher = started.matcher(out.toString())).matches()) {
      assertThat(System.nanoTime()).as("started: " + out + err).isLessThan(deadline);
      assertThat(exit).as(err.toString()).isNotDone();
      Thread.sleep(20);
    }
    URI endpoint = URI.create("http://127.0.0.1:" + matcher.group(1));

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        endpoint.resolve(
                            "/?Action=CreateVpnRouteEntry&Version=2016-04-28&AccessKeyId=id"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    stop.countDown();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("IncompleteSignature");
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(err.toString())
        .matches("GET CreateVpnRouteEntry 400 IncompleteSignature \\d+ms [0-9A-F-]+\\n")
        .doesNotContain("from-env");
  }

  @Test
  void portThatIsNotNumberIsOneLineUsageError() {
    int code =
        run(
            "--docs",
            docs().toString(),
            "--port",
            "abc",
            "--access-key-id",
            "id",
            "--access-key-secret",
            "s");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("sdkgen mock: --port abc is not a number\n");
  }

  @Test
  void helpPrintsTheUsageAndServesNothing() {
    int code = run("--help");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("Usage: mock [-h]")
        .contains("--access-key-id=ID", "--version=V", "Serves every operation of the pages");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void unknownFlagIsOneLineUsageError() {
    int code = run("--docs", docs().toString(), "--bogus");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("sdkgen mock: unknown argument --bogus\n");
  }

  @Test
  void missingSecretWithoutEnvironmentIsUsageError() {
    int code = run("--docs", docs().toString(), "--access-key-id", "id");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "sdkgen mock: missing --access-key-secret S (or $ALIBABA_CLOUD_ACCESS_KEY_SECRET)\n");
  }

  @Test
  void scenarioWithUndocumentedCodeExitsOneNamingFileAndEntry() throws IOException {
    Path scenarios =
        Files.writeString(
            dir.resolve("s.json"), "[{\"action\":\"CreateVpnRouteEntry\",\"error\":\"Nope\"}]");

    int code =
        run(
            "--docs",
            docs().toString(),
            "--access-key-id",
            "id",
            "--access-key-secret",
            "s",
            "--scenarios",
            scenarios.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith(scenarios + "[0]: error: error code \"Nope\"");
  }

  @Test
  void productAndVersionFlagsApplyToPagesWithoutExplorerLink() throws Exception {
    String page = Files.readString(docs().resolve("CreateVpnRouteEntry.md"));
    String withoutLink = page.replaceAll("\\(https://api\\.aliyun\\.com/[^)]*\\)", "");
    assertThat(withoutLink).isNotEqualTo(page);
    Files.writeString(dir.resolve("CreateVpnRouteEntry.md"), withoutLink);
    String[] args = {
      "--docs", dir.toString(), "--port", "0", "--access-key-id", "id", "--access-key-secret", "s"
    };

    assertThat(run(args)).isEqualTo(1);
    assertThat(err.toString()).contains("CreateVpnRouteEntry.md: error: no product/version");

    CountDownLatch stop = new CountDownLatch(1);
    MockCommand command = new MockCommand(Map.of(), stop);
    StringWriter started = new StringWriter();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(started, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                commandLine.execute(
                    "--docs",
                    dir.toString(),
                    "--port",
                    "0",
                    "--access-key-id",
                    "id",
                    "--access-key-secret",
                    "s",
                    "--product",
                    "Vpc",
                    "--version",
                    "2016-04-28"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!started.toString().contains("Emulating")) {
      assertThat(exit).as("exited early").isNotDone();
      assertThat(System.nanoTime()).as("started").isLessThan(deadline);
      Thread.sleep(20);
    }
    stop.countDown();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(started.toString()).startsWith("Emulating 1 operations of Vpc 2016-04-28 on ");
  }

  @Test
  void pageErrorsExitOneWithFileAndLine() throws IOException {
    Files.writeString(dir.resolve("Broken.md"), BROKEN_PAGE);

    int code = run("--docs", dir.toString(), "--access-key-id", "id", "--access-key-secret", "s");

    assertThat(code).as(err.toString()).isEqualTo(1);
    assertThat(err.toString()).matches("(?s)Broken\\.md:\\d+: error: .+\\n");
  }

  private static final String BROKEN_PAGE =
      """
      # Broken {#doc_api_Vpc_Broken .reference}

      Does nothing.

      [Explorer](https://api.aliyun.com/#product=Vpc&api=Broken&type=RPC&version=2016-04-28)

      ## Request parameters {#parameters .section}

      |Foo|Bar|
      |---|---|
      |a|b|
      """;
}

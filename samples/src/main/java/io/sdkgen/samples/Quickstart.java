package io.sdkgen.samples;

import io.sdkgen.emulator.Emulator;
import io.sdkgen.runtime.GenerateSdk;
import io.sdkgen.runtime.SdkClientException;
import io.sdkgen.runtime.ServiceException;
import io.sdkgen.runtime.SignatureVersion;
import io.sdkgen.runtime.auth.CredentialsProvider;
import io.sdkgen.runtime.auth.DefaultCredentialsProvider;
import io.sdkgen.samples.vpc.CreateVpnRouteEntryRequest;
import io.sdkgen.samples.vpc.CreateVpnRouteEntryResponse;
import io.sdkgen.samples.vpc.PublishVpnRouteEntryRequest;
import io.sdkgen.samples.vpc.PublishVpnRouteEntryResponse;
import io.sdkgen.samples.vpc.VpcClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The VPC quickstart: creates a VPN route entry, then publishes it, with the client sdkgen
 * generated from the two pages in {@code src/main/docs/vpc} while this class compiled.
 *
 * <p>By default it starts the emulator in-process on 127.0.0.1 with a throw-away key pair and talks
 * to it over real HTTP with real signing. With {@code --endpoint URL} it talks to that server
 * instead, with credentials from the standard chain ({@code ALIBABA_CLOUD_ACCESS_KEY_ID} and {@code
 * ALIBABA_CLOUD_ACCESS_KEY_SECRET} first).
 */
@GenerateSdk(docs = "src/main/docs/vpc", packageName = "io.sdkgen.samples.vpc")
@Command(
    name = "vpc-quickstart",
    mixinStandardHelpOptions = true,
    description = "Calls CreateVpnRouteEntry then PublishVpnRouteEntry and prints the answers.")
public final class Quickstart implements Callable<Integer> {

  /** The pages the client was generated from, also packaged for the embedded emulator. */
  private static final List<String> PAGES =
      List.of("CreateVpnRouteEntry.md", "PublishVpnRouteEntry.md");

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Talk to this server instead of the embedded emulator.")
  private URI endpoint;

  @Option(
      names = "--signature-version",
      paramLabel = "1|3",
      defaultValue = "1",
      description = "1: HMAC-SHA1 (default), 3: ACS3-HMAC-SHA256.")
  private int signatureVersion;

  @Option(
      names = "--region",
      defaultValue = "cn-hangzhou",
      description = "Default: ${DEFAULT-VALUE}.")
  private String region;

  @Spec private CommandSpec spec;

  /** Runs the quickstart and exits with its code: 0 success, 1 a failed call, 2 bad usage. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Quickstart()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SignatureVersion version =
        switch (signatureVersion) {
          case 1 -> SignatureVersion.V1;
          case 3 -> SignatureVersion.V3;
          default ->
              throw new CommandLine.ParameterException(
                  spec.commandLine(),
                  "--signature-version must be 1 or 3, not " + signatureVersion);
        };
    PrintWriter out = spec.commandLine().getOut();
    if (endpoint != null) {
      out.println("Calling " + endpoint + " with signature V" + signatureVersion);
      return run(endpoint, DefaultCredentialsProvider.create(), version, out);
    }
    String keyId = "quickstart-" + UUID.randomUUID();
    String secret = UUID.randomUUID().toString();
    Path docs = extractPages();
    try (Emulator emulator =
        Emulator.builder().docs(docs).accessKey(keyId, secret).build().start()) {
      out.println(
          "Started the embedded emulator on "
              + emulator.endpoint()
              + " (signature V"
              + signatureVersion
              + ")");
      return run(emulator.endpoint(), CredentialsProvider.of(keyId, secret), version, out);
    } finally {
      deleteAll(docs);
    }
  }

  private int run(
      URI target, CredentialsProvider credentials, SignatureVersion version, PrintWriter out) {
    try (VpcClient vpc =
        VpcClient.builder()
            .region(region)
            .endpoint(target)
            .credentials(credentials)
            .signatureVersion(version)
            .build()) {
      CreateVpnRouteEntryResponse created =
          vpc.createVpnRouteEntry(
              CreateVpnRouteEntryRequest.builder()
                  .vpnGatewayId("vpn-bp1a3kqjiiq9legfx****")
                  .routeDest("10.0.0.0/24")
                  .nextHop("vco-bp15oes1py4i66rmd****")
                  .weight(CreateVpnRouteEntryRequest.WEIGHT_0)
                  .publishVpc(false)
                  .build());
      out.println(
          "CreateVpnRouteEntry: route "
              + created.routeDest()
              + " via "
              + created.nextHop()
              + " on "
              + created.vpnInstanceId()
              + ", state "
              + created.state()
              + ", weight "
              + created.weight()
              + " (RequestId "
              + created.requestId()
              + ")");
      PublishVpnRouteEntryResponse published =
          vpc.publishVpnRouteEntry(
              PublishVpnRouteEntryRequest.builder()
                  .vpnGatewayId("vpn-bp1a3kqjiiq9legfx****")
                  .routeDest("10.0.0.0/24")
                  .nextHop("vco-bp15oes1py4i66rmd****")
                  .routeType(PublishVpnRouteEntryRequest.RouteType.PBR)
                  .publishVpc(true)
                  .build());
      out.println("PublishVpnRouteEntry: published (RequestId " + published.requestId() + ")");
      return 0;
    } catch (ServiceException e) {
      spec.commandLine().getErr().println("The service answered an error: " + e.getMessage());
      return 1;
    } catch (SdkClientException e) {
      spec.commandLine().getErr().println("The call failed: " + e.getMessage());
      return 1;
    }
  }

  /** Copies the packaged pages to a temporary folder the emulator can read. */
  private static Path extractPages() throws IOException {
    Path docs = Files.createTempDirectory("vpc-quickstart-docs");
    for (String page : PAGES) {
      try (InputStream in = Quickstart.class.getResourceAsStream("/docs/vpc/" + page)) {
        if (in == null) {
          throw new IllegalStateException("page " + page + " is missing from the quickstart jar");
        }
        Files.copy(in, docs.resolve(page));
      }
    }
    return docs;
  }

  private static void deleteAll(Path docs) {
    try (var files = Files.list(docs)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

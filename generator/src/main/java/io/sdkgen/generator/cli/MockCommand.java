package io.sdkgen.generator.cli;

import io.sdkgen.emulator.Emulator;
import io.sdkgen.emulator.EmulatorSetupException;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code sdkgen mock}: serves the operations of reference pages, RPC and ROA, on a local emulator
 * until Ctrl-C.
 *
 * <p>Exit codes: 0 after a clean stop, 1 when pages or the scenario file have errors (printed as
 * {@code file:line: error: message}), 2 for a usage mistake (one line).
 */
@Command(
    name = "mock",
    description = {
      "Serves every operation of the pages (RPC and ROA) on a local HTTP emulator until Ctrl-C.",
      "The secret may come from ALIBABA_CLOUD_ACCESS_KEY_SECRET instead of --access-key-secret;"
          + " prefer it: a command line is visible to other users in ps."
    })
public final class MockCommand implements Callable<Integer> {

  static final String SECRET_ENV = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";

  @Spec private CommandSpec spec;

  // Not picocli's standard help options: their --version would clash with the API version one.
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Mixin PageOptions pages;

  @Option(names = "--docs", paramLabel = "DIR", description = "Folder of reference pages (*.md).")
  private Path docs;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to listen on; 0 picks a free one (default).")
  private String port = "0";

  @Option(names = "--host", paramLabel = "HOST", description = "Address (default 127.0.0.1).")
  private String host = "127.0.0.1";

  @Option(names = "--access-key-id", paramLabel = "ID", description = "AccessKeyId to accept.")
  private String accessKeyId;

  @Option(
      names = "--access-key-secret",
      paramLabel = "S",
      description = "Its secret; default: $" + SECRET_ENV + ".")
  private String accessKeySecret;

  @Option(
      names = "--scenarios",
      paramLabel = "FILE",
      description = "JSON rules answering matching requests with documented errors.")
  private Path scenarios;

  @Unmatched private List<String> unmatched = new ArrayList<>();

  private final Map<String, String> environment;
  private final CountDownLatch stop;

  /** Creates the command as the command line uses it: real environment, stopped by Ctrl-C. */
  public MockCommand() {
    this(System.getenv(), new CountDownLatch(1));
  }

  /** Creates a command reading {@code environment} that stops when {@code stop} opens. */
  MockCommand(Map<String, String> environment, CountDownLatch stop) {
    this.environment = environment;
    this.stop = stop;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String usage = usageMistake();
    if (usage != null) {
      err.println("sdkgen mock: " + usage);
      err.flush();
      return 2;
    }
    String secret = accessKeySecret != null ? accessKeySecret : environment.get(SECRET_ENV);
    Emulator emulator;
    try {
      Emulator.Builder builder =
          Emulator.builder()
              .docs(pages.reader().build(), docs)
              .accessKey(accessKeyId, secret)
              .host(host)
              .port(Integer.parseInt(port))
              .requestLog(
                  line -> {
                    err.println(line);
                    err.flush();
                  });
      if (scenarios != null) {
        builder.scenarios(scenarios);
      }
      emulator = builder.build().start();
    } catch (EmulatorSetupException e) {
      List<Diagnostic> errors =
          e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
      if (errors.isEmpty()) {
        err.println(e.getMessage());
      }
      for (Diagnostic diagnostic : errors) {
        err.println(diagnostic.location() + ": error: " + diagnostic.message());
      }
      err.flush();
      return 1;
    }
    Thread hook = new Thread(() -> closeAndSignal(emulator), "sdkgen-mock-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(
        "Emulating "
            + emulator.operationCount()
            + " operations of "
            + describe(emulator.products())
            + " on "
            + emulator.endpoint());
    out.flush();
    stop.await();
    closeAndSignal(emulator);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down already: the hook is running and closes the emulator itself.
    }
    return 0;
  }

  private void closeAndSignal(Emulator emulator) {
    emulator.close();
    stop.countDown();
  }

  /** Returns the one-line description of a usage mistake, or null when the flags are fine. */
  private String usageMistake() {
    if (!unmatched.isEmpty()) {
      return "unknown argument " + unmatched.get(0);
    }
    if (docs == null) {
      return "missing --docs DIR";
    }
    if (!Files.isDirectory(docs)) {
      return "--docs " + docs + " is not a folder";
    }
    if (accessKeyId == null || accessKeyId.isEmpty()) {
      return "missing --access-key-id ID";
    }
    if ((accessKeySecret == null || accessKeySecret.isEmpty())
        && (environment.get(SECRET_ENV) == null || environment.get(SECRET_ENV).isEmpty())) {
      return "missing --access-key-secret S (or $" + SECRET_ENV + ")";
    }
    try {
      int n = Integer.parseInt(port);
      if (n < 0 || n > 65535) {
        return "--port " + port + " is not between 0 and 65535";
      }
    } catch (NumberFormatException e) {
      return "--port " + port + " is not a number";
    }
    if (scenarios != null && !Files.isRegularFile(scenarios)) {
      return "--scenarios " + scenarios + " is not a file";
    }
    return null;
  }

  private static String describe(List<Product> products) {
    return products.stream()
        .map(product -> product.name() + " " + product.version())
        .distinct()
        .collect(Collectors.joining(", "));
  }
}

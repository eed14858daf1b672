package io.sdkgen.emulator;

import com.sun.net.httpserver.HttpServer;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.Severity;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.parse.SpecReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * A local Alibaba Cloud API emulator: serves every operation of the given pages over HTTP, RPC and
 * ROA (RESTful; those signed with V3, as sdkgen's runtime signs them), checking signatures and
 * parameters as the real service does and answering with the pages' example bodies.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.builder()
 *     .products(spec.products())
 *     .accessKey("test-id", "test-secret")
 *     .build()
 *     .start()) {
 *   URI endpoint = emulator.endpoint(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>An emulator is started once and closed once; {@link #close()} waits briefly for requests in
 * progress, then stops the server and its threads.
 */
public final class Emulator implements AutoCloseable {

  private static final Duration DRAIN = Duration.ofSeconds(5);

  private final List<Product> products;
  private final Catalog catalog;
  private final Map<String, String> secrets;
  private final String host;
  private final int requestedPort;
  private final long maxRequestBytes;
  private final int maxConcurrentRequests;
  private final Duration latency;
  private final Consumer<String> requestLog;
  private final boolean verifySignatures;

  private HttpServer server;
  private ExecutorService executor;
  private RequestHandler handler;
  private boolean closed;

  private Emulator(Builder builder) {
    this.products = List.copyOf(builder.products);
    this.catalog = Catalog.of(products, builder.scenarios);
    this.secrets = Map.copyOf(builder.secrets);
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.maxRequestBytes = builder.maxRequestBytes;
    this.maxConcurrentRequests = builder.maxConcurrentRequests;
    this.latency = builder.latency;
    this.requestLog = builder.requestLog;
    this.verifySignatures = builder.verifySignatures;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the address and starts serving; returns this emulator.
   *
   * @throws EmulatorSetupException when the address cannot be bound or this emulator was started
   */
  public synchronized Emulator start() {
    if (server != null || closed) {
      throw new EmulatorSetupException("an emulator starts once");
    }
    handler =
        new RequestHandler(
            catalog,
            verifySignatures ? new SignatureVerifier(secrets, Clock.systemUTC()) : null,
            maxRequestBytes,
            maxConcurrentRequests,
            latency,
            requestLog);
    try {
      server = HttpServer.create(new InetSocketAddress(host, requestedPort), 64);
    } catch (IOException e) {
      throw new EmulatorSetupException(
          "cannot listen on " + host + ":" + requestedPort + ": " + e.getMessage(), List.of(), e);
    }
    // A few threads beyond the bound, so that saturation is answered with ServiceUnavailable
    // at once instead of waiting in the queue.
    int threads = maxConcurrentRequests + 2;
    AtomicInteger count = new AtomicInteger();
    executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "sdkgen-emulator-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    return this;
  }

  /** Returns the port listened on; the ephemeral port chosen when the builder asked for 0. */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  /** Returns {@code http://host:port}, the endpoint clients should call. */
  public URI endpoint() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port());
  }

  /** Returns the products served, as given. */
  public List<Product> products() {
    return products;
  }

  /** Returns how many operations (per version) are served. */
  public int operationCount() {
    return catalog.size();
  }

  /**
   * Stops serving: new requests are refused, requests in progress get up to five seconds to finish,
   * then the listening socket and the threads stop. Closing twice does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (server == null) {
      return;
    }
    handler.beginClosing();
    long deadline = System.nanoTime() + DRAIN.toNanos();
    while (handler.inFlight() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    // Nothing is in progress now, so stopping without a delay cuts no answer short.
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Configures an {@link Emulator}. */
  public static final class Builder {
    private final List<Product> products = new ArrayList<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private Scenarios scenarios = Scenarios.none();
    private String host = "127.0.0.1";
    private int port;
    private long maxRequestBytes = 1024 * 1024;
    private int maxConcurrentRequests = 64;
    private Duration latency = Duration.ZERO;
    // Looked up on first use, so that a caller with its own log sink never initialises SLF4J.
    private Consumer<String> requestLog =
        line -> LoggerFactory.getLogger(Emulator.class).info(line);
    private boolean verifySignatures = true;

    private Builder() {}

    /** Adds products to serve: RPC and ROA operations alike. */
    public Builder products(List<Product> products) {
      this.products.addAll(products);
      return this;
    }

    /**
     * Adds the products of the reference pages under {@code paths}: {@code *.md} files below
     * folders, and files given directly. Product and version come from the pages.
     *
     * @throws EmulatorSetupException when a page has errors; {@link
     *     EmulatorSetupException#diagnostics()} lists them with their places
     */
    public Builder docs(Path... paths) {
      return docs(SpecReader.builder().preferredLocale("en").build(), paths);
    }

    /**
     * Adds the products of the reference pages under {@code paths}, read with {@code reader}: for
     * pages that name no product or version, the reader's configured ones apply.
     *
     * @throws EmulatorSetupException when a page has errors; {@link
     *     EmulatorSetupException#diagnostics()} lists them with their places
     */
    public Builder docs(SpecReader reader, Path... paths) {
      Spec spec = reader.read(List.of(paths));
      List<Diagnostic> errors =
          spec.allDiagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
      if (!errors.isEmpty()) {
        throw new EmulatorSetupException(
            errors.size() + " error(s) in the pages, first: " + errors.get(0), errors, null);
      }
      return products(spec.products());
    }

    /**
     * Adds an access key pair requests may be signed with. Several may be added; the secret is kept
     * only in memory and never logged.
     */
    public Builder accessKey(String accessKeyId, String accessKeySecret) {
      Objects.requireNonNull(accessKeyId, "accessKeyId == null");
      Objects.requireNonNull(accessKeySecret, "accessKeySecret == null");
      secrets.put(accessKeyId, accessKeySecret);
      return this;
    }

    /** Sets the address to listen on; {@code 127.0.0.1} by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /** Sets the port; 0 (the default) picks a free one, see {@link Emulator#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** Sets the scenario rules; none by default. */
    public Builder scenarios(Scenarios scenarios) {
      this.scenarios = Objects.requireNonNull(scenarios, "scenarios == null");
      return this;
    }

    /** Reads the scenario rules from a JSON file (see {@link Scenarios}). */
    public Builder scenarios(Path file) {
      return scenarios(Scenarios.load(file));
    }

    /**
     * Sets the largest request accepted, query and body each; larger ones are answered 413 {@code
     * RequestEntityTooLarge}. 1 MiB by default.
     */
    public Builder maxRequestBytes(long maxRequestBytes) {
      if (maxRequestBytes < 1) {
        throw new IllegalArgumentException("maxRequestBytes < 1: " + maxRequestBytes);
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /**
     * Sets how many requests are handled at once; more are answered 503 {@code ServiceUnavailable}.
     * 64 by default.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests < 1: " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /** Delays every successful answer by {@code latency}, to imitate a slow service. */
    public Builder latency(Duration latency) {
      this.latency = Objects.requireNonNull(latency, "latency == null");
      return this;
    }

    /**
     * Sets where the one line per request goes (method, action, status, code, milliseconds, request
     * id; never a secret or signature). SLF4J logger {@code io.sdkgen.emulator.Emulator} at INFO by
     * default.
     */
    public Builder requestLog(Consumer<String> requestLog) {
      this.requestLog = Objects.requireNonNull(requestLog, "requestLog == null");
      return this;
    }

    /** Turns signature checking off; for this module's tests only. */
    Builder verifySignatures(boolean verifySignatures) {
      this.verifySignatures = verifySignatures;
      return this;
    }

    /**
     * Returns an emulator, not yet started.
     *
     * @throws EmulatorSetupException when nothing is served, no access key is given, or a scenario
     *     names an unknown action or an undocumented error code
     */
    public Emulator build() {
      if (verifySignatures && secrets.isEmpty()) {
        throw new EmulatorSetupException("no access key: call accessKey(id, secret)");
      }
      Emulator emulator = new Emulator(this);
      if (emulator.operationCount() == 0) {
        throw new EmulatorSetupException("no operation to serve");
      }
      return emulator;
    }
  }
}

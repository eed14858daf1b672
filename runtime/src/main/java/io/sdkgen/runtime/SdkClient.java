package io.sdkgen.runtime;

import io.sdkgen.runtime.auth.CredentialsProvider;
import io.sdkgen.runtime.auth.DefaultCredentialsProvider;
import io.sdkgen.runtime.auth.Signer;
import io.sdkgen.runtime.auth.V1Signer;
import io.sdkgen.runtime.auth.V3Signer;
import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine generated product clients wrap: builds, signs, sends and maps one operation call.
 *
 * <p><b>Share one instance.</b> A client is immutable and thread-safe, holds one JDK {@link
 * HttpClient} with its connection pool, and is meant to be created once per product and reused.
 *
 * <p>Each call runs one pipeline: the application interceptors, then the retry loop, and per
 * attempt the signing step, the network interceptors and the HTTP exchange. A 2xx answer is parsed
 * (JSON, or XML when asked) into a {@link ResponseNode} and handed to the {@link ResponseReader};
 * an error answer becomes the {@link ServiceException} subclass registered for its code. Client
 * side failures are {@link SdkClientException}s: {@link ConnectTimeoutException}, {@link
 * ReadTimeoutException}, {@link TransportException}, {@link UnreadableResponseException}.
 *
 * <p>{@link #close()} shuts down the threads the client created itself (the pool behind {@link
 * #executeAsync}); a caller-supplied {@link HttpClient} or {@link Executor} is left alone. The
 * client's own {@link HttpClient} has no pool: it reads answers on its selector thread, which the
 * JDK ends once the client is no longer referenced.
 */
public final class SdkClient implements AutoCloseable {
  private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

  private final ServiceInfo service;
  private final ClientOptions options;
  private final RequestFactory requests;
  private final SigningInterceptor signing;
  private final List<Interceptor> pipeline;
  private final ExecutorService ownedAsyncExecutor;
  private final Executor asyncExecutor;

  /**
   * Creates a client for one product.
   *
   * @throws SdkClientException if no endpoint can be resolved
   */
  public SdkClient(ServiceInfo service, ClientOptions options) {
    this.service = Objects.requireNonNull(service, "service");
    this.options = Objects.requireNonNull(options, "options");
    URI endpoint = EndpointResolver.resolve(service, options);
    int id = CLIENT_IDS.incrementAndGet();

    HttpClient http = options.httpClient();
    if (http == null) {
      HttpClient.Builder builder =
          HttpClient.newBuilder()
              .connectTimeout(options.connectTimeout())
              .executor(SdkClient::runOnSelector)
              .followRedirects(HttpClient.Redirect.NEVER);
      if (options.sslContext() != null) {
        builder.sslContext(options.sslContext());
      }
      http = builder.build();
    }
    if (options.executor() == null) {
      ownedAsyncExecutor = newPool("sdkgen-async-" + id + "-");
      asyncExecutor = ownedAsyncExecutor;
    } else {
      ownedAsyncExecutor = null;
      asyncExecutor = options.executor();
    }

    CredentialsProvider credentials =
        options.credentials() != null ? options.credentials() : DefaultCredentialsProvider.create();
    Signer rpcSigner =
        options.signatureVersion() == SignatureVersion.V3
            ? new V3Signer(options.format())
            : new V1Signer(options.format());
    this.requests =
        new RequestFactory(service, endpoint, options.region(), options.signatureVersion());
    this.signing = new SigningInterceptor(credentials, rpcSigner, new V3Signer(options.format()));

    List<Interceptor> steps = new ArrayList<>(options.interceptors());
    steps.add(new RetryInterceptor(options.retryPolicy()));
    steps.add(signing);
    steps.addAll(options.networkInterceptors());
    steps.add(
        new CallServerInterceptor(
            http, options.connectTimeout(), options.readTimeout(), options.userAgent()));
    this.pipeline = List.copyOf(steps);
  }

  /**
   * The executor of the client's own {@link HttpClient}: runs each task where it is handed over.
   *
   * <p>The JDK client runs a task itself when a caller's thread submits it and hands it to the
   * executor when its selector thread does: reading an answer off the socket, parsing its head,
   * collecting its body. With a thread pool every answer crosses two threads before the waiting
   * caller wakes (selector to pool thread, pool thread to caller); run here, it crosses one. On two
   * cores that was ~40% more calls a second at sixteen callers and a third less latency for one
   * (docs/benchmarks.md). It is safe because nothing of the caller's runs there: the body goes into
   * a {@code byte[]} ({@code BodyHandlers.ofByteArray}), the caller waits on the future in {@code
   * HttpClient.send} and attaches no stages to it, interceptors and response mapping run on the
   * calling thread after {@code send} returns. TLS work (handshakes, decryption) also runs on the
   * selector thread, as it does on the event loop of Netty-style clients.
   */
  private static void runOnSelector(Runnable task) {
    task.run();
  }

  private static ExecutorService newPool(String prefix) {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, prefix + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }

  /** Returns the product this client calls. */
  public ServiceInfo service() {
    return service;
  }

  /** Returns the options this client was built with. */
  public ClientOptions options() {
    return options;
  }

  /**
   * Calls {@code operation} and returns the mapped response.
   *
   * @param operation the operation constant
   * @param request writes the parameters ({@code null} for none)
   * @param reader maps the parsed body onto the response type
   * @throws ServiceException (a registered subclass) when the service answers with an error
   * @throws SdkClientException when no usable answer arrives
   */
  public <T> T execute(OperationInfo operation, RequestWriter request, ResponseReader<T> reader) {
    Request unsigned = requests.create(operation, request);
    Response response = new RealChain(pipeline, 0, unsigned, 0).proceed(unsigned);
    return ResponseMapper.map(response, reader, options.format(), service.errors());
  }

  /**
   * Calls {@code operation} asynchronously, on the same pipeline as {@link #execute}. The future
   * completes exceptionally with the exceptions {@link #execute} throws.
   */
  public <T> CompletableFuture<T> executeAsync(
      OperationInfo operation, RequestWriter request, ResponseReader<T> reader) {
    return CompletableFuture.supplyAsync(() -> execute(operation, request, reader), asyncExecutor);
  }

  /**
   * Builds and signs one attempt of a call without sending it; for benchmarks and debugging. The
   * result carries the secret-derived signature: do not log it unredacted.
   */
  public Request prepare(OperationInfo operation, RequestWriter request) {
    return signing.sign(requests.create(operation, request));
  }

  /** Releases the threads this client created. Calls in flight may fail. Idempotent. */
  @Override
  public void close() {
    if (ownedAsyncExecutor != null) {
      ownedAsyncExecutor.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "SdkClient{" + service.productCode() + " " + service.apiVersion() + ", " + options + "}";
  }
}

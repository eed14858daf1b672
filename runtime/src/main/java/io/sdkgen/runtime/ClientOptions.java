package io.sdkgen.runtime;

import io.sdkgen.runtime.auth.CredentialsProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * Everything configurable about a client. Immutable; create with {@link #builder()}, derive with
 * {@link #toBuilder()}.
 *
 * <p>Defaults: signature {@link SignatureVersion#V1} for RPC (ROA always uses V3), JSON answers,
 * connect timeout 5 s, read timeout 10 s, {@link RetryPolicy#defaults()}, credentials from the
 * {@link io.sdkgen.runtime.auth.DefaultCredentialsProvider} chain, a private {@link HttpClient}.
 */
public final class ClientOptions {
  private final String region;
  private final URI endpoint;
  private final CredentialsProvider credentials;
  private final SignatureVersion signatureVersion;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final List<Interceptor> interceptors;
  private final List<Interceptor> networkInterceptors;
  private final ResponseFormat format;
  private final HttpClient httpClient;
  private final SSLContext sslContext;
  private final Executor executor;
  private final String userAgent;

  private ClientOptions(Builder b) {
    this.region = b.region;
    this.endpoint = b.endpoint;
    this.credentials = b.credentials;
    this.signatureVersion = b.signatureVersion;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.retryPolicy = b.retryPolicy;
    this.interceptors = List.copyOf(b.interceptors);
    this.networkInterceptors = List.copyOf(b.networkInterceptors);
    this.format = b.format;
    this.httpClient = b.httpClient;
    this.sslContext = b.sslContext;
    this.executor = b.executor;
    this.userAgent = b.userAgent;
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.region = region;
    b.endpoint = endpoint;
    b.credentials = credentials;
    b.signatureVersion = signatureVersion;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.retryPolicy = retryPolicy;
    b.interceptors.addAll(interceptors);
    b.networkInterceptors.addAll(networkInterceptors);
    b.format = format;
    b.httpClient = httpClient;
    b.sslContext = sslContext;
    b.executor = executor;
    b.userAgent = userAgent;
    return b;
  }

  /** Returns the region id, or {@code null}. */
  public String region() {
    return region;
  }

  /** Returns the explicit endpoint, or {@code null} to resolve one from product and region. */
  public URI endpoint() {
    return endpoint;
  }

  /** Returns the credentials provider, or {@code null} for the default chain. */
  public CredentialsProvider credentials() {
    return credentials;
  }

  /** Returns the signature version used for RPC operations. */
  public SignatureVersion signatureVersion() {
    return signatureVersion;
  }

  /** Returns the connect timeout (ignored when a caller-supplied {@link HttpClient} is used). */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns the read timeout: the longest wait for a response after sending. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Returns the retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Returns the application interceptors, run once per call before retries and signing. */
  public List<Interceptor> interceptors() {
    return interceptors;
  }

  /** Returns the network interceptors, run once per attempt after signing. */
  public List<Interceptor> networkInterceptors() {
    return networkInterceptors;
  }

  /** Returns the response format asked for. */
  public ResponseFormat format() {
    return format;
  }

  /** Returns the caller-supplied HTTP client, or {@code null}. */
  public HttpClient httpClient() {
    return httpClient;
  }

  /**
   * Returns the TLS context the client's own HTTP client uses, or {@code null} for the JDK's
   * default.
   */
  public SSLContext sslContext() {
    return sslContext;
  }

  /** Returns the executor for asynchronous calls, or {@code null} for a client-owned one. */
  public Executor executor() {
    return executor;
  }

  /** Returns the User-Agent header value. */
  public String userAgent() {
    return userAgent;
  }

  @Override
  public String toString() {
    return "ClientOptions{region="
        + region
        + ", endpoint="
        + endpoint
        + ", credentials="
        + (credentials == null ? "default chain" : credentials.getClass().getSimpleName())
        + ", signatureVersion="
        + signatureVersion
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", format="
        + format
        + "}";
  }

  /** Builds {@link ClientOptions}; not thread-safe. */
  public static final class Builder {
    private String region;
    private URI endpoint;
    private CredentialsProvider credentials;
    private SignatureVersion signatureVersion = SignatureVersion.V1;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<Interceptor> interceptors = new ArrayList<>();
    private final List<Interceptor> networkInterceptors = new ArrayList<>();
    private ResponseFormat format = ResponseFormat.JSON;
    private HttpClient httpClient;
    private SSLContext sslContext;
    private Executor executor;
    private String userAgent = "sdkgen-runtime/0.1 Java/" + Runtime.version().feature();

    private Builder() {}

    /** Sets the region id, e.g. {@code cn-hangzhou}. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets an explicit endpoint, which wins over every host rule: {@code https://host}, {@code
     * http://127.0.0.1:8080} (plain HTTP allowed for local servers), or a bare {@code host[:port]}
     * (HTTPS). Any path is ignored.
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint == null ? null : EndpointResolver.normalize(endpoint.toString());
      return this;
    }

    /** Sets an explicit endpoint from text; see {@link #endpoint(URI)}. */
    public Builder endpoint(String endpoint) {
      this.endpoint = endpoint == null ? null : EndpointResolver.normalize(endpoint);
      return this;
    }

    /** Sets the credentials provider. */
    public Builder credentials(CredentialsProvider credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Sets the signature version for RPC operations. */
    public Builder signatureVersion(SignatureVersion signatureVersion) {
      this.signatureVersion = Objects.requireNonNull(signatureVersion, "signatureVersion");
      return this;
    }

    /** Sets the connect timeout. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Sets the read timeout. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /** Sets the retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Adds an application interceptor (once per call, before retries and signing). */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** Adds a network interceptor (once per attempt, sees the signed request). */
    public Builder addNetworkInterceptor(Interceptor interceptor) {
      networkInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** Sets the response format asked for. */
    public Builder format(ResponseFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** Uses a caller-supplied HTTP client (shared, not closed by the SDK client). */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Sets the TLS context (trusted certificates, client keys) of the HTTP client the SDK client
     * builds for itself, for example to trust a private certificate authority. Not used with {@link
     * #httpClient(HttpClient)}, whose own context applies.
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    /** Uses a caller-supplied executor for asynchronous calls (not shut down by the client). */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /** Sets the User-Agent header. */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /** Returns the options. */
    public ClientOptions build() {
      return new ClientOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}

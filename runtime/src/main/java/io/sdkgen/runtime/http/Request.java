package io.sdkgen.runtime.http;

import io.sdkgen.runtime.OperationInfo;
import io.sdkgen.runtime.ServiceInfo;
import io.sdkgen.runtime.auth.PercentEncoder;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP request as it moves through the interceptor chain: unsigned before the signing step,
 * signed after it. Immutable; derive variants with {@link #newBuilder()}.
 *
 * <p>{@link #path()} is already percent-encoded. Query and form values are raw and are
 * percent-encoded on the wire. Header names are lower case. {@link #toString()} redacts signatures,
 * tokens and key ids.
 */
public final class Request {
  private final ServiceInfo service;
  private final OperationInfo operation;
  private final String method;
  private final URI endpoint;
  private final String path;
  private final Params query;
  private final Params form;
  private final Params headers;
  private final byte[] body;

  private Request(Builder b) {
    this.service = Objects.requireNonNull(b.service, "service");
    this.operation = Objects.requireNonNull(b.operation, "operation");
    this.method = Objects.requireNonNull(b.method, "method");
    this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint");
    this.path = b.path == null ? "/" : b.path;
    this.query = b.query == null ? Params.empty() : b.query;
    this.form = b.form == null ? Params.empty() : b.form;
    this.headers = b.headers == null ? Params.empty() : b.headers;
    this.body = b.body;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this request's values. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.service = service;
    b.operation = operation;
    b.method = method;
    b.endpoint = endpoint;
    b.path = path;
    b.query = query;
    b.form = form;
    b.headers = headers;
    b.body = body;
    return b;
  }

  /** Returns the product this request belongs to. */
  public ServiceInfo service() {
    return service;
  }

  /** Returns the operation being called. */
  public OperationInfo operation() {
    return operation;
  }

  /** Returns the HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** Returns the endpoint: scheme, host and optional port, no path. */
  public URI endpoint() {
    return endpoint;
  }

  /** Returns the percent-encoded path, {@code /} for RPC. */
  public String path() {
    return path;
  }

  /** Returns the query parameters (raw values). */
  public Params query() {
    return query;
  }

  /** Returns the form-body parameters (raw values); sent url-encoded when not empty. */
  public Params form() {
    return form;
  }

  /** Returns the headers, names in lower case. */
  public Params headers() {
    return headers;
  }

  /**
   * Returns the raw body, or {@code null} when there is none (or it is the form). The array is
   * shared: do not modify it.
   */
  public byte[] body() {
    return body;
  }

  /**
   * The last endpoint's host text: one client sends to one endpoint, so this nearly always hits.
   */
  private record HostCache(URI endpoint, String host) {}

  private static volatile HostCache hostCache;

  /** Returns the value of the {@code Host} header the JDK client sends for {@link #endpoint()}. */
  public String host() {
    HostCache cached = hostCache;
    if (cached != null && cached.endpoint == endpoint) {
      return cached.host;
    }
    String host = host(endpoint);
    hostCache = new HostCache(endpoint, host);
    return host;
  }

  private static String host(URI endpoint) {
    int port = endpoint.getPort();
    boolean secure = "https".equalsIgnoreCase(endpoint.getScheme());
    if (port == -1 || (secure && port == 443) || (!secure && port == 80)) {
      return endpoint.getHost();
    }
    return endpoint.getHost() + ":" + port;
  }

  /** Returns {@code METHOD scheme://host[:port]/path}: no query, so safe for messages. */
  public String target() {
    return method + " " + endpoint.getScheme() + "://" + host() + path;
  }

  /** Returns the full URI with the percent-encoded query string. */
  public URI uri() {
    String scheme = endpoint.getScheme();
    String authority = endpoint.getRawAuthority();
    StringBuilder out =
        new StringBuilder(
            scheme.length() + 3 + authority.length() + path.length() + 1 + encodedLength(query));
    out.append(scheme).append("://").append(authority);
    out.append(path);
    if (!query.isEmpty()) {
      out.append('?');
      appendEncoded(query, out);
    }
    return URI.create(out.toString());
  }

  /** Returns the form parameters url-encoded as a body, {@code name=value&...}. */
  public String formBody() {
    return appendEncoded(form, new StringBuilder(encodedLength(form))).toString();
  }

  /** Returns {@link #formBody()} as the (ASCII) bytes that go on the wire. */
  public byte[] formBodyBytes() {
    byte[] out = new byte[encodedLength(form)];
    int pos = 0;
    for (int i = 0; i < form.size(); i++) {
      if (i > 0) {
        out[pos++] = '&';
      }
      pos = PercentEncoder.encodeTo(form.name(i), out, pos);
      out[pos++] = '=';
      pos = PercentEncoder.encodeTo(form.value(i), out, pos);
    }
    return out;
  }

  /** Returns the exact length of {@code params} percent-encoded as {@code a=b&c=d}. */
  private static int encodedLength(Params params) {
    int n = params.size();
    int length = n == 0 ? 0 : n * 2 - 1;
    for (int i = 0; i < n; i++) {
      length += PercentEncoder.encodedLength(params.name(i));
      length += PercentEncoder.encodedLength(params.value(i));
    }
    return length;
  }

  private static StringBuilder appendEncoded(Params params, StringBuilder out) {
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        out.append('&');
      }
      PercentEncoder.encode(params.name(i), out).append('=');
      PercentEncoder.encode(params.value(i), out);
    }
    return out;
  }

  @Override
  public String toString() {
    return "Request{"
        + target()
        + ", operation="
        + operation.name()
        + ", query="
        + query
        + (form.isEmpty() ? "" : ", form=" + form)
        + ", headers="
        + headers
        + (body == null ? "" : ", body=" + body.length + " bytes")
        + "}";
  }

  /** Builds {@link Request}s; not thread-safe. */
  public static final class Builder {
    private ServiceInfo service;
    private OperationInfo operation;
    private String method;
    private URI endpoint;
    private String path;
    private Params query;
    private Params form;
    private Params headers;
    private byte[] body;

    private Builder() {}

    /** Sets the product. */
    public Builder service(ServiceInfo service) {
      this.service = service;
      return this;
    }

    /** Sets the operation. */
    public Builder operation(OperationInfo operation) {
      this.operation = operation;
      return this;
    }

    /** Sets the HTTP method (upper-cased). */
    public Builder method(String method) {
      this.method = method.toUpperCase(Locale.ROOT);
      return this;
    }

    /** Sets the endpoint: scheme, host, optional port. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /** Sets the already percent-encoded path. */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /** Sets the query parameters. */
    public Builder query(Params query) {
      this.query = query;
      return this;
    }

    /** Sets the form-body parameters. */
    public Builder form(Params form) {
      this.form = form;
      return this;
    }

    /** Sets the headers; names must be lower case. */
    public Builder headers(Params headers) {
      this.headers = headers;
      return this;
    }

    /** Sets or replaces one header (name lower-cased). */
    public Builder header(String name, String value) {
      Params current = headers == null ? Params.empty() : headers;
      this.headers = current.toBuilder().set(name.toLowerCase(Locale.ROOT), value).build();
      return this;
    }

    /** Sets the raw body ({@code null} for none); the array is not copied. */
    public Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    /** Returns the request. */
    public Request build() {
      return new Request(this);
    }
  }
}

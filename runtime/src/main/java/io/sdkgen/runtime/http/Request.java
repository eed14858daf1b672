package io.sdkgen.runtime.http;

import io.sdkgen.runtime.OperationInfo;
import io.sdkgen.runtime.ServiceInfo;
import io.sdkgen.runtime.auth.PercentEncoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    int length = scheme.length() + 3 + authority.length() + path.length() + 1 + maxEncoded(query);
    // Written as ASCII bytes, then one Latin-1 string: the encoded query is ASCII by construction,
    // and so are scheme, authority and path unless an endpoint or path was given raw non-ASCII.
    byte[] out = scratch(length);
    int pos = putAscii(scheme, out, 0);
    out[pos++] = ':';
    out[pos++] = '/';
    out[pos++] = '/';
    pos = putAscii(authority, out, pos);
    pos = putAscii(path, out, pos);
    if (pos < 0) {
      StringBuilder text = new StringBuilder(length).append(scheme).append("://");
      text.append(authority).append(path);
      if (!query.isEmpty()) {
        // The buffer has room for the encoded query alone; what was written before is dropped.
        int end = writeEncoded(query, out, 0);
        text.append('?').append(new String(out, 0, end, StandardCharsets.ISO_8859_1));
      }
      return URI.create(text.toString());
    }
    if (!query.isEmpty()) {
      out[pos++] = '?';
      pos = writeEncoded(query, out, pos);
    }
    return URI.create(new String(out, 0, pos, StandardCharsets.ISO_8859_1));
  }

  /** Copies ASCII {@code text} to {@code out} at {@code pos}; -1 if it holds anything else. */
  private static int putAscii(String text, byte[] out, int pos) {
    if (pos < 0) {
      return pos;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      out[pos++] = (byte) c;
    }
    return pos;
  }

  /** Returns the form parameters url-encoded as a body, {@code name=value&...}. */
  public String formBody() {
    return new String(formBodyBytes(), StandardCharsets.ISO_8859_1);
  }

  /** Returns {@link #formBody()} as the (ASCII) bytes that go on the wire. */
  public byte[] formBodyBytes() {
    byte[] out = scratch(maxEncoded(form));
    return Arrays.copyOf(out, writeEncoded(form, out, 0));
  }

  /**
   * A per-thread buffer to encode into, so that nothing measures the encoded length first: the text
   * is copied out of it once, as the URI's string or the body's bytes.
   */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[2048]);

  /** Larger requests (user data, big bodies) get a buffer of their own, not kept per thread. */
  private static final int MAX_KEPT = 64 * 1024;

  private static byte[] scratch(int size) {
    byte[] buf = SCRATCH.get();
    if (buf.length >= size) {
      return buf;
    }
    if (size > MAX_KEPT) {
      return new byte[size];
    }
    buf = new byte[Math.max(size, Math.min(buf.length * 2, MAX_KEPT))];
    SCRATCH.set(buf);
    return buf;
  }

  /** An upper bound of {@code params} percent-encoded as {@code a=b&c=d}. */
  private static int maxEncoded(Params params) {
    int n = params.size();
    int length = n; // the '=' and '&' between them
    for (int i = 0; i < n; i++) {
      length += PercentEncoder.maxEncodedLength(params.name(i));
      length += PercentEncoder.maxEncodedLength(params.value(i));
    }
    return length;
  }

  /** Writes {@code params} percent-encoded as {@code a=b&c=d} at {@code pos}; returns the end. */
  private static int writeEncoded(Params params, byte[] out, int pos) {
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        out[pos++] = '&';
      }
      pos = PercentEncoder.encodeTo(params.name(i), out, pos);
      out[pos++] = '=';
      pos = PercentEncoder.encodeTo(params.value(i), out, pos);
    }
    return pos;
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

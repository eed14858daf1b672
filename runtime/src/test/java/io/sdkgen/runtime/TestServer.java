package io.sdkgen.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.sdkgen.runtime.auth.PercentEncoder;
import io.sdkgen.runtime.http.Params;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP server on 127.0.0.1 with an ephemeral port: answers are scripted per request (in
 * order, then a default), and every request received is recorded.
 */
final class TestServer implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK server's separate header/body writes meet delayed ACKs: ~40 ms
    // per exchange. Read once, when the first server is created.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** What the server received. */
  record Received(
      String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

    /** The decoded query parameters, in order. */
    Params query() {
      return decodeForm(rawQuery);
    }

    /** The decoded form body parameters. */
    Params form() {
      return decodeForm(new String(body, StandardCharsets.UTF_8));
    }

    /** Query and form together: every parameter the request carries. */
    Params allParams() {
      Params.Builder b = query().toBuilder();
      Params form = form();
      for (int i = 0; i < form.size(); i++) {
        b.add(form.name(i), form.value(i));
      }
      return b.build();
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** One scripted answer. */
  record Reply(int status, String contentType, String body, long delayMillis) {
    static Reply json(int status, String body) {
      return new Reply(status, "application/json;charset=utf-8", body, 0);
    }

    static Reply of(int status, String contentType, String body) {
      return new Reply(status, contentType, body, 0);
    }

    Reply delayed(long millis) {
      return new Reply(status, contentType, body, millis);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Queue<Function<Received, Reply>> script = new ConcurrentLinkedQueue<>();
  private final Queue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile Function<Received, Reply> fallback =
      r -> Reply.json(200, "{\"RequestId\":\"default-request-id\"}");
  private volatile boolean recording = true;

  TestServer() throws IOException {
    this(null);
  }

  /** A server speaking HTTPS with {@code tls} (its key and certificate), or HTTP when null. */
  TestServer(SSLContext tls) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      server = HttpServer.create(address, 256);
    } else {
      HttpsServer https = HttpsServer.create(address, 256);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
    }
    AtomicInteger n = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, "test-server-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Returns {@code http://127.0.0.1:<port>}, or {@code https://...} for a TLS server. */
  String url() {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return scheme + "://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues answers for the next requests, in order. */
  TestServer enqueue(Reply... replies) {
    for (Reply reply : replies) {
      script.add(r -> reply);
    }
    return this;
  }

  /** Queues a computed answer for the next request. */
  TestServer enqueue(Function<Received, Reply> responder) {
    script.add(responder);
    return this;
  }

  /** Sets the answer used once the script is empty. */
  TestServer otherwise(Function<Received, Reply> responder) {
    this.fallback = responder;
    return this;
  }

  /** Turns recording off (load tests). */
  TestServer recording(boolean on) {
    this.recording = on;
    return this;
  }

  List<Received> received() {
    return new ArrayList<>(received);
  }

  int requestCount() {
    return count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      Received r =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              body);
      count.incrementAndGet();
      if (recording) {
        received.add(r);
      }
      Function<Received, Reply> responder = script.poll();
      Reply reply = (responder != null ? responder : fallback).apply(r);
      if (reply.delayMillis() > 0) {
        try {
          Thread.sleep(reply.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] out =
          reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
      if (reply.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      }
      exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(out);
        }
      }
    } catch (IOException e) {
      // The client went away (e.g. after a read timeout); nothing to answer.
    }
  }

  static Params decodeForm(String text) {
    Params.Builder b = Params.builder();
    if (text == null || text.isEmpty()) {
      return b.build();
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      b.add(PercentEncoder.decode(name), PercentEncoder.decode(value));
    }
    return b.build();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.sdkgen.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with the same small JSON body.
 *
 * <p>One blocking platform thread per connection (clients keep at most a few dozen connections
 * open), one {@code write} per answer, {@code TCP_NODELAY}, keep-alive. It reads the request head,
 * then the body by {@code content-length} or {@code chunked} encoding, answers {@code expect:
 * 100-continue}, and never parses parameters or checks signatures. It sits in the benchmark's own
 * JVM, so its CPU cost is shared by every client measured alike.
 */
final class LoopbackServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread acceptor;
  private final byte[] answer;
  private final LongAdder requests = new LongAdder();
  private final LongAdder connections = new LongAdder();
  private volatile boolean closed;

  LoopbackServer(byte[] body) throws IOException {
    byte[] head =
        ("HTTP/1.1 200 OK\r\n"
                + "content-type: application/json;charset=utf-8\r\n"
                + "x-acs-request-id: "
                + VpcFixture.REQUEST_ID
                + "\r\n"
                + "content-length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    answer = new byte[head.length + body.length];
    System.arraycopy(head, 0, answer, 0, head.length);
    System.arraycopy(body, 0, answer, head.length, body.length);
    socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    acceptor = new Thread(this::accept, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Returns the port. */
  int port() {
    return socket.getLocalPort();
  }

  /** Returns {@code 127.0.0.1:port}. */
  String hostAndPort() {
    return "127.0.0.1:" + port();
  }

  /** Returns the number of connections accepted so far. */
  long connections() {
    return connections.sum();
  }

  /** Returns the number of requests answered so far. */
  long requests() {
    return requests.sum();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        connections.increment();
        s.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(s), "loopback-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
      }
    }
  }

  private void serve(Socket s) {
    try (s;
        InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        OutputStream out = s.getOutputStream()) {
      StringBuilder line = new StringBuilder(256);
      while (!closed) {
        // Request line; EOF here is the client closing an idle connection.
        if (!readLine(in, line)) {
          return;
        }
        long length = 0;
        boolean chunked = false;
        boolean close = false;
        boolean expectContinue = false;
        while (readLine(in, line) && line.length() > 0) {
          String header = line.toString().toLowerCase(Locale.ROOT);
          if (header.startsWith("content-length:")) {
            length = Long.parseLong(header.substring(15).trim());
          } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
            chunked = true;
          } else if (header.startsWith("connection:") && header.contains("close")) {
            close = true;
          } else if (header.startsWith("expect:") && header.contains("100-continue")) {
            expectContinue = true;
          }
        }
        if (expectContinue) {
          out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
        if (chunked) {
          skipChunked(in, line);
        } else {
          skip(in, length);
        }
        out.write(answer);
        out.flush();
        requests.increment();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away; nothing to do.
    } catch (RuntimeException e) {
      // A request this server cannot read: say so, the client will see the connection close.
      e.printStackTrace();
    }
  }

  private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
          line.setLength(n - 1);
        }
        return true;
      }
      line.append((char) c);
    }
    return false;
  }

  private static void skipChunked(InputStream in, StringBuilder line) throws IOException {
    while (true) {
      if (!readLine(in, line)) {
        throw new IOException("eof in chunked body");
      }
      String size = line.toString();
      int semicolon = size.indexOf(';');
      long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        // Trailers, then the empty line.
        while (readLine(in, line) && line.length() > 0) {}
        return;
      }
      skip(in, n);
      readLine(in, line);
    }
  }

  private static void skip(InputStream in, long n) throws IOException {
    while (n > 0) {
      long skipped = in.skip(n);
      if (skipped <= 0) {
        if (in.read() == -1) {
          throw new IOException("eof in body");
        }
        skipped = 1;
      }
      n -= skipped;
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
  }
}

package io.sdkgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server that closes a connection after reading a request, before answering: the state a pooled
 * keep-alive connection is in when the server's idle timeout fires as the request is written.
 */
class StaleConnectionTest {

  @Test
  void connectionClosedBeforeAnyResponseByteIsResentOnceWithTheSameSignedRequest()
      throws Exception {
    try (RawServer server = new RawServer(1)) {
      try (SdkClient client = new SdkClient(Fixtures.VPC, options(server))) {
        Fixtures.CreateVpnRouteEntryResponse response =
            client.execute(
                Fixtures.CREATE_VPN_ROUTE_ENTRY,
                Fixtures.sampleRequest("token-1"),
                Fixtures.CreateVpnRouteEntryResponse::read);
        assertThat(response.requestId()).isNotEmpty();
      }
      assertThat(server.requestLines).hasSize(2);
      // The very same bytes: a server that saw the first copy rejects the second as a reused
      // nonce instead of repeating the side effect.
      assertThat(server.requestLines.get(1)).isEqualTo(server.requestLines.get(0));
    }
  }

  @Test
  void connectionClosedTwiceFailsWithTransportException() throws Exception {
    try (RawServer server = new RawServer(2);
        SdkClient client = new SdkClient(Fixtures.VPC, options(server))) {
      assertThatThrownBy(
              () ->
                  client.execute(
                      Fixtures.CREATE_VPN_ROUTE_ENTRY,
                      Fixtures.sampleRequest("token-1"),
                      Fixtures.CreateVpnRouteEntryResponse::read))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("127.0.0.1");
      assertThat(server.requestLines).hasSize(2);
    }
  }

  @Test
  void onlyConnectionsClosedBeforeAnyResponseCountAsStale() {
    assertThat(
            CallServerInterceptor.closedBeforeResponse(
                new IOException("HTTP/1.1 header parser received no bytes")))
        .isTrue();
    assertThat(
            CallServerInterceptor.closedBeforeResponse(
                new IOException("wrapped", new IOException("connection closed locally"))))
        .isTrue();
    assertThat(CallServerInterceptor.closedBeforeResponse(new java.io.EOFException("EOF")))
        .isTrue();
    assertThat(CallServerInterceptor.closedBeforeResponse(new IOException("Connection reset")))
        .isFalse();
    assertThat(CallServerInterceptor.closedBeforeResponse(new IOException((String) null)))
        .isFalse();
  }

  private static ClientOptions options(RawServer server) {
    return ClientOptions.builder()
        .endpoint("http://127.0.0.1:" + server.socket.getLocalPort())
        .region("cn-hangzhou")
        .credentials(new StaticCredentialsProvider(Credentials.of("id", "secret")))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** Drops the first {@code drops} requests without a byte of answer, then answers 200. */
  private static final class RawServer implements AutoCloseable {
    final ServerSocket socket;
    final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final AtomicInteger dropsLeft;
    private final Thread acceptor;

    RawServer(int drops) throws IOException {
      socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
      dropsLeft = new AtomicInteger(drops);
      acceptor = new Thread(this::acceptLoop, "raw-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private void acceptLoop() {
      while (!socket.isClosed()) {
        try (Socket connection = socket.accept()) {
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
          String requestLine = in.readLine();
          int contentLength = 0;
          for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
              contentLength = Integer.parseInt(line.substring(15).trim());
            }
          }
          in.skip(contentLength);
          requestLines.add(requestLine);
          if (dropsLeft.getAndDecrement() > 0) {
            continue; // closes the connection without answering
          }
          byte[] body = Fixtures.SUCCESS_JSON.getBytes(StandardCharsets.UTF_8);
          OutputStream out = connection.getOutputStream();
          out.write(
              ("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                      + body.length
                      + "\r\nconnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.write(body);
          out.flush();
        } catch (IOException e) {
          // closed by close(), or the client went away: either way, next connection
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}

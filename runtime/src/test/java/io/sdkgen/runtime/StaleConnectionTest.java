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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server that closes a connection after reading a request, before answering: the request may or
 * may not have taken effect. Only the retry policy may send it again, as a new attempt with a new
 * signature and the same ClientToken, so a server that did act on it sees the same token.
 */
class StaleConnectionTest {

  @Test
  void connectionClosedBeforeAnswerIsRetriedWithNewSignatureAndSameClientToken() throws Exception {
    try (RawServer server = new RawServer(1);
        SdkClient client =
            new SdkClient(
                Fixtures.VPC,
                options(server)
                    .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build())
                    .build())) {
      Fixtures.CreateVpnRouteEntryResponse response = Fixtures.create(client, null);

      assertThat(response.requestId()).isNotEmpty();
      assertThat(server.queries).hasSize(2);
      assertThat(param(server.queries.get(1), "SignatureNonce"))
          .isNotEqualTo(param(server.queries.get(0), "SignatureNonce"));
      assertThat(param(server.queries.get(1), "ClientToken"))
          .isNotNull()
          .isEqualTo(param(server.queries.get(0), "ClientToken"));
    }
  }

  @Test
  void withoutRetriesConnectionClosedBeforeAnswerIsTransportException() throws Exception {
    try (RawServer server = new RawServer(1);
        SdkClient client =
            new SdkClient(Fixtures.VPC, options(server).retryPolicy(RetryPolicy.none()).build())) {
      assertThatThrownBy(() -> Fixtures.create(client, "token-1"))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("127.0.0.1");
      assertThat(server.queries).hasSize(1);
    }
  }

  private static String param(String query, String name) {
    return TestServer.decodeForm(query).get(name);
  }

  private static ClientOptions.Builder options(RawServer server) {
    return ClientOptions.builder()
        .endpoint("http://127.0.0.1:" + server.socket.getLocalPort())
        .region("cn-hangzhou")
        .credentials(new StaticCredentialsProvider(Credentials.of("id", "secret")));
  }

  /** Drops the first {@code drops} requests without a byte of answer, then answers 200. */
  private static final class RawServer implements AutoCloseable {
    final ServerSocket socket;
    final List<String> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger dropsLeft;

    RawServer(int drops) throws IOException {
      socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
      dropsLeft = new AtomicInteger(drops);
      Thread acceptor = new Thread(this::acceptLoop, "raw-server");
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
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
              contentLength = Integer.parseInt(line.substring(15).trim());
            }
          }
          char[] body = new char[contentLength];
          int read = 0;
          while (read < contentLength) {
            int n = in.read(body, read, contentLength - read);
            if (n < 0) {
              break;
            }
            read += n;
          }
          String target = requestLine.split(" ")[1];
          String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
          queries.add(query + (read > 0 ? "&" + new String(body, 0, read) : ""));
          if (dropsLeft.getAndDecrement() > 0) {
            continue; // closes the connection without answering
          }
          byte[] answer = Fixtures.SUCCESS_JSON.getBytes(StandardCharsets.UTF_8);
          OutputStream out = connection.getOutputStream();
          out.write(
              ("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                      + answer.length
                      + "\r\nconnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.write(answer);
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

package io.sdkgen.runtime;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.sdkgen.runtime.TestServer.Reply;
import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import io.sdkgen.runtime.auth.V1Signer;
import io.sdkgen.runtime.http.Params;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS through the client's own HTTP client, against a TLS server on 127.0.0.1 with a certificate
 * made for the test by the JDK's {@code keytool}. The client reads answers on the JDK client's
 * selector thread, TLS included; these tests show that this carries many callers at once, starts no
 * pool of its own, and that a certificate the client does not trust fails cleanly.
 */
class HttpsTest {
  private static final String PASSWORD = "test-only-store-password";

  @TempDir static Path dir;

  static SSLContext serverTls;
  static SSLContext clientTls;

  @BeforeAll
  static void makeCertificate() throws Exception {
    Path keystore = dir.resolve("server.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=IP:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as("keytool: %s", output).isZero();

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, PASSWORD.toCharArray());
    serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);

    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("server", keys.getCertificate("server"));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trusted);
    clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, tmf.getTrustManagers(), null);
  }

  private static ClientOptions.Builder options(TestServer server) {
    return ClientOptions.builder()
        .endpoint(server.url())
        .region("cn-hangzhou")
        .credentials(new StaticCredentialsProvider(Credentials.of("id", "secret")));
  }

  @Test
  void eightCallersOverTlsThroughOneClientWithNoPoolThreads() throws Exception {
    int threads = 8;
    int calls = 150;
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    Set<String> badSignatures = ConcurrentHashMap.newKeySet();
    Callers.Outcome outcome;
    List<String> newClientThreads;
    try (TestServer server = new TestServer(serverTls)) {
      server
          .recording(false)
          .otherwise(
              r -> {
                // Check the signature here: what arrived over TLS is what was signed.
                Params all = r.allParams();
                Params.Builder unsigned = Params.builder();
                String signature = null;
                for (int i = 0; i < all.size(); i++) {
                  if (all.name(i).equals("Signature")) {
                    signature = all.value(i);
                  } else {
                    unsigned.add(all.name(i), all.value(i));
                  }
                }
                String expected =
                    V1Signer.signature(
                        V1Signer.stringToSign(
                            r.method(), V1Signer.canonicalizedQuery(unsigned.build())),
                        "secret");
                if (!expected.equals(signature)) {
                  badSignatures.add(String.valueOf(signature));
                }
                return Reply.json(200, "{\"RequestId\":\"tls\",\"VpnInstanceId\":\"vpn-1\"}");
              });
      try (SdkClient client =
          new SdkClient(Fixtures.VPC, options(server).sslContext(clientTls).build())) {
        outcome = Callers.run("tls-caller", threads, calls, client);
        // Threads started while the client was in use, other than the test's and the server's.
        newClientThreads =
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(
                    n ->
                        !n.startsWith("tls-caller-")
                            && !n.startsWith("test-server-")
                            && !n.equals("HTTP-Dispatcher")
                            && !n.equals("idle-timeout-task"))
                .collect(Collectors.toList());
      }
      assertThat(outcome.firstFailure()).isNull();
      assertThat(outcome.wrongAnswers()).isZero();
      assertThat(badSignatures).isEmpty();
      assertThat(server.requestCount()).isBetween(threads * calls, threads * calls + threads);
    }
    // The JDK client's selector thread and nothing else: no pool reads the answers.
    assertThat(newClientThreads).singleElement(as(STRING)).endsWith("-SelectorManager");
  }

  @Test
  void certificateTheClientDoesNotTrustIsATransportErrorNamingTheTarget() throws Exception {
    try (TestServer server = new TestServer(serverTls);
        SdkClient client =
            new SdkClient(Fixtures.VPC, options(server).retryPolicy(RetryPolicy.none()).build())) {
      assertThatThrownBy(() -> Fixtures.create(client, null))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("POST " + server.url() + "/")
          .hasMessageContaining("certification path")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret", "Signature="));
      assertThat(server.requestCount()).isZero();
    }
  }

  @Test
  void http2OverTlsCarriesManyCallersThroughOneClient() throws Exception {
    Server server = new Server();
    Set<String> protocols = ConcurrentHashMap.newKeySet();
    AtomicInteger requests = new AtomicInteger();
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(
              org.eclipse.jetty.server.Request request, Response response, Callback callback)
              throws Exception {
            protocols.add(request.getConnectionMetaData().getProtocol());
            requests.incrementAndGet();
            Content.Source.asString(request, StandardCharsets.UTF_8);
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            Content.Sink.write(
                response, true, "{\"RequestId\":\"h2\",\"VpnInstanceId\":\"vpn-1\"}", callback);
            return true;
          }
        });
    HttpConfiguration config = new HttpConfiguration();
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false);
    config.addCustomizer(secure);
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setSslContext(serverTls);
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
    alpn.setDefaultProtocol("http/1.1");
    ServerConnector connector =
        new ServerConnector(
            server,
            new SslConnectionFactory(tls, alpn.getProtocol()),
            alpn,
            new HTTP2ServerConnectionFactory(config),
            new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.start();
    int threads = 8;
    int calls = 150;
    Callers.Outcome outcome;
    try (SdkClient client =
        new SdkClient(
            Fixtures.VPC,
            ClientOptions.builder()
                .endpoint("https://127.0.0.1:" + connector.getLocalPort())
                .region("cn-hangzhou")
                .credentials(new StaticCredentialsProvider(Credentials.of("id", "secret")))
                .sslContext(clientTls)
                .build())) {
      outcome = Callers.run("h2-caller", threads, calls, client);
    } finally {
      server.stop();
    }
    assertThat(outcome.firstFailure()).isNull();
    assertThat(outcome.wrongAnswers()).isZero();
    assertThat(protocols).containsExactly("HTTP/2.0");
    assertThat(requests.get()).isBetween(threads * calls, threads * calls + threads);
  }
}

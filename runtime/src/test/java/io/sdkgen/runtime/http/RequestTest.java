package io.sdkgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.runtime.ErrorRegistry;
import io.sdkgen.runtime.OperationInfo;
import io.sdkgen.runtime.ServiceException;
import io.sdkgen.runtime.ServiceInfo;
import io.sdkgen.runtime.auth.PercentEncoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTest {
  private static final ServiceInfo VPC =
      new ServiceInfo(
          "Vpc",
          "2016-04-28",
          "vpc",
          Map.of(),
          ErrorRegistry.builder().fallback(ServiceException::new).build());

  private static Request.Builder post(String endpoint, String path) {
    return Request.builder()
        .service(VPC)
        .operation(OperationInfo.rpc("CreateVpnRouteEntry", "POST", true))
        .method("POST")
        .endpoint(URI.create(endpoint))
        .path(path);
  }

  @Test
  void uriCarriesTheQueryPercentEncodedAndDecodesBackToIt() {
    Params query =
        Params.of(
            "Action", "CreateVpnRouteEntry",
            "Description", "路由 a+b=c&d/é~*'",
            "Tag.1.Key", "",
            "Emoji", "\uD83D\uDE00");
    Request request = post("http://127.0.0.1:8080", "/").query(query).build();

    URI uri = request.uri();

    assertThat(uri.getScheme()).isEqualTo("http");
    assertThat(uri.getRawAuthority()).isEqualTo("127.0.0.1:8080");
    assertThat(uri.getRawPath()).isEqualTo("/");
    assertThat(uri.getRawQuery())
        .isEqualTo(
            "Action=CreateVpnRouteEntry&Description=%E8%B7%AF%E7%94%B1%20a%2Bb%3Dc%26d%2F%C3%A9~%2A%27"
                + "&Tag.1.Key=&Emoji=%F0%9F%98%80");
    Params.Builder decoded = Params.builder();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      decoded.add(
          PercentEncoder.decode(pair.substring(0, eq)),
          PercentEncoder.decode(pair.substring(eq + 1)));
    }
    assertThat(decoded.build()).isEqualTo(query);
  }

  @Test
  void uriKeepsAnEndpointPathAndWorksWithoutQuery() {
    Request request = post("https://vpc.aliyuncs.com", "/api/v1/items/a%2Fb").build();

    assertThat(request.uri()).isEqualTo(URI.create("https://vpc.aliyuncs.com/api/v1/items/a%2Fb"));
  }

  @Test
  void uriWithANonAsciiPathStillCarriesTheEncodedQuery() {
    Request request = post("http://127.0.0.1:8080", "/目录").query(Params.of("a", "b c")).build();

    URI uri = request.uri();

    assertThat(uri.getPath()).isEqualTo("/目录");
    assertThat(uri.getRawQuery()).isEqualTo("a=b%20c");
  }

  @Test
  void formBodyIsThePercentEncodedFormAsAsciiBytes() {
    Request request =
        post("http://127.0.0.1:8080", "/")
            .form(Params.of("RouteDest", "10.0.0.0/24", "n", "é"))
            .build();

    assertThat(request.formBody()).isEqualTo("RouteDest=10.0.0.0%2F24&n=%C3%A9");
    assertThat(request.formBodyBytes())
        .isEqualTo("RouteDest=10.0.0.0%2F24&n=%C3%A9".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void largeAndSmallRequestsOnOneThreadEachGetTheirOwnText() {
    String big = "x y".repeat(40_000);
    Request large = post("http://127.0.0.1:8080", "/").query(Params.of("a", big)).build();
    Request small = post("http://127.0.0.1:8080", "/").query(Params.of("b", "1")).build();

    URI first = small.uri();
    URI second = large.uri();
    byte[] body = large.newBuilder().form(Params.of("c", big)).build().formBodyBytes();

    assertThat(first.getRawQuery()).isEqualTo("b=1");
    assertThat(second.getRawQuery()).isEqualTo("a=" + "x%20y".repeat(40_000));
    assertThat(new String(body, StandardCharsets.US_ASCII))
        .isEqualTo("c=" + "x%20y".repeat(40_000));
    assertThat(small.uri()).isEqualTo(first);
  }
}

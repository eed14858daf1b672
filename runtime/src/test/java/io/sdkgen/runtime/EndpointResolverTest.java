package io.sdkgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointResolverTest {
  static final ServiceInfo VPC =
      new ServiceInfo("Vpc", "2016-04-28", "vpc", Map.of("cn-hangzhou", "vpc.aliyuncs.com"), null);

  static URI resolve(ClientOptions.Builder b) {
    return EndpointResolver.resolve(VPC, b.build());
  }

  @Test
  void explicitEndpointWinsAndMayBePlainHttp() {
    assertThat(
            resolve(
                ClientOptions.builder().region("cn-hangzhou").endpoint("http://127.0.0.1:8080/x")))
        .isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(resolve(ClientOptions.builder().endpoint("vpc.example.com:8443")))
        .isEqualTo(URI.create("https://vpc.example.com:8443"));
  }

  @Test
  void productTableThenRegionalRuleOverHttps() {
    assertThat(resolve(ClientOptions.builder().region("cn-hangzhou")))
        .isEqualTo(URI.create("https://vpc.aliyuncs.com"));
    assertThat(resolve(ClientOptions.builder().region("eu-central-1")))
        .isEqualTo(URI.create("https://vpc.eu-central-1.aliyuncs.com"));
  }

  @Test
  void noRegionAndNoEndpointIsAClearError() {
    assertThatThrownBy(() -> resolve(ClientOptions.builder()))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(() -> ClientOptions.builder().endpoint("ftp://x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

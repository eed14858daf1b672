package io.sdkgen.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.runtime.OperationInfo;
import io.sdkgen.runtime.ServiceInfo;
import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import java.net.URI;
import org.junit.jupiter.api.Test;

class V3SignerTest {
  @Test
  void signMatchesThePublicStepsForNonAsciiAndPaddedHeaderValues() {
    Request unsigned =
        Request.builder()
            .service(new ServiceInfo("Vpc", "2016-04-28", "vpc", null))
            .operation(OperationInfo.rpc("CreateVpnRouteEntry", "POST", true))
            .method("POST")
            .endpoint(URI.create("http://127.0.0.1:8080"))
            .query(Params.of("Description", "路由 a b*c~d", "RegionId", "cn-hangzhou"))
            .headers(Params.of("x-acs-custom", "  中文 é  ", "X-Acs-Upper", "v"))
            .build();
    Credentials credentials = Credentials.of("LTAIkey", "secret", "token/é");

    Request signed = new V3Signer().sign(unsigned, credentials, "2024-06-01T08:00:00Z", "nonce-1");

    Params headers = signed.headers();
    Params.Builder withoutAuthorization = headers.toBuilder().remove("authorization");
    V3Signer.CanonicalHeaders canonical = V3Signer.canonicalHeaders(withoutAuthorization.build());
    String canonicalRequest =
        V3Signer.canonicalRequest(
            "POST", "/", signed.query(), canonical, headers.get("x-acs-content-sha256"));
    assertThat(headers.get("authorization"))
        .isEqualTo(
            V3Signer.authorization(
                "LTAIkey",
                canonical.signedHeaders(),
                V3Signer.signature(canonicalRequest, "secret")));
    assertThat(canonical.signedHeaders()).contains("x-acs-custom").contains("x-acs-upper");
  }
}

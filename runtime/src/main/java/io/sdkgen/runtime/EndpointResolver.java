package io.sdkgen.runtime;

import java.net.URI;
import java.util.Locale;

/**
 * Chooses the endpoint a client talks to.
 *
 * <p>In order: the explicit endpoint from {@link ClientOptions} (any scheme, host and port); the
 * product's region-to-host table from {@link ServiceInfo#endpoints()}; the regional rule {@code
 * https://<product>.<region>.aliyuncs.com}. HTTPS unless an explicit endpoint says {@code http}.
 */
public final class EndpointResolver {
  private EndpointResolver() {}

  /**
   * Returns the endpoint for {@code service} under {@code options}.
   *
   * @throws SdkClientException if there is neither an explicit endpoint nor a region
   */
  public static URI resolve(ServiceInfo service, ClientOptions options) {
    if (options.endpoint() != null) {
      return options.endpoint();
    }
    String region = options.region();
    if (region == null || region.isEmpty()) {
      throw new SdkClientException(
          "No endpoint for "
              + service.productCode()
              + ": set ClientOptions.region(...) or ClientOptions.endpoint(...)");
    }
    String host = service.endpoints().get(region);
    if (host == null || host.isEmpty()) {
      host = service.endpointProductId().toLowerCase(Locale.ROOT) + "." + region + ".aliyuncs.com";
    }
    return normalize(host);
  }

  /** Parses {@code scheme://host[:port]} or a bare {@code host[:port]} (HTTPS); drops any path. */
  static URI normalize(String endpoint) {
    String text = endpoint.trim();
    if (!text.contains("://")) {
      text = "https://" + text;
    }
    URI uri = URI.create(text);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("endpoint scheme must be http or https: " + endpoint);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("endpoint has no host: " + endpoint);
    }
    return URI.create(scheme + "://" + uri.getRawAuthority());
  }
}

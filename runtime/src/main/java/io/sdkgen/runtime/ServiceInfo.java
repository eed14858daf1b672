package io.sdkgen.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * Static description of one product API; generated clients keep one constant.
 *
 * @param productCode product code as the pages spell it, e.g. {@code Vpc}
 * @param apiVersion API version, e.g. {@code 2016-04-28}
 * @param endpointProductId product id used in host names, e.g. {@code vpc}
 * @param endpoints region id to host name (the product's endpoint table); may be empty
 * @param errors maps error codes to the exception classes generated code registered
 */
public record ServiceInfo(
    String productCode,
    String apiVersion,
    String endpointProductId,
    Map<String, String> endpoints,
    ErrorRegistry errors) {

  /** Validates and copies the components. */
  public ServiceInfo {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(apiVersion, "apiVersion");
    if (endpointProductId == null || endpointProductId.isEmpty()) {
      endpointProductId = productCode.toLowerCase(java.util.Locale.ROOT);
    }
    endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    errors = errors == null ? ErrorRegistry.empty() : errors;
  }

  /** A product without an endpoint table. */
  public ServiceInfo(
      String productCode, String apiVersion, String endpointProductId, ErrorRegistry errors) {
    this(productCode, apiVersion, endpointProductId, Map.of(), errors);
  }
}

package io.sdkgen.runtime;

import java.util.Map;

/** Stub. */
public record ServiceInfo(
    String productCode,
    String apiVersion,
    String endpointProductId,
    Map<String, String> regionHosts,
    ErrorRegistry errors) {}

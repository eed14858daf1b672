package io.sdkgen.runtime;

/**
 * The details of an error answer from the service.
 *
 * @param httpStatus HTTP status code
 * @param code the service's error code, e.g. {@code InvalidVpnGatewayInstanceId.NotFound}
 * @param message the service's message
 * @param requestId the request id, or {@code null}
 * @param hostId the answering host, or {@code null}
 * @param recommend the troubleshooting link, or {@code null}
 * @param rawSnippet at most 200 characters of the raw body
 */
public record ServiceError(
    int httpStatus,
    String code,
    String message,
    String requestId,
    String hostId,
    String recommend,
    String rawSnippet) {}

package io.sdkgen.runtime;

/** Stub. */
public record ServiceError(int httpStatus, String code, String message, String requestId) {}

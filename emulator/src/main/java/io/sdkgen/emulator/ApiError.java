package io.sdkgen.emulator;

import java.util.List;
import java.util.Objects;

/**
 * An error the emulator answers in Alibaba Cloud's format: an HTTP status, a code and a message.
 *
 * <p>Thrown by the request pipeline's steps and rendered by {@link ResponseRenderer}. The factory
 * methods carry the codes and message texts the real gateway uses.
 */
final class ApiError extends Exception {

  private final int status;
  private final String code;

  ApiError(int status, String code, String message) {
    super(Objects.requireNonNull(message, "message == null"), null, false, false);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code == null");
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  static ApiError missingParameter(String name) {
    return new ApiError(
        400,
        "MissingParameter",
        "The input parameter \""
            + name
            + "\" that is mandatory for processing this request is not supplied.");
  }

  static ApiError invalidType(String name, String value, String typeName) {
    return new ApiError(
        400,
        "InvalidParameter",
        "The specified parameter \""
            + name
            + "\" is not valid: \""
            + value
            + "\" is not a "
            + typeName
            + ".");
  }

  static ApiError notAllowed(String name, String value, List<String> allowed) {
    return new ApiError(
        400,
        "InvalidParameter",
        "The specified parameter \""
            + name
            + "\" is not valid: \""
            + value
            + "\" is not one of "
            + String.join(", ", allowed)
            + ".");
  }

  static ApiError incompleteSignature(String what) {
    return new ApiError(
        400,
        "IncompleteSignature",
        "The request signature does not conform to Aliyun standards: " + what + ".");
  }

  /** A ROA request whose method and path are not those of the operation its headers name. */
  static ApiError apiNotFound(String method, String path) {
    return new ApiError(
        404,
        "InvalidAction.NotFound",
        "Specified api is not found, please check your url and method: " + method + " " + path);
  }

  /** A ROA request body that is not JSON. */
  static ApiError bodyNotJson(String why) {
    return new ApiError(400, "InvalidParameter", "The request body is not valid JSON: " + why);
  }

  static ApiError unknownAccessKeyId() {
    return new ApiError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
  }

  static ApiError signatureDoesNotMatch(String stringToSign) {
    // The V1 core compares the text after "string to sign is:" with its own string-to-sign, so
    // nothing may follow it.
    return new ApiError(
        400,
        "SignatureDoesNotMatch",
        "Specified signature does not match our calculation. server string to sign is:"
            + stringToSign);
  }

  static ApiError nonceUsed() {
    return new ApiError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
  }

  static ApiError timestampFormat(String name, String value) {
    return new ApiError(
        400,
        "InvalidTimeStamp.Format",
        "Specified " + name + " \"" + value + "\" is not in the format yyyy-MM-ddTHH:mm:ssZ.");
  }

  static ApiError timestampExpired(String value) {
    return new ApiError(
        400,
        "InvalidTimeStamp.Expired",
        "Specified time stamp or date value is expired: \""
            + value
            + "\" is more than 15 minutes away from the server's time.");
  }

  static ApiError actionNotFound(String action) {
    return new ApiError(
        404,
        "InvalidAction.NotFound",
        "Specified api \"" + action + "\" is not found, please check your url and method.");
  }

  static ApiError invalidVersion(String action, String version, List<String> known) {
    return new ApiError(
        400,
        "InvalidVersion",
        "Specified parameter Version \""
            + version
            + "\" is not valid for "
            + action
            + "; this emulator serves "
            + String.join(", ", known)
            + ".");
  }

  static ApiError tooLarge(long limit) {
    return new ApiError(
        413, "RequestEntityTooLarge", "The request is larger than " + limit + " bytes.");
  }

  static ApiError unavailable() {
    return new ApiError(
        503,
        "ServiceUnavailable",
        "The request has failed due to a temporary failure of the server.");
  }
}

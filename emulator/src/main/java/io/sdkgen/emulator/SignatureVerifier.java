package io.sdkgen.emulator;

import io.sdkgen.emulator.IncomingRequest.Pair;
import io.sdkgen.runtime.auth.V1Signer;
import io.sdkgen.runtime.auth.V3Signer;
import io.sdkgen.runtime.http.Params;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a request's signature as the gateway does: V1 (HMAC-SHA1 over the sorted parameters) or V3
 * ({@code ACS3-HMAC-SHA256} in the {@code Authorization} header), then the timestamp and the nonce.
 * Reference sections 3, 3.3, 3.4 and 4.
 */
final class SignatureVerifier {

  static final String V3_ALGORITHM = V3Signer.ALGORITHM;
  private static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC);
  private static final List<String> V1_PARTS =
      List.of(
          "AccessKeyId",
          "Signature",
          "SignatureMethod",
          "SignatureVersion",
          "SignatureNonce",
          "Timestamp");

  private final Map<String, String> secrets;
  private final Clock clock;
  private final NonceCache nonces;

  SignatureVerifier(Map<String, String> secrets, Clock clock) {
    this.secrets = Map.copyOf(secrets);
    this.clock = clock;
    this.nonces = new NonceCache(MAX_SKEW.multipliedBy(2).plusMinutes(1), 100_000);
  }

  /** Returns true when the request carries a V3 {@code Authorization} header. */
  static boolean isV3(IncomingRequest request) {
    String authorization = request.header("authorization");
    return authorization != null && authorization.startsWith("ACS3-");
  }

  /** Verifies the request and returns the AccessKeyId it was signed with. */
  String verify(IncomingRequest request, String path) throws ApiError {
    return isV3(request) ? verifyV3(request, path) : verifyV1(request);
  }

  private String verifyV1(IncomingRequest request) throws ApiError {
    Map<String, String> params = request.parameters();
    for (String part : V1_PARTS) {
      if (params.get(part) == null || params.get(part).isEmpty()) {
        throw ApiError.incompleteSignature("parameter " + part + " is missing");
      }
    }
    if (!"HMAC-SHA1".equals(params.get("SignatureMethod"))) {
      throw ApiError.incompleteSignature(
          "SignatureMethod \"" + params.get("SignatureMethod") + "\" is not HMAC-SHA1");
    }
    String accessKeyId = params.get("AccessKeyId");
    String secret = secretOf(accessKeyId);
    Instant now = clock.instant();
    checkTimestamp("Timestamp", params.get("Timestamp"), now);

    // The V1 core signs empty values as "Name="; openapiutil leaves them out (reference 3.3).
    String withEmpty = v1StringToSign(request.method(), params, true);
    String withoutEmpty = v1StringToSign(request.method(), params, false);
    String given = params.get("Signature");
    if (!given.equals(V1Signer.signature(withEmpty, secret))
        && !given.equals(V1Signer.signature(withoutEmpty, secret))) {
      throw ApiError.signatureDoesNotMatch(withEmpty);
    }
    checkNonce(accessKeyId, params.get("SignatureNonce"), now);
    return accessKeyId;
  }

  /** Returns the V1 string-to-sign of every parameter but {@code Signature} (reference 3). */
  static String v1StringToSign(String method, Map<String, String> params, boolean keepEmpty) {
    Params.Builder signed = Params.builder();
    params.forEach(
        (name, value) -> {
          if (!name.equals("Signature") && (keepEmpty || !value.isEmpty())) {
            signed.add(name, value);
          }
        });
    return V1Signer.stringToSign(method, V1Signer.canonicalizedQuery(signed.build()));
  }

  private String verifyV3(IncomingRequest request, String path) throws ApiError {
    Map<String, String> parts = parseAuthorization(request.header("authorization"));
    String accessKeyId = parts.get("Credential");
    String secret = secretOf(accessKeyId);
    TreeSet<String> signedHeaders = new TreeSet<>();
    for (String name : parts.get("SignedHeaders").split(";")) {
      if (!name.isBlank()) {
        signedHeaders.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    for (String required :
        List.of("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce")) {
      if (request.header(required) == null) {
        throw ApiError.incompleteSignature("header " + required + " is missing");
      }
      if (!signedHeaders.contains(required)) {
        throw ApiError.incompleteSignature("header " + required + " is not in SignedHeaders");
      }
    }
    for (String name : signedHeaders) {
      if (request.header(name) == null) {
        throw ApiError.incompleteSignature("signed header " + name + " is not in the request");
      }
    }
    Instant now = clock.instant();
    checkTimestamp("x-acs-date", request.header("x-acs-date"), now);

    String canonicalRequest = v3CanonicalRequest(request, path, signedHeaders);
    if (!parts.get("Signature").equalsIgnoreCase(V3Signer.signature(canonicalRequest, secret))) {
      throw ApiError.signatureDoesNotMatch(V3Signer.stringToSign(canonicalRequest));
    }
    checkNonce(accessKeyId, request.header("x-acs-signature-nonce"), now);
    return accessKeyId;
  }

  /** Splits {@code ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..}, any order. */
  private static Map<String, String> parseAuthorization(String header) throws ApiError {
    int space = header.indexOf(' ');
    String algorithm = space < 0 ? header : header.substring(0, space);
    if (!V3_ALGORITHM.equals(algorithm)) {
      throw ApiError.incompleteSignature("algorithm \"" + algorithm + "\" is not " + V3_ALGORITHM);
    }
    Map<String, String> parts = new LinkedHashMap<>();
    if (space >= 0) {
      for (String part : header.substring(space + 1).split(",")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
      }
    }
    for (String name : List.of("Credential", "SignedHeaders", "Signature")) {
      if (parts.get(name) == null || parts.get(name).isEmpty()) {
        throw ApiError.incompleteSignature("Authorization has no " + name);
      }
    }
    return parts;
  }

  /**
   * Returns the V3 canonical request over the headers the client says it signed and the body as
   * received (reference 4.2).
   */
  static String v3CanonicalRequest(IncomingRequest request, String path, TreeSet<String> signed) {
    Params.Builder query = Params.builder();
    for (Pair pair : request.query()) {
      query.add(pair.name(), pair.value());
    }
    // The names are those of SignedHeaders, not the runtime's selection, so that a client that
    // signs one more header is verified over what it signed.
    StringBuilder block = new StringBuilder();
    for (String name : signed) {
      block.append(name).append(':').append(request.header(name).trim()).append('\n');
    }
    V3Signer.CanonicalHeaders headers =
        new V3Signer.CanonicalHeaders(block.toString(), String.join(";", signed));
    // The body counts through its hash as received, so a wrong x-acs-content-sha256 header
    // makes the signature differ instead of being trusted.
    return V3Signer.canonicalRequest(
        request.method(), path, query.build(), headers, V3Signer.payloadHash(request.body()));
  }

  private String secretOf(String accessKeyId) throws ApiError {
    String secret = secrets.get(accessKeyId);
    if (secret == null) {
      throw ApiError.unknownAccessKeyId();
    }
    return secret;
  }

  private static void checkTimestamp(String name, String value, Instant now) throws ApiError {
    Instant at;
    try {
      at = Instant.from(TIMESTAMP.parse(value));
    } catch (DateTimeParseException e) {
      throw ApiError.timestampFormat(name, value);
    }
    if (Duration.between(at, now).abs().compareTo(MAX_SKEW) > 0) {
      throw ApiError.timestampExpired(value);
    }
  }

  private void checkNonce(String accessKeyId, String nonce, Instant now) throws ApiError {
    if (!nonces.add(accessKeyId, nonce, now)) {
      throw ApiError.nonceUsed();
    }
  }
}

package io.sdkgen.generator.emit;

import com.palantir.javapoet.ClassName;

/**
 * Every runtime type generated code refers to, in one place: when the runtime renames a type, this
 * is the only file to change.
 */
public final class RuntimeTypes {

  private static final String RUNTIME = "io.sdkgen.runtime";
  private static final String INTERNAL = RUNTIME + ".internal";

  /** The HTTP client a generated client delegates to. */
  public static final ClassName SDK_CLIENT = ClassName.get(RUNTIME, "SdkClient");

  /** Immutable client configuration. */
  public static final ClassName CLIENT_OPTIONS = ClassName.get(RUNTIME, "ClientOptions");

  /** The builder of {@link #CLIENT_OPTIONS}. */
  public static final ClassName CLIENT_OPTIONS_BUILDER = CLIENT_OPTIONS.nestedClass("Builder");

  /** What the runtime needs to know about a product: code, version, endpoints, errors. */
  public static final ClassName SERVICE_INFO = ClassName.get(RUNTIME, "ServiceInfo");

  /** What the runtime needs to know about one operation. */
  public static final ClassName OPERATION_INFO = ClassName.get(RUNTIME, "OperationInfo");

  /** Writes a request's parameters. */
  public static final ClassName REQUEST_WRITER = ClassName.get(RUNTIME, "RequestWriter");

  /** The flat parameter set a request writes into. */
  public static final ClassName REQUEST_PARAMS = ClassName.get(INTERNAL, "RequestParams");

  /** {@code io.sdkgen.runtime.http.Params}: its {@code redacted} hides secrets in toString. */
  public static final ClassName PARAMS = ClassName.get(RUNTIME + ".http", "Params");

  /** Reads a typed response from a {@link #RESPONSE_NODE}. */
  public static final ClassName RESPONSE_READER = ClassName.get(RUNTIME, "ResponseReader");

  /** One node of a parsed response body, JSON or XML. */
  public static final ClassName RESPONSE_NODE = ClassName.get(RUNTIME, "ResponseNode");

  /** The unchecked exception every service error is thrown as. */
  public static final ClassName SERVICE_EXCEPTION = ClassName.get(RUNTIME, "ServiceException");

  /** The parsed error body: code, message, request id, status. */
  public static final ClassName SERVICE_ERROR = ClassName.get(RUNTIME, "ServiceError");

  /** Maps error codes to exception factories. */
  public static final ClassName ERROR_REGISTRY = ClassName.get(RUNTIME, "ErrorRegistry");

  /** Retry configuration. */
  public static final ClassName RETRY_POLICY = ClassName.get(RUNTIME, "RetryPolicy");

  /** A hook around each call. */
  public static final ClassName INTERCEPTOR = ClassName.get(RUNTIME, "Interceptor");

  /** V1 (HMAC-SHA1 query) or V3 (ACS3-HMAC-SHA256 header) signing. */
  public static final ClassName SIGNATURE_VERSION = ClassName.get(RUNTIME, "SignatureVersion");

  /** {@code io.sdkgen.runtime.ResponseFormat}. */
  public static final ClassName RESPONSE_FORMAT = ClassName.get(RUNTIME, "ResponseFormat");

  /** Supplies access keys. */
  public static final ClassName CREDENTIALS_PROVIDER =
      ClassName.get(RUNTIME + ".auth", "CredentialsProvider");

  /** {@code javax.annotation.processing.Generated}, present in every JDK since 9. */
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}

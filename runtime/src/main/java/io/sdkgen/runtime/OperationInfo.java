package io.sdkgen.runtime;

import java.util.Objects;

/**
 * Static description of one API operation; generated code keeps one constant per operation.
 *
 * @param name the action name, e.g. {@code CreateVpnRouteEntry}
 * @param style RPC or ROA
 * @param method HTTP method in upper case, e.g. {@code POST}
 * @param pathTemplate ROA path with {@code {Name}} placeholders, {@code "/"} for RPC
 * @param mutating whether the operation writes (is not safe to repeat without a ClientToken)
 * @param clientTokenParameter name of the idempotency-token parameter, or {@code null} if none
 */
public record OperationInfo(
    String name,
    ApiStyle style,
    String method,
    String pathTemplate,
    boolean mutating,
    String clientTokenParameter) {

  /** Validates the components. */
  public OperationInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(method, "method");
    if (pathTemplate == null || pathTemplate.isEmpty()) {
      pathTemplate = "/";
    }
    if (clientTokenParameter != null && clientTokenParameter.isEmpty()) {
      clientTokenParameter = null;
    }
  }

  /** An RPC operation without a ClientToken parameter. */
  public static OperationInfo rpc(String name, String method, boolean mutating) {
    return new OperationInfo(name, ApiStyle.RPC, method, "/", mutating, null);
  }

  /** An RPC operation; {@code clientTokenParameter} may be {@code null}. */
  public static OperationInfo rpc(
      String name, String method, boolean mutating, String clientTokenParameter) {
    return new OperationInfo(name, ApiStyle.RPC, method, "/", mutating, clientTokenParameter);
  }

  /** A ROA operation with a path template such as {@code /openapi/instances/{InstanceId}}. */
  public static OperationInfo roa(
      String name,
      String method,
      String pathTemplate,
      boolean mutating,
      String clientTokenParameter) {
    return new OperationInfo(
        name, ApiStyle.ROA, method, pathTemplate, mutating, clientTokenParameter);
  }

  /** Returns whether the operation is safe to repeat: not mutating, or carrying a ClientToken. */
  public boolean idempotent() {
    return !mutating || clientTokenParameter != null;
  }
}

package io.sdkgen.runtime;

/** Stub. */
public final class OperationInfo {
  public static OperationInfo rpc(
      String action, String httpMethod, boolean mutating, String clientTokenParameter) {
    return new OperationInfo();
  }
}

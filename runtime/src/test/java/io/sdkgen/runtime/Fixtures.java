package io.sdkgen.runtime;

import io.sdkgen.runtime.internal.RequestParams;
import java.util.List;
import java.util.Map;

/** Hand-written stand-ins for generated code: a request, a response, exceptions, constants. */
final class Fixtures {
  private Fixtures() {}

  static final OperationInfo CREATE_VPN_ROUTE_ENTRY =
      OperationInfo.rpc("CreateVpnRouteEntry", "POST", true, "ClientToken");
  static final OperationInfo DESCRIBE_VPN_ROUTE_ENTRIES =
      OperationInfo.rpc("DescribeVpnRouteEntries", "GET", false);
  static final OperationInfo DELETE_WITHOUT_TOKEN = OperationInfo.rpc("DeleteThing", "POST", true);
  static final OperationInfo ROA_RESTART =
      OperationInfo.roa(
          "RestartInstance", "POST", "/openapi/instances/{InstanceId}/actions/restart", true, null);

  /** A generated base exception. */
  static class VpcException extends ServiceException {
    private static final long serialVersionUID = 1L;

    VpcException(ServiceError error) {
      super(error);
    }
  }

  /** A generated per-code exception. */
  static final class InvalidVpnGatewayInstanceIdNotFoundException extends VpcException {
    private static final long serialVersionUID = 1L;

    InvalidVpnGatewayInstanceIdNotFoundException(ServiceError error) {
      super(error);
    }
  }

  static final ErrorRegistry ERRORS =
      ErrorRegistry.builder()
          .register(
              "InvalidVpnGatewayInstanceId.NotFound",
              InvalidVpnGatewayInstanceIdNotFoundException::new)
          .fallback(VpcException::new)
          .build();

  static final ServiceInfo VPC =
      new ServiceInfo(
          "Vpc", "2016-04-28", "vpc", Map.of("cn-hangzhou", "vpc.aliyuncs.com"), ERRORS);

  /** A generated request: explicit writes, no reflection. */
  record CreateVpnRouteEntryRequest(
      String regionId,
      String vpnGatewayId,
      String routeDest,
      String nextHop,
      Integer weight,
      Boolean publishVpc,
      String description,
      String clientToken,
      List<Tag> tags)
      implements RequestWriter {
    @Override
    public void writeTo(RequestParams params) {
      params.add("RegionId", regionId);
      params.add("VpnGatewayId", vpnGatewayId);
      params.add("RouteDest", routeDest);
      params.add("NextHop", nextHop);
      params.add("Weight", weight);
      params.add("PublishVpc", publishVpc);
      params.add("Description", description);
      params.add("ClientToken", clientToken);
      params.addObjectList("Tag", tags, Tag::writeTo);
    }
  }

  record Tag(String key, String value) implements RequestWriter {
    @Override
    public void writeTo(RequestParams params) {
      params.add("Key", key);
      params.add("Value", value);
    }
  }

  /** Calls CreateVpnRouteEntry with {@link #sampleRequest} through {@code client}. */
  static CreateVpnRouteEntryResponse create(SdkClient client, String clientToken) {
    return client.execute(
        CREATE_VPN_ROUTE_ENTRY, sampleRequest(clientToken), CreateVpnRouteEntryResponse::read);
  }

  static CreateVpnRouteEntryRequest sampleRequest(String clientToken) {
    return new CreateVpnRouteEntryRequest(
        null,
        "vpn-bp1a3kqjiiq9legfx****",
        "10.0.0.0/24",
        "vco-bp15oes1py4i66rmd****",
        0,
        true,
        "a b*c~d 中文",
        clientToken,
        List.of(new Tag("env", "prod")));
  }

  /** A generated response. */
  record CreateVpnRouteEntryResponse(
      String requestId, String vpnInstanceId, Long createTime, Integer weight, String state) {
    static CreateVpnRouteEntryResponse read(ResponseNode node) {
      return new CreateVpnRouteEntryResponse(
          node.requestId(),
          node.getString("VpnInstanceId"),
          node.getLong("CreateTime"),
          node.getInteger("Weight"),
          node.getString("State"));
    }
  }

  static final String SUCCESS_JSON =
      "{\"RequestId\":\"5BE6AEA4-347F-46A9-9808-B90A8A57E9E7\",\"VpnInstanceId\":\"vpn-1\","
          + "\"CreateTime\":1492753580000,\"Weight\":\"0\",\"State\":\"published\","
          + "\"SomethingNew\":{\"Nested\":[1,2,3]}}";

  static final String NOT_FOUND_JSON =
      "{\"RequestId\":\"0C5D7C2C-0000-4A5F-9D2F-3F1C9D5E0000\",\"HostId\":\"vpc.aliyuncs.com\","
          + "\"Code\":\"InvalidVpnGatewayInstanceId.NotFound\","
          + "\"Message\":\"The specified vpn gateway instance id does not exist.\","
          + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=x\"}";

  static String throttlingJson(String requestId) {
    return "{\"RequestId\":\""
        + requestId
        + "\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow"
        + " control.\"}";
  }
}

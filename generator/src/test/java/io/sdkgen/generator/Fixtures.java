package io.sdkgen.generator;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds spec model objects by hand: small inline fixtures for emitter and generator tests. */
final class Fixtures {

  private Fixtures() {}

  static TypeRef type(TypeKind kind) {
    return TypeRef.of(kind, kind.name());
  }

  static TypeRef listOf(TypeKind kind, String pageName) {
    return TypeRef.listOf(TypeRef.of(kind, ""), pageName);
  }

  static Parameter param(String name, TypeKind kind, boolean required, String description) {
    return param(name, type(kind), required, description, List.of(), List.of());
  }

  static Parameter param(String name, TypeRef type, boolean required, String description) {
    return param(name, type, required, description, List.of(), List.of());
  }

  static Parameter param(
      String name,
      TypeRef type,
      boolean required,
      String description,
      List<String> allowed,
      List<Parameter> members) {
    return new Parameter(
        name,
        type,
        required,
        "",
        description,
        allowed,
        ParameterLocation.QUERY,
        members,
        Location.of("page.md", 1));
  }

  static ResponseField field(String name, TypeKind kind, String description) {
    return field(name, type(kind), description);
  }

  static ResponseField field(
      String name, TypeRef type, String description, ResponseField... children) {
    return new ResponseField(
        name, type, description, "", Arrays.asList(children), Location.of("page.md", 1));
  }

  static ErrorCode error(int status, String code, String message, String description) {
    return new ErrorCode(status, code, message, description, Location.of("page.md", 1));
  }

  /** An operation whose page is {@code path}. */
  static Operation operation(
      String path,
      String name,
      String summary,
      List<Parameter> parameters,
      List<ResponseField> response,
      List<ErrorCode> errors) {
    List<Parameter> all = new ArrayList<>();
    all.add(param("Action", TypeKind.STRING, true, "The operation."));
    all.addAll(parameters);
    return new Operation(
        name,
        summary,
        "",
        List.of("POST", "GET"),
        "",
        all,
        response,
        errors,
        List.of(),
        "en-US",
        Location.of(path, 1));
  }

  /** A spec of one RPC product holding {@code operations}, one page each. */
  static Spec spec(String product, String version, Operation... operations) {
    List<PageResult> pages = new ArrayList<>();
    for (Operation operation : operations) {
      pages.add(
          new PageResult(
              operation.location().path(), operation, product, version, ApiStyle.RPC, List.of()));
    }
    return new Spec(
        List.of(new Product(product, version, ApiStyle.RPC, List.of(operations))),
        pages,
        List.of());
  }

  private static final List<ErrorCode> SEED_ERRORS_ZH =
      List.of(
          error(
              403,
              "Forbbiden.SubUser",
              "User not authorized to operate on the specified resource as your account is created"
                  + " by another user.",
              "您没有权限操作该资源，请您申请操作权限后再试。"),
          error(
              403,
              "Forbidden",
              "User not authorized to operate on the specified resource.",
              "您没有权限操作指定资源，请提交工单咨询。"),
          error(400, "Resource.QuotaFull", "The quota of resource is full", "资源配额已达上限。"),
          error(
              404,
              "InvalidVpnGatewayInstanceId.NotFound",
              "The specified vpn gateway instance id does not exist.",
              "指定的 VPN 网关不存在，请您检查 VPN 网关是否正确。"),
          error(
              400,
              "VpnGateway.Configuring",
              "The specified service is configuring.",
              "服务正在配置中，请您稍后再试。"),
          error(
              400,
              "VpnGateway.FinancialLocked",
              "The specified service is financial locked.",
              "该服务已欠费，请您先充值再操作。"));

  /** The seed page {@code 000_1d9347b729aee1b3.txt}: CreateVpnRouteEntry, Chinese. */
  static Operation createVpnRouteEntry() {
    String page = "000_1d9347b729aee1b3.txt";
    return operation(
        page,
        "CreateVpnRouteEntry",
        "调用CreateVpnRouteEntry创建VPN目的路由。",
        List.of(
            param("NextHop", TypeKind.STRING, true, "目的路由的下一跳。"),
            param(
                "PublishVpc",
                type(TypeKind.BOOLEAN),
                true,
                "是否发布目的路由到VPC，取值：\n\n-   **true**：发布目的路由到VPC。\n-   **false**：不发布目的路由到VPC。",
                List.of("true", "false"),
                List.of()),
            param(
                "RegionId",
                TypeKind.STRING,
                true,
                "VPN目的路由所在的地域。您可以通过调用[DescribeRegions](~~36063~~)接口获取地域ID。"),
            param("RouteDest", TypeKind.STRING, true, "目的路由的目标网段。"),
            param("VpnGatewayId", TypeKind.STRING, true, "VPN网关的ID。"),
            param(
                "Weight",
                type(TypeKind.INTEGER),
                true,
                "目的路由的权重值，取值：**0**|**100**。",
                List.of("0", "100"),
                List.of()),
            param(
                "ClientToken",
                TypeKind.STRING,
                false,
                "客户端token，用于保证请求的幂等性。\n\n由客户端生成该参数值，要保证在不同请求间唯一，最大值不超过64个ASCII字符。"),
            param("OverlayMode", TypeKind.STRING, false, "覆盖模式。")),
        List.of(
            field("CreateTime", TypeKind.LONG, "VPN目的路由的创建时间。"),
            field("NextHop", TypeKind.STRING, "目的路由的下一跳。"),
            field("OverlayMode", TypeKind.STRING, "覆盖模式。"),
            field("RequestId", TypeKind.STRING, "请求ID。"),
            field("RouteDest", TypeKind.STRING, "目的路由的目标网段。"),
            field("State", TypeKind.STRING, "VPN目的路由的状态。"),
            field("VpnInstanceId", TypeKind.STRING, "VPN网关的ID。"),
            field("Weight", TypeKind.INTEGER, "目的路由的权重值，取值：**0**|**100**。")),
        SEED_ERRORS_ZH);
  }

  /** The seed page {@code 002_7748b1d47d30a9a5.txt}: PublishVpnRouteEntry, English. */
  static Operation publishVpnRouteEntry() {
    String page = "002_7748b1d47d30a9a5.txt";
    return operation(
        page,
        "PublishVpnRouteEntry",
        "Publishes a VPN route to a VPC.",
        List.of(
            param("NextHop", TypeKind.STRING, true, "The next hop of the VPN route."),
            param(
                "PublishVpc",
                type(TypeKind.BOOLEAN),
                true,
                "Indicates whether to publish the VPN route to the VPC. Valid values:\n\n"
                    + "-   **true**: The VPN route is published to the VPC.\n"
                    + "-   **false**: The VPN route is not published to the VPC.",
                List.of("true", "false"),
                List.of()),
            param(
                "RegionId",
                TypeKind.STRING,
                true,
                "The ID of the region to which the VPN route belongs. To query the region ID, call"
                    + " [DescribeRegions](~~36063~~)."),
            param(
                "RouteDest", TypeKind.STRING, true, "The destination CIDR block of the VPN route."),
            param(
                "RouteType",
                type(TypeKind.STRING),
                true,
                "The type of the VPN route. Valid values:\n\n"
                    + "-   **pbr**: policy route.\n-   **dbr**: destination route.",
                List.of("pbr", "dbr"),
                List.of()),
            param("VpnGatewayId", TypeKind.STRING, true, "The ID of the VPN Gateway."),
            param(
                "ClientToken",
                TypeKind.STRING,
                false,
                "The client token used to guarantee the idempotence of the request.\n\n"
                    + "The value of this parameter is generated by the client and must be unique"
                    + " among different requests. It must be 1 to 64 ASCII characters in length.")),
        List.of(field("RequestId", TypeKind.STRING, "The ID of the request.")),
        List.of(
            error(
                403,
                "Forbidden.SubUser",
                "User not authorized to operate on the specified resource as your account is"
                    + " created by another user.",
                "You are not authorized to use this resource. Apply for the permission and try"
                    + " again."),
            error(
                403,
                "Forbidden",
                "User not authorized to operate on the specified resource.",
                "You are not authorized to use this resource. For more information, open a"
                    + " ticket."),
            error(
                404,
                "InvalidVpnGatewayInstanceId.NotFound",
                "The specified vpn gateway instance id does not exist.",
                "The specified VPN Gateway does not exist.")));
  }

  /** Both seeds as one Vpc 2016-04-28 product. */
  static Spec seeds() {
    return spec("Vpc", "2016-04-28", createVpnRouteEntry(), publishVpnRouteEntry());
  }
}

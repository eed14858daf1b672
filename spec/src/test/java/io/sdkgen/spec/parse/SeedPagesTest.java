package io.sdkgen.spec.parse;

import static io.sdkgen.spec.parse.Pages.field;
import static io.sdkgen.spec.parse.Pages.param;
import static io.sdkgen.spec.parse.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.ExampleKind;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two seed pages, every parameter, response field and error code of them. */
class SeedPagesTest {

  private static final String CREATE = "000_1d9347b729aee1b3.txt";
  private static final String PUBLISH = "002_7748b1d47d30a9a5.txt";

  private static PageResult read(String name) {
    return Pages.READER.readPage(name, Pages.resource("/seeds/" + name));
  }

  @Test
  void createVpnRouteEntry() {
    PageResult page = read(CREATE);
    assertThat(page.diagnostics()).isEmpty();
    assertThat(page.product()).isEqualTo("Vpc");
    assertThat(page.version()).isEqualTo("2016-04-28");
    assertThat(page.style()).isEqualTo(ApiStyle.RPC);
    Operation op = page.operation();
    assertThat(op.name()).isEqualTo("CreateVpnRouteEntry");
    assertThat(op.summary()).isEqualTo("调用CreateVpnRouteEntry创建VPN目的路由。");
    assertThat(op.locale()).isEqualTo("zh-CN");
    assertThat(op.location()).isEqualTo(Location.of(CREATE, 1));
    String s = CREATE;
    assertThat(op.parameters())
        .containsExactly(
            param(
                s,
                13,
                "Action",
                type(TypeKind.STRING, "String"),
                true,
                "CreateVpnRouteEntry",
                "要执行的操作，取值：**CreateVpnRouteEntry**。",
                List.of()),
            param(
                s,
                16,
                "NextHop",
                type(TypeKind.STRING, "String"),
                true,
                "vco-bp15oes1py4i66rmd****",
                "目的路由的下一跳。",
                List.of()),
            param(
                s,
                19,
                "PublishVpc",
                type(TypeKind.BOOLEAN, "Boolean"),
                true,
                "true",
                "是否发布目的路由到VPC，取值：\n\n-   **true**：发布目的路由到VPC。\n-   **false**：不发布目的路由到VPC。",
                List.of("true", "false")),
            param(
                s,
                25,
                "RegionId",
                type(TypeKind.STRING, "String"),
                true,
                "cn-hangzhou",
                "VPN目的路由所在的地域。您可以通过调用[DescribeRegions](~~36063~~)接口获取地域ID。",
                List.of()),
            param(
                s,
                28,
                "RouteDest",
                type(TypeKind.STRING, "String"),
                true,
                "10.0.0.0/24",
                "目的路由的目标网段。",
                List.of()),
            param(
                s,
                31,
                "VpnGatewayId",
                type(TypeKind.STRING, "String"),
                true,
                "vpn-bp1a3kqjiiq9legfx****",
                "VPN网关的ID。",
                List.of()),
            param(
                s,
                34,
                "Weight",
                type(TypeKind.INTEGER, "Integer"),
                true,
                "0",
                "目的路由的权重值，取值：**0**|**100**。",
                List.of("0", "100")),
            param(
                s,
                37,
                "ClientToken",
                type(TypeKind.STRING, "String"),
                false,
                "d7d24a21-f4ba-4454-9173-b3828dae492b",
                "客户端token，用于保证请求的幂等性。\n\n由客户端生成该参数值，要保证在不同请求间唯一，最大值不超过64个ASCII字符。",
                List.of()),
            param(
                s,
                42,
                "OverlayMode",
                type(TypeKind.STRING, "String"),
                false,
                "Ipsec",
                "覆盖模式。",
                List.of()));
    assertThat(op.response())
        .containsExactly(
            field(
                s, 50, "CreateTime", type(TypeKind.LONG, "Long"), "1492747187000", "VPN目的路由的创建时间。"),
            field(
                s,
                53,
                "NextHop",
                type(TypeKind.STRING, "String"),
                "vco-bp15oes1py4i66rmd****",
                "目的路由的下一跳。"),
            field(s, 56, "OverlayMode", type(TypeKind.STRING, "String"), "Ipsec", "覆盖模式。"),
            field(
                s,
                59,
                "RequestId",
                type(TypeKind.STRING, "String"),
                "5BE01CD7-5A50-472D-AC14-CA181C5C03BE",
                "请求ID。"),
            field(s, 62, "RouteDest", type(TypeKind.STRING, "String"), "10.0.0.0/24", "目的路由的目标网段。"),
            field(s, 65, "State", type(TypeKind.STRING, "String"), "published", "VPN目的路由的状态。"),
            field(
                s,
                68,
                "VpnInstanceId",
                type(TypeKind.STRING, "String"),
                "vpn-bp1cmw7jh1nfe43m9****",
                "VPN网关的ID。"),
            field(
                s,
                71,
                "Weight",
                type(TypeKind.INTEGER, "Integer"),
                "0",
                "目的路由的权重值，取值：**0**|**100**。"));
    assertThat(op.errors())
        .containsExactly(
            new ErrorCode(
                403,
                "Forbbiden.SubUser",
                "User not authorized to operate on the specified resource as your account is created by another user.",
                "您没有权限操作该资源，请您申请操作权限后再试。",
                Location.of(s, 128)),
            new ErrorCode(
                403,
                "Forbidden",
                "User not authorized to operate on the specified resource.",
                "您没有权限操作指定资源，请提交工单咨询。",
                Location.of(s, 129)),
            new ErrorCode(
                400,
                "Resource.QuotaFull",
                "The quota of resource is full",
                "资源配额已达上限。",
                Location.of(s, 130)),
            new ErrorCode(
                404,
                "InvalidVpnGatewayInstanceId.NotFound",
                "The specified vpn gateway instance id does not exist.",
                "指定的 VPN 网关不存在，请您检查 VPN 网关是否正确。",
                Location.of(s, 131)),
            new ErrorCode(
                400,
                "VpnGateway.Configuring",
                "The specified service is configuring.",
                "服务正在配置中，请您稍后再试。",
                Location.of(s, 132)),
            new ErrorCode(
                400,
                "VpnGateway.FinancialLocked",
                "The specified service is financial locked.",
                "该服务已欠费，请您先充值再操作。",
                Location.of(s, 133)));
    assertThat(op.examples())
        .extracting(e -> e.kind() + "@" + e.location().line())
        .containsExactly("REQUEST@79", "SUCCESS_XML@96", "SUCCESS_JSON@111");
    assertThat(op.examples().get(2).content()).contains("\"CreateTime\":1563873294331");
  }

  @Test
  void publishVpnRouteEntry() {
    PageResult page = read(PUBLISH);
    assertThat(page.diagnostics()).isEmpty();
    Operation op = page.operation();
    assertThat(op.name()).isEqualTo("PublishVpnRouteEntry");
    assertThat(op.locale()).isEqualTo("en-US");
    String s = PUBLISH;
    assertThat(op.parameters())
        .containsExactly(
            param(
                s,
                13,
                "Action",
                type(TypeKind.STRING, "String"),
                true,
                "PublishVpnRouteEntry",
                "The name of this action. Value: **PublishVpnRouteEntry**.",
                List.of()),
            param(
                s,
                16,
                "NextHop",
                type(TypeKind.STRING, "String"),
                true,
                "vco-bp15oes1py4i66rmd****",
                "The next hop of the VPN route.",
                List.of()),
            param(
                s,
                19,
                "PublishVpc",
                type(TypeKind.BOOLEAN, "Boolean"),
                true,
                "true",
                "Indicates whether to publish the VPN route to the VPC. Valid values:\n\n"
                    + "-   **true**: The VPN route is published to the VPC.\n"
                    + "-   **false**: The VPN route is not published to the VPC.",
                List.of("true", "false")),
            param(
                s,
                25,
                "RegionId",
                type(TypeKind.STRING, "String"),
                true,
                "cn-hangzhou",
                "The ID of the region to which the VPN route belongs. To query the region ID, call [DescribeRegions](~~36063~~).",
                List.of()),
            param(
                s,
                28,
                "RouteDest",
                type(TypeKind.STRING, "String"),
                true,
                "10.0.0.0/24",
                "The destination CIDR block of the VPN route.",
                List.of()),
            param(
                s,
                31,
                "RouteType",
                type(TypeKind.STRING, "String"),
                true,
                "pbr",
                "The type of the VPN route. Valid values:\n\n-   **pbr**: policy route.\n-   **dbr**: destination route.",
                List.of("pbr", "dbr")),
            param(
                s,
                37,
                "VpnGatewayId",
                type(TypeKind.STRING, "String"),
                true,
                "vpn-bp1a3kqjiiq9legfx****",
                "The ID of the VPN Gateway.",
                List.of()),
            param(
                s,
                40,
                "ClientToken",
                type(TypeKind.STRING, "String"),
                false,
                "d7d24a21-f4ba-4454-9173-b3828dae492b",
                "The client token used to guarantee the idempotence of the request.\n\n"
                    + "The value of this parameter is generated by the client and must be unique among different requests. It must be 1 to 64 ASCII characters in length.",
                List.of()));
    assertThat(op.response())
        .containsExactly(
            field(
                s,
                50,
                "RequestId",
                type(TypeKind.STRING, "String"),
                "5BE01CD7-5A50-472D-AC14-CA181C5C03BE",
                "The ID of the request."));
    assertThat(op.errors())
        .extracting(e -> e.httpStatus() + " " + e.code() + " " + e.location().line())
        .containsExactly(
            "403 Forbidden.SubUser 93",
            "403 Forbidden 94",
            "400 Resource.QuotaFull 95",
            "404 InvalidVpnGatewayInstanceId.NotFound 96",
            "400 VpnGateway.Configuring 97",
            "400 VpnGateway.FinancialLocked 98");
    assertThat(op.errors().get(2).message()).isEqualTo("The quota of resource is full.");
    assertThat(op.examples())
        .extracting(e -> e.kind())
        .containsExactly(ExampleKind.REQUEST, ExampleKind.SUCCESS_XML, ExampleKind.SUCCESS_JSON);
  }
}

package io.sdkgen.emulator;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Example;
import io.sdkgen.spec.ExampleKind;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.List;

/** The two seed pages as the model holds them, built by hand. */
final class SeedProducts {

  static final String CREATE_PAGE = "CreateVpnRouteEntry.md";
  static final String PUBLISH_PAGE = "PublishVpnRouteEntry.md";

  private SeedProducts() {}

  static Product vpc() {
    return new Product("Vpc", "2016-04-28", ApiStyle.RPC, List.of(create(), publish()));
  }

  static Operation create() {
    Location at = Location.of(CREATE_PAGE);
    return new Operation(
        "CreateVpnRouteEntry",
        "调用CreateVpnRouteEntry创建VPN目的路由。",
        "",
        List.of("POST", "GET"),
        "",
        List.of(
            param(at, "Action", TypeKind.STRING, true, List.of()),
            param(at, "NextHop", TypeKind.STRING, true, List.of()),
            param(at, "PublishVpc", TypeKind.BOOLEAN, true, List.of("true", "false")),
            param(at, "RegionId", TypeKind.STRING, true, List.of()),
            param(at, "RouteDest", TypeKind.STRING, true, List.of()),
            param(at, "VpnGatewayId", TypeKind.STRING, true, List.of()),
            param(at, "Weight", TypeKind.INTEGER, true, List.of("0", "100")),
            param(at, "ClientToken", TypeKind.STRING, false, List.of()),
            param(at, "OverlayMode", TypeKind.STRING, false, List.of())),
        List.of(
            field(at, "CreateTime", TypeKind.LONG, "1492747187000"),
            field(at, "RequestId", TypeKind.STRING, "5BE01CD7-5A50-472D-AC14-CA181C5C03BE")),
        errors(at),
        List.of(
            new Example(
                ExampleKind.SUCCESS_XML,
                """
                <CreateVpnRouteEntryResponse>
                	  <RouteDest>10.0.0.0/24</RouteDest>
                	  <VpnInstanceId>vpn-bp1cmw7jh1nfe43m9****</VpnInstanceId>
                	  <OverlayMode>Ipsec</OverlayMode>
                	  <State>published</State>
                	  <Weight>100</Weight>
                	  <CreateTime>1563873294331</CreateTime>
                	  <NextHop>vco-bp1tui07ob10fmuro****</NextHop>
                      <RequestId>EE4C2417-9437-4333-BDEB-8493F7AA7258</RequestId>
                </CreateVpnRouteEntryResponse>
                """,
                at),
            new Example(
                ExampleKind.SUCCESS_JSON,
                """
                {
                	"RouteDest":"10.0.0.0/24",
                	"VpnInstanceId":"vpn-bp1cmw7jh1nfe43m9****",
                	"OverlayMode":"Ipsec",
                	"Weight":100,
                	"State":"published",
                	"RequestId":"CB2793A8-845F-444C-8E93-76F1BBDF9C78",
                	"NextHop":"vco-bp1tui07ob10fmuro****",
                	"CreateTime":1563873294331
                }
                """,
                at)),
        "zh-CN",
        at.atLine(1));
  }

  static Operation publish() {
    Location at = Location.of(PUBLISH_PAGE);
    return new Operation(
        "PublishVpnRouteEntry",
        "Publishes a VPN route to a VPC.",
        "",
        List.of("POST", "GET"),
        "",
        List.of(
            param(at, "Action", TypeKind.STRING, true, List.of()),
            param(at, "NextHop", TypeKind.STRING, true, List.of()),
            param(at, "PublishVpc", TypeKind.BOOLEAN, true, List.of("true", "false")),
            param(at, "RegionId", TypeKind.STRING, true, List.of()),
            param(at, "RouteDest", TypeKind.STRING, true, List.of()),
            param(at, "RouteType", TypeKind.STRING, true, List.of("pbr", "dbr")),
            param(at, "VpnGatewayId", TypeKind.STRING, true, List.of()),
            param(at, "ClientToken", TypeKind.STRING, false, List.of())),
        List.of(field(at, "RequestId", TypeKind.STRING, "5BE01CD7-5A50-472D-AC14-CA181C5C03BE")),
        errors(at),
        List.of(
            new Example(
                ExampleKind.SUCCESS_JSON,
                "{\n\t\"RequestId\":\"CB2793A8-845F-444C-8E93-76F1BBDF9C78\"\n}\n",
                at)),
        "en-US",
        at.atLine(1));
  }

  static Parameter param(
      Location at, String name, TypeKind kind, boolean required, List<String> allowed) {
    return new Parameter(
        name,
        TypeRef.of(kind, kind.name()),
        required,
        "",
        "",
        allowed,
        ParameterLocation.QUERY,
        List.of(),
        at);
  }

  static ResponseField field(Location at, String name, TypeKind kind, String example) {
    return new ResponseField(name, TypeRef.of(kind, kind.name()), "", example, List.of(), at);
  }

  private static List<ErrorCode> errors(Location at) {
    return List.of(
        new ErrorCode(
            403, "Forbidden", "User not authorized to operate on the specified resource.", "", at),
        new ErrorCode(400, "Resource.QuotaFull", "The quota of resource is full.", "", at),
        new ErrorCode(
            404,
            "InvalidVpnGatewayInstanceId.NotFound",
            "The specified vpn gateway instance id does not exist.",
            "",
            at),
        new ErrorCode(
            400, "VpnGateway.Configuring", "The specified service is configuring.", "", at));
  }
}

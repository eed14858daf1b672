package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated seed code against the real runtime: required parameters, wire names, open
 * enums, response reading, value semantics and the error registry.
 */
class GeneratedBehaviourTest {

  private static final String DRIVER =
      String.join(
          "\n",
          "package com.example.vpc;",
          "import io.sdkgen.runtime.ResponseNode;",
          "import io.sdkgen.runtime.ServiceError;",
          "import io.sdkgen.runtime.internal.RequestParams;",
          "import java.nio.charset.StandardCharsets;",
          "public final class Driver {",
          "  private Driver() {}",
          "  public static String run() {",
          "    StringBuilder out = new StringBuilder();",
          "    try {",
          "      CreateVpnRouteEntryRequest.builder().nextHop(\"x\").build();",
          "    } catch (IllegalStateException e) {",
          "      out.append(e.getMessage()).append('\\n');",
          "    }",
          "    CreateVpnRouteEntryRequest.Builder create = CreateVpnRouteEntryRequest.builder()",
          "        .nextHop(\"x\").publishVpc(true).routeDest(\"10.0.0.0/24\").vpnGatewayId(\"v\");",
          "    try {",
          "      create.weight(50).build();",
          "    } catch (IllegalArgumentException e) {",
          "      out.append(e.getMessage()).append('\\n');",
          "    }",
          "    out.append(create.weight(CreateVpnRouteEntryRequest.WEIGHT_100).build().weight())",
          "        .append('\\n');",
          "    PublishVpnRouteEntryRequest r = PublishVpnRouteEntryRequest.builder()",
          "        .nextHop(\"vco\").publishVpc(true).routeDest(\"10.0.0.0/24\")",
          "        .routeType(PublishVpnRouteEntryRequest.RouteType.of(\"pbr\"))",
          "        .vpnGatewayId(\"vpn\").build();",
          "    RequestParams p = RequestParams.create();",
          "    r.writeTo(p);",
          "    out.append(p.get(\"RouteType\")).append(',').append(p.get(\"PublishVpc\"))",
          "        .append(',').append(p.get(\"Action\")).append(',').append(p.get(\"RegionId\"))",
          "        .append('\\n');",
          "    out.append(PublishVpnRouteEntryRequest.RouteType.of(\"pbr\")",
          "        == PublishVpnRouteEntryRequest.RouteType.PBR)",
          "        .append(',').append(PublishVpnRouteEntryRequest.RouteType.of(\"ecmp\").value())",
          "        .append('\\n');",
          "    CreateVpnRouteEntryResponse resp = CreateVpnRouteEntryResponse.read(",
          "        ResponseNode.parseJson(",
          "            \"{\\\"RequestId\\\":\\\"R1\\\",\\\"Weight\\\":100,\\\"CreateTime\\\":1563873294331}\"",
          "                .getBytes(StandardCharsets.UTF_8)));",
          "    out.append(resp.requestId()).append(',').append(resp.weight()).append(',')",
          "        .append(resp.createTime()).append(',').append(resp.state()).append('\\n');",
          "    out.append(r.equals(r.toBuilder().build())).append(',')",
          "        .append(r.hashCode() == r.toBuilder().build().hashCode()).append(',')",
          "        .append(r.toBuilder().nextHop(\"y\").build().equals(r)).append('\\n');",
          "    ServiceError error = new ServiceError(404, \"InvalidVpnGatewayInstanceId.NotFound\",",
          "        \"gone\", \"R2\", null, null, null);",
          "    out.append(VpcErrors.REGISTRY.create(error).getClass().getSimpleName()).append(',');",
          "    ServiceError other = new ServiceError(400, \"Brand.New\", \"new\", \"R3\", null, null,"
              + " null);",
          "    out.append(VpcErrors.REGISTRY.create(other).getClass().getSimpleName());",
          "    return out.toString();",
          "  }",
          "}");

  @Test
  void seedCodeBehavesAgainstTheRuntime() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : SdkGeneratorTest.seeds().files()) {
      sources.add(file.toJavaFileObject());
    }
    sources.add(JavaFileObjects.forSourceString("com.example.vpc.Driver", DRIVER));
    Path out = Files.createTempDirectory("sdkgen-run");
    assertThat(Compilation.compileTo(sources, List.of("-proc:none"), out)).isEmpty();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      Method run = loader.loadClass("com.example.vpc.Driver").getMethod("run");
      assertThat((String) run.invoke(null))
          .isEqualTo(
              String.join(
                  "\n",
                  "Missing required parameters of CreateVpnRouteEntry: PublishVpc, RouteDest,"
                      + " VpnGatewayId, Weight",
                  "Weight must be one of 0, 100, not 50",
                  "100",
                  "pbr,true,null,null",
                  "true,ecmp",
                  "R1,100,1563873294331,null",
                  "true,true,false",
                  "InvalidVpnGatewayInstanceIdNotFoundException,VpcException"));
    }
  }
}

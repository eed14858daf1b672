package io.sdkgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void errorCodesBecomeTypeNames() {
    assertThat(JavaNames.typeName("InvalidVpnGatewayInstanceId.NotFound"))
        .isEqualTo("InvalidVpnGatewayInstanceIdNotFound");
    assertThat(JavaNames.typeName("Forbbiden.SubUser")).isEqualTo("ForbbidenSubUser");
    assertThat(JavaNames.typeName("Throttling.User")).isEqualTo("ThrottlingUser");
    assertThat(JavaNames.typeName("invalid_param-name value")).isEqualTo("InvalidParamNameValue");
  }

  @Test
  void pluralsBecomeSingular() {
    assertThat(JavaNames.singular("Rules")).isEqualTo("Rule");
    assertThat(JavaNames.singular("DomainExtensions")).isEqualTo("DomainExtension");
    assertThat(JavaNames.singular("Queries")).isEqualTo("Query");
    assertThat(JavaNames.singular("Statuses")).isEqualTo("Status");
    assertThat(JavaNames.singular("Addresses")).isEqualTo("Address");
    assertThat(JavaNames.singular("Boxes")).isEqualTo("Box");
    assertThat(JavaNames.singular("Matches")).isEqualTo("Match");
    assertThat(JavaNames.singular("Caches")).isEqualTo("Cache");
    assertThat(JavaNames.singular("Indices")).isEqualTo("Index");
    assertThat(JavaNames.singular("tags")).isEqualTo("tag");
    // A list named by its last word.
    assertThat(JavaNames.singular("dictList")).isEqualTo("dict");
    assertThat(JavaNames.singular("DataDiskList")).isEqualTo("DataDisk");
    assertThat(JavaNames.singular("List")).isEqualTo("List");
    assertThat(JavaNames.singular("Blacklist")).isEqualTo("Blacklist");
    assertThat(JavaNames.singular("IPList")).isEqualTo("IPList");
    // Not plurals, or too short to tell.
    assertThat(JavaNames.singular("Status")).isEqualTo("Status");
    assertThat(JavaNames.singular("Address")).isEqualTo("Address");
    assertThat(JavaNames.singular("Analysis")).isEqualTo("Analysis");
    assertThat(JavaNames.singular("Ips")).isEqualTo("Ips");
    assertThat(JavaNames.singular("Tag")).isEqualTo("Tag");
  }

  @Test
  void leadingDigitsAreEscaped() {
    assertThat(JavaNames.typeName("400.BadRequest")).isEqualTo("_400BadRequest");
    assertThat(JavaNames.memberName("3rdParty")).isEqualTo("_3rdParty");
    assertThat(JavaNames.constantName("100")).isEqualTo("_100");
  }

  @Test
  void keywordsAreEscaped() {
    assertThat(JavaNames.memberName("Class")).isEqualTo("class_");
    assertThat(JavaNames.memberName("default")).isEqualTo("default_");
    assertThat(JavaNames.memberName("_")).isEqualTo("unnamed");
    assertThat(JavaNames.typeName("")).isEqualTo("Unnamed");
  }

  @Test
  void memberNamesLowerTheLeadingCapitals() {
    assertThat(JavaNames.memberName("VpnGatewayId")).isEqualTo("vpnGatewayId");
    assertThat(JavaNames.memberName("VSwitchId")).isEqualTo("vSwitchId");
    assertThat(JavaNames.memberName("OSType")).isEqualTo("osType");
    assertThat(JavaNames.memberName("ID")).isEqualTo("id");
    assertThat(JavaNames.memberName("key")).isEqualTo("key");
  }

  @Test
  void constantNamesSplitWords() {
    assertThat(JavaNames.constantName("pbr")).isEqualTo("PBR");
    assertThat(JavaNames.constantName("cn-hangzhou")).isEqualTo("CN_HANGZHOU");
    assertThat(JavaNames.constantName("PayByTraffic")).isEqualTo("PAY_BY_TRAFFIC");
    assertThat(JavaNames.constantName("CreateVpnRouteEntry")).isEqualTo("CREATE_VPN_ROUTE_ENTRY");
    assertThat(JavaNames.constantName("IPv6")).isEqualTo("I_PV6");
  }

  @Test
  void chineseTextStaysLegal() {
    assertThat(JavaNames.constantName("专有网络")).isEqualTo("专有网络");
    assertThat(JavaNames.typeName("错误.码")).isEqualTo("错误码");
  }

  @Test
  void productPackagesAreLowerCaseWithVersion() {
    assertThat(JavaNames.productPackage("Vpc", "2016-04-28")).isEqualTo("vpc.v20160428");
    assertThat(JavaNames.productPackage("Ecs", "")).isEqualTo("ecs");
  }

  @Test
  void packageNamesAreValidated() {
    assertThat(JavaNames.isPackageName("com.example.vpc")).isTrue();
    assertThat(JavaNames.isPackageName("com.example.")).isFalse();
    assertThat(JavaNames.isPackageName("com.class")).isFalse();
    assertThat(JavaNames.isPackageName("1com")).isFalse();
    assertThat(JavaNames.isPackageName("")).isFalse();
  }
}

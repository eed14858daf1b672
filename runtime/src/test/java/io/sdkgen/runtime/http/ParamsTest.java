package io.sdkgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParamsTest {
  @Test
  void builtParamsDoNotChangeWhenTheBuilderGoesOn() {
    Params.Builder b = Params.builder(2).add("a", "1").add("b", "2");
    Params first = b.build();
    b.add("c", "3");
    Params second = b.build();
    b.set("a", "x");
    b.remove("b");

    assertThat(first).isEqualTo(Params.of("a", "1", "b", "2"));
    assertThat(first.size()).isEqualTo(2);
    assertThat(second).isEqualTo(Params.of("a", "1", "b", "2", "c", "3"));
    assertThat(b.build()).isEqualTo(Params.of("a", "x", "c", "3"));
  }

  @Test
  void builderExposesPairsByIndex() {
    Params.Builder b = Params.of("a", "1").toBuilder(1).add("b", "2");

    assertThat(b.name(1)).isEqualTo("b");
    assertThat(b.value(0)).isEqualTo("1");
  }

  @Test
  void secretsOfTheRequestAndOfTheCallerAreSensitive() {
    for (String name :
        java.util.List.of(
            "Signature",
            "AccessKeyId",
            "SecurityToken",
            "authorization",
            "Password",
            "SystemDisk.Password",
            "VncPassword",
            "ModifyInstanceVncPasswd",
            "AccessKeySecret",
            "PrivateKeyBody")) {
      assertThat(Params.isSensitive(name)).as(name).isTrue();
    }
    for (String name : java.util.List.of("ClientToken", "KeyPairName", "InstanceId", "Action")) {
      assertThat(Params.isSensitive(name)).as(name).isFalse();
    }
    assertThat(Params.of("InstanceId", "i-1", "Password", "Hunter2!").toString())
        .isEqualTo("{InstanceId=i-1, Password=██}");
    assertThat(Params.redacted("Hunter2!")).isEqualTo("██");
    assertThat(Params.redacted(null)).isNull();
  }
}

package io.sdkgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.runtime.http.Params;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's secret names and the runtime's sensitive parameters agree. */
class SecretNamesTest {

  @Test
  void pageFieldsTheGeneratorHidesAreTheParametersTheRuntimeHides() {
    List<String> names =
        List.of(
            "Password",
            "SystemDisk.Password",
            "VncPassword",
            "Passwd",
            "AccessKeySecret",
            "PrivateKeyBody",
            "PasswordInherit",
            "ClientToken",
            "KeyPairName",
            "InstanceId",
            "RouteDest",
            "SecurityGroupId");
    for (String name : names) {
      assertThat(SecretNames.isSecret(name)).as(name).isEqualTo(Params.isSensitive(name));
    }
    assertThat(names.stream().filter(SecretNames::isSecret)).hasSize(7);
  }
}

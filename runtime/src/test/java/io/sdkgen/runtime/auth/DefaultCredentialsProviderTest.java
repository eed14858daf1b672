package io.sdkgen.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain order, against a temporary home and an injected environment: never the real ones. */
class DefaultCredentialsProviderTest {
  @TempDir Path home;
  Map<String, String> env;
  Properties props;

  @BeforeEach
  void setUp() {
    env = new HashMap<>();
    props = new Properties();
  }

  DefaultCredentialsProvider chain() {
    return new DefaultCredentialsProvider(env, props, home);
  }

  void writeCli(String json) throws Exception {
    Files.createDirectories(home.resolve(".aliyun"));
    Files.writeString(home.resolve(".aliyun/config.json"), json);
  }

  void writeIni(String name, String text) throws Exception {
    Files.createDirectories(home.resolve(".alibabacloud"));
    Files.writeString(home.resolve(".alibabacloud").resolve(name), text);
  }

  static final String CLI =
      "{\"current\":\"work\",\"profiles\":["
          + "{\"name\":\"default\",\"mode\":\"AK\",\"access_key_id\":\"cli-default\","
          + "\"access_key_secret\":\"cli-secret-d\"},"
          + "{\"name\":\"work\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.cli-work\","
          + "\"access_key_secret\":\"cli-secret-w\",\"sts_token\":\"cli-token\"},"
          + "{\"name\":\"role\",\"mode\":\"RamRoleArn\",\"access_key_id\":\"x\"}]}";

  static final String INI =
      "[default]\nenable = true\ntype = access_key\naccess_key_id = ini-default\n"
          + "access_key_secret = ini-secret\n\n[off]\nenable = false\ntype = access_key\n"
          + "access_key_id = ini-off\naccess_key_secret = s\n\n[build]\nenable = true\n"
          + "type = ecs_ram_role\nrole_name = EcsRamRoleTest\n";

  @Test
  void orderIsSystemPropertiesThenEnvironmentThenCliConfigThenCredentialsFile() throws Exception {
    writeIni("credentials.ini", INI);
    assertThat(chain().resolve().accessKeyId()).isEqualTo("ini-default");

    writeCli(CLI);
    Credentials cli = chain().resolve();
    assertThat(cli.accessKeyId()).isEqualTo("STS.cli-work");
    assertThat(cli.securityToken()).isEqualTo("cli-token");

    env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
    env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
    env.put("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token");
    assertThat(chain().resolve()).isEqualTo(Credentials.of("env-id", "env-secret", "env-token"));

    props.setProperty("alibabacloud.accessKeyId", "prop-id");
    props.setProperty("alibabacloud.accessKeySecret", "prop-secret");
    assertThat(chain().resolve()).isEqualTo(Credentials.of("prop-id", "prop-secret"));
    props.setProperty("alibabacloud.accessKeyIdSecret", "older-name-wins");
    assertThat(chain().resolve().accessKeySecret()).isEqualTo("older-name-wins");
  }

  @Test
  void environmentFallsBackToAlternativeSpellings() {
    env.put("ALICLOUD_ACCESS_KEY_ID", "ali-id");
    env.put("ALIBABACLOUD_ACCESS_KEY_SECRET", "alibabacloud-secret");
    env.put("ALICLOUD_ACCESS_KEY_SECRET", "loses");
    assertThat(chain().resolve()).isEqualTo(Credentials.of("ali-id", "alibabacloud-secret"));
  }

  @Test
  void cliProfileCanBeChosenOrDisabled() throws Exception {
    writeCli(CLI);
    writeIni("credentials", INI);
    env.put("ALIBABA_CLOUD_PROFILE", "default");
    assertThat(chain().resolve().accessKeyId()).isEqualTo("cli-default");
    env.put("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
    assertThat(chain().resolve().accessKeyId()).isEqualTo("ini-default");
  }

  @Test
  void onlyEnabledAccessKeySectionsCount() throws Exception {
    writeIni("credentials.ini", INI);
    env.put("ALIBABA_CLOUD_PROFILE", "off");
    assertThatThrownBy(() -> chain().resolve()).hasMessageContaining("[off] is not enabled");
    env.put("ALIBABA_CLOUD_PROFILE", "build");
    assertThatThrownBy(() -> chain().resolve())
        .hasMessageContaining("unsupported type ecs_ram_role");
  }

  @Test
  void failureListsEveryReasonAndNoSecret() throws Exception {
    writeCli(CLI.replace("\"current\":\"work\"", "\"current\":\"role\""));
    env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id-only");
    assertThatThrownBy(() -> chain().resolve())
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("system properties:")
        .hasMessageContaining("environment: ALIBABA_CLOUD_ACCESS_KEY_SECRET not set")
        .hasMessageContaining("CLI config: profile role has unsupported mode RamRoleArn")
        .hasMessageContaining("credentials file: no file")
        .hasMessageNotContaining("cli-secret")
        .hasMessageNotContaining("env-id-only");
  }

  @Test
  void credentialsFileVariableWinsOverTheDefaultLocation() throws Exception {
    writeIni("credentials.ini", INI);
    Path other = home.resolve("elsewhere.ini");
    Files.writeString(
        other,
        "[default]\nenable = true\ntype = access_key\naccess_key_id = other\n"
            + "access_key_secret = s\n");
    env.put("ALIBABA_CLOUD_CREDENTIALS_FILE", other.toString());
    assertThat(chain().resolve().accessKeyId()).isEqualTo("other");
  }

  @Test
  void resultIsCached() throws Exception {
    env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "id");
    env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret");
    DefaultCredentialsProvider chain = chain();
    assertThat(chain.resolve()).isSameAs(chain.resolve());
  }

  @Test
  void credentialsToStringHidesSecretAndToken() {
    Credentials c = Credentials.of("LTAI5tVeryLongId", "the-secret", "the-token");
    assertThat(c.toString())
        .doesNotContain("the-secret")
        .doesNotContain("the-token")
        .doesNotContain("LTAI5tVeryLongId");
    assertThat(new StaticCredentialsProvider(c).toString()).doesNotContain("the-secret");
  }
}

package io.sdkgen.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sdkgen.runtime.ClientOptions;
import io.sdkgen.runtime.ErrorRegistry;
import io.sdkgen.runtime.OperationInfo;
import io.sdkgen.runtime.RequestWriter;
import io.sdkgen.runtime.RetryPolicy;
import io.sdkgen.runtime.SdkClient;
import io.sdkgen.runtime.ServiceException;
import io.sdkgen.runtime.ServiceInfo;
import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ROA operations on the emulator, called through the runtime as generated code calls them (V3
 * signature, path placeholders, JSON body): the method and path route, body fields are checked as
 * parameters, the page's example answers.
 */
class RoaEmulatorTest {

  private static final String LINK =
      "[OpenAPI Explorer](https://api.aliyun.com/#product=elasticsearch&api=%s&type=ROA"
          + "&version=2017-06-13)";

  private static final String UPDATE_WHITE_IPS =
      """
      # UpdateWhiteIps

      %s

      ## Request syntax

      ```
      PATCH|POST /openapi/instances/[InstanceId]/white-ips HTTP/1.1
      ```

      ## Request parameters

      |Parameter|Type|Position|Required|Example|Description|
      |---------|----|--------|--------|-------|-----------|
      |InstanceId|String|Path|Yes|es-cn-1|The instance.|
      |modifyMode|String|Body|Yes|Cover|How to modify. Valid values: **Cover**, **Append**, **Delete**.|
      |port|Integer|Body|No|9200|A port.|
      |whiteIpGroup|Struct|Body|No|{"groupName": "g"}|A whitelist group.|
      |groupName|String| |Yes|default|The group's name.|
      |ips|List<String\\>| |No|["0.0.0.0"]|The group's addresses.|

      ## Response parameters

      |Parameter|Type|Example|Description|
      |---------|----|-------|-----------|
      |RequestId|String|R-1|The request ID.|
      |Result|Struct| |The instance.|
      |instanceId|String|es-cn-1|The instance ID.|

      ## Examples

      `JSON` format

      ```
      {"RequestId": "R-1", "Result": {"instanceId": "es-cn-1"}}
      ```
      """
          .formatted(LINK.formatted("UpdateWhiteIps"));

  private static final String ACTIVATE_ZONES =
      """
      # ActivateZones

      %s

      ## Request syntax

      ```
      POST /openapi/instances/[InstanceId]/actions/recover-zones HTTP/1.1
      ```

      ## Request parameters

      |Parameter|Type|Position|Required|Example|Description|
      |---------|----|--------|--------|-------|-----------|
      |InstanceId|String|Path|Yes|es-cn-1|The instance.|

      ## RequestBody

      The zones: `["cn-hangzhou-i"]`.

      ## Response parameters

      |Parameter|Type|Example|Description|
      |---------|----|-------|-----------|
      |RequestId|String|R-2|The request ID.|
      |Result|Boolean|true|Whether it worked.|

      ## Examples

      `JSON` format

      ```
      {"RequestId": "R-2", "Result": true}
      ```
      """
          .formatted(LINK.formatted("ActivateZones"));

  private static final OperationInfo UPDATE =
      OperationInfo.roa(
          "UpdateWhiteIps", "POST", "/openapi/instances/{InstanceId}/white-ips", true, null);
  private static final OperationInfo ACTIVATE =
      OperationInfo.roa(
          "ActivateZones",
          "POST",
          "/openapi/instances/{InstanceId}/actions/recover-zones",
          true,
          null);

  @TempDir Path docs;
  private final List<String> log = new ArrayList<>();
  private Emulator emulator;
  private SdkClient client;

  @BeforeEach
  void start() throws Exception {
    Files.writeString(docs.resolve("UpdateWhiteIps.md"), UPDATE_WHITE_IPS);
    Files.writeString(docs.resolve("ActivateZones.md"), ACTIVATE_ZONES);
    emulator =
        Emulator.builder()
            .docs(docs)
            .accessKey(Requests.ID, Requests.SECRET)
            .requestLog(log::add)
            .build()
            .start();
    client = client(Requests.SECRET);
  }

  private SdkClient client(String secret) {
    return new SdkClient(
        new ServiceInfo("elasticsearch", "2017-06-13", "elasticsearch", ErrorRegistry.empty()),
        ClientOptions.builder()
            .endpoint(emulator.endpoint())
            .region("cn-hangzhou")
            .credentials(new StaticCredentialsProvider(Credentials.of(Requests.ID, secret)))
            .retryPolicy(RetryPolicy.none())
            .build());
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  /** The writer generated code would make for UpdateWhiteIps. */
  private static RequestWriter update(
      String instanceId, String mode, Object port, List<String> ips) {
    return params -> {
      params.path("InstanceId", instanceId);
      params.bodyField("modifyMode", mode);
      params.bodyField("port", port);
      params.bodyField(
          "whiteIpGroup",
          (RequestWriter)
              group -> {
                group.add("groupName", "default");
                group.addList("ips", ips);
              });
    };
  }

  @Test
  void aValidCallGetsThePagesExample() {
    String instance =
        client.execute(
            UPDATE,
            update("es cn/1", "Append", 9200, List.of("10.0.0.1")),
            node -> node.get("Result").getString("instanceId"));
    assertThat(instance).isEqualTo("es-cn-1");
    Boolean result =
        client.execute(
            ACTIVATE,
            params -> params.path("InstanceId", "es-cn-1").body("[\"cn-hangzhou-i\"]"),
            node -> node.getBoolean("Result"));
    assertThat(result).isTrue();
    assertThat(log).allMatch(line -> line.contains(" 200 OK "));
  }

  @Test
  void bodyFieldsAreCheckedAsParameters() {
    assertThatThrownBy(() -> client.execute(UPDATE, update("es-1", null, 1, List.of()), n -> n))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.code()).isEqualTo("MissingParameter");
              assertThat(e.errorMessage()).contains("\"modifyMode\"");
            });
    assertThatThrownBy(
            () -> client.execute(UPDATE, update("es-1", "Replace", 1, List.of()), n -> n))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> assertThat(e.errorMessage()).contains("modifyMode").contains("Replace"));
    assertThatThrownBy(
            () -> client.execute(UPDATE, update("es-1", "Cover", "nine", List.of()), n -> n))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> assertThat(e.errorMessage()).contains("\"port\"").contains("nine"));
  }

  @Test
  void methodAndPathMustBeTheOperations() {
    OperationInfo wrongMethod =
        OperationInfo.roa(
            "UpdateWhiteIps", "DELETE", "/openapi/instances/{InstanceId}/white-ips", true, null);
    OperationInfo wrongPath =
        OperationInfo.roa("UpdateWhiteIps", "POST", "/openapi/instances/{InstanceId}", true, null);
    for (OperationInfo operation : List.of(wrongMethod, wrongPath)) {
      assertThatThrownBy(
              () -> client.execute(operation, update("es-1", "Cover", 1, List.of()), n -> n))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(404);
                assertThat(e.code()).isEqualTo("InvalidAction.NotFound");
              });
    }
  }

  @Test
  void aRoaCallSignedWithAnotherSecretIsRefused() {
    try (SdkClient wrong = client("not-the-secret")) {
      assertThatThrownBy(() -> wrong.execute(UPDATE, update("es-1", "Cover", 1, List.of()), n -> n))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.code()).isEqualTo("SignatureDoesNotMatch"));
    }
  }
}

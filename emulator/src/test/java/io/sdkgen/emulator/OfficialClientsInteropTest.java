package io.sdkgen.emulator;

import static io.sdkgen.emulator.Requests.ID;
import static io.sdkgen.emulator.Requests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.CreateVpnRouteEntryRequest;
import com.aliyun.vpc20160428.models.CreateVpnRouteEntryResponse;
import com.aliyun.vpc20160428.models.PublishVpnRouteEntryRequest;
import com.aliyun.vpc20160428.models.PublishVpnRouteEntryResponse;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official clients call the emulator loaded with the two seed pages: the Tea client {@code
 * vpc20160428} (V3, ACS3-HMAC-SHA256) and the V1 core's {@code CommonRequest} over GET and POST
 * (HMAC-SHA1).
 */
class OfficialClientsInteropTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
  private static Emulator emulator;

  @BeforeAll
  static void start() {
    emulator =
        Emulator.builder()
            .products(SeedPages.products())
            .accessKey(ID, SECRET)
            .requestLog(LOG::add)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static Client teaClient(String secret) throws Exception {
    return new Client(
        new Config()
            .setAccessKeyId(ID)
            .setAccessKeySecret(secret)
            .setRegionId("cn-hangzhou")
            .setEndpoint("127.0.0.1:" + emulator.port())
            .setProtocol("http"));
  }

  private static CreateVpnRouteEntryRequest teaCreate() {
    return new CreateVpnRouteEntryRequest()
        .setRegionId("cn-hangzhou")
        .setNextHop("vco-bp15oes1py4i66rmd****")
        .setPublishVpc(true)
        .setRouteDest("10.0.0.0/24")
        .setVpnGatewayId("vpn-bp1a3kqjiiq9legfx****")
        .setWeight(0)
        .setDescription("a b*c~d");
  }

  @Test
  void teaClientCreatesVpnRouteEntry() throws Exception {
    CreateVpnRouteEntryResponse response = teaClient(SECRET).createVpnRouteEntry(teaCreate());

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody().getState()).isEqualTo("published");
    assertThat(response.getBody().getCreateTime()).isEqualTo(1563873294331L);
    assertThat(response.getBody().getRequestId())
        .matches("[0-9A-F-]{36}")
        .isNotEqualTo("CB2793A8-845F-444C-8E93-76F1BBDF9C78");
  }

  @Test
  void teaClientPublishesVpnRouteEntry() throws Exception {
    PublishVpnRouteEntryResponse response =
        teaClient(SECRET)
            .publishVpnRouteEntry(
                new PublishVpnRouteEntryRequest()
                    .setRegionId("cn-hangzhou")
                    .setNextHop("vco-bp15oes1py4i66rmd****")
                    .setPublishVpc(true)
                    .setRouteDest("10.0.0.0/24")
                    .setRouteType("pbr")
                    .setVpnGatewayId("vpn-bp1a3kqjiiq9legfx****"));

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody().getRequestId()).matches("[0-9A-F-]{36}");
  }

  @Test
  void teaClientWithWrongSecretGetsSignatureDoesNotMatch() throws Exception {
    Client client = teaClient("not-the-secret");

    assertThatThrownBy(() -> client.createVpnRouteEntry(teaCreate()))
        .isInstanceOfSatisfying(
            TeaException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
              assertThat(e.getStatusCode()).isEqualTo(400);
            });
  }

  @Test
  void teaClientMissingParameterGetsMissingParameter() throws Exception {
    Client client = teaClient(SECRET);

    assertThatThrownBy(() -> client.createVpnRouteEntry(teaCreate().setVpnGatewayId(null)))
        .isInstanceOfSatisfying(
            TeaException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo("MissingParameter");
              assertThat(e.getMessage()).contains("\"VpnGatewayId\"");
            });
  }

  private static DefaultAcsClient coreClient(String secret) {
    return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", ID, secret));
  }

  private static CommonRequest coreRequest(MethodType method, String action) {
    CommonRequest request = new CommonRequest();
    request.setSysMethod(method);
    request.setSysDomain("127.0.0.1:" + emulator.port());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysVersion("2016-04-28");
    request.setSysAction(action);
    List<String[]> params =
        List.of(
            new String[] {"NextHop", "vco-bp15oes1py4i66rmd****"},
            new String[] {"PublishVpc", "true"},
            new String[] {"RouteDest", "10.0.0.0/24"},
            new String[] {"VpnGatewayId", "vpn-bp1a3kqjiiq9legfx****"},
            new String[] {"Description", "a b*c~d"});
    for (String[] param : params) {
      if (method == MethodType.POST) {
        request.putBodyParameter(param[0], param[1]);
      } else {
        request.putQueryParameter(param[0], param[1]);
      }
    }
    if (action.equals("CreateVpnRouteEntry")) {
      request.putQueryParameter("Weight", "0");
    } else {
      request.putQueryParameter("RouteType", "pbr");
    }
    return request;
  }

  @Test
  void coreCommonRequestGetCreatesVpnRouteEntry() throws Exception {
    CommonResponse response =
        coreClient(SECRET).getCommonResponse(coreRequest(MethodType.GET, "CreateVpnRouteEntry"));

    assertThat(response.getHttpStatus()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.getData());
    assertThat(body.path("State").asText()).isEqualTo("published");
    assertThat(body.path("RequestId").asText()).matches("[0-9A-F-]{36}");
  }

  @Test
  void coreCommonRequestPostCreatesVpnRouteEntry() throws Exception {
    CommonResponse response =
        coreClient(SECRET).getCommonResponse(coreRequest(MethodType.POST, "CreateVpnRouteEntry"));

    assertThat(response.getHttpStatus()).isEqualTo(200);
    assertThat(JSON.readTree(response.getData()).path("RouteDest").asText())
        .isEqualTo("10.0.0.0/24");
  }

  @Test
  void coreCommonRequestGetAndPostPublishVpnRouteEntry() throws Exception {
    for (MethodType method : List.of(MethodType.GET, MethodType.POST)) {
      CommonResponse response =
          coreClient(SECRET).getCommonResponse(coreRequest(method, "PublishVpnRouteEntry"));

      assertThat(response.getHttpStatus()).as(method.name()).isEqualTo(200);
      assertThat(JSON.readTree(response.getData()).path("RequestId").asText())
          .matches("[0-9A-F-]{36}");
    }
  }

  @Test
  void coreCommonRequestWithWrongSecretGetsSignatureDoesNotMatch() {
    for (MethodType method : List.of(MethodType.GET, MethodType.POST)) {
      LOG.clear();
      DefaultAcsClient client = coreClient("not-the-secret");

      assertThatThrownBy(
              () -> client.getCommonResponse(coreRequest(method, "PublishVpnRouteEntry")))
          .isInstanceOfSatisfying(
              ClientException.class,
              e -> {
                assertThat(e.getErrCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.getErrMsg())
                    .contains("string to sign is:" + method.name() + "&%2F&AccessKeyId%3D");
              });
      assertThat(LOG)
          .singleElement()
          .asString()
          .startsWith(method.name() + " PublishVpnRouteEntry 400 SignatureDoesNotMatch ");
    }
  }
}

package io.sdkgen.spec.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.Severity;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page dialects of the corpus, one small inline page each. */
class DialectTest {

  private static final TypeRef STRING = TypeRef.of(TypeKind.STRING, "String");

  /** Asserts the names and types of {@code fields}, written {@code Name:Type}, in order. */
  private static void assertFieldTypes(List<ResponseField> fields, String... nameAndType) {
    assertThat(fields).extracting(f -> f.name() + ":" + f.type()).containsExactly(nameAndType);
  }

  /** Asserts that {@code field} is a list of {@code item} objects with exactly {@code children}. */
  private static void assertListOf(ResponseField field, String item, String... children) {
    assertThat(field.type().kind()).isEqualTo(TypeKind.LIST);
    assertThat(field.type().element().pageName()).isEqualTo(item);
    assertThat(field.children()).extracting(ResponseField::name).containsExactly(children);
  }

  @Test
  void englishHeadingsWithoutAnchorsAndOldHeaderRow() {
    Operation op =
        Pages.operation(
            """
            # DescribeTags

            Queries tags.

            ## Request parameters

            |Name |Type|Required|Description|
            |:----|:---|:-------|:----------|
            |Action |String | Yes|The action.

            |
            |PageSize |Integer|No |The page size.|
            """);
    assertThat(op.parameters())
        .extracting(p -> p.name() + " " + p.type() + " " + p.required() + " " + p.location())
        .containsExactly("Action String true Test.md:9", "PageSize Integer false Test.md:12");
  }

  @Test
  void chineseHeadingsWithAnchorsAndNbsp() {
    Operation op =
        Pages.operation(
            "# DeleteThing {#doc .reference}\n\n## 请求参数\u00a0 {#p .section}\n\n"
                + "|名称|类型|是否必需|描述|\n|--|--|----|--|\n|ThingId|String|是|ID。|\n\n"
                + "## 返回参数 {#r .section}\n\n|名称|类型|描述|\n|--|--|--|\n|RequestId|String|请求ID。|\n");
    assertThat(op.parameters()).extracting(Parameter::name).containsExactly("ThingId");
    assertThat(op.response()).extracting(ResponseField::name).containsExactly("RequestId");
  }

  @Test
  void cellsOnTheirOwnLinesAndPipesInsideDescriptions() {
    Operation op =
        Pages.operation(
            """
            # UpdateCollector

            ## 请求参数

            |参数

            |类型

            |是否必选

            |示例值

            |描述 |
            |----|----|------|-----|----|
            |dryRun

            |boolean

            |是

            |false

            |是否校验。 |
            |status

            |String

            |否

            |running

            |状态，取值：starting | running | stopped

            |
            """);
    assertThat(op.parameters())
        .extracting(p -> p.name() + " " + p.type() + " " + p.required() + " " + p.example())
        .containsExactly("dryRun Boolean true false", "status String false running");
    assertThat(op.parameters().get(1).description())
        .isEqualTo("状态，取值：starting | running | stopped");
  }

  @Test
  void bulletListsAndBlankLinesInCellsAndValueSets() {
    Operation op =
        Pages.operation(
            """
            # CreateThing

            ## 请求参数

            |名称|类型|是否必选|示例值|描述|
            |--|--|----|---|--|
            |ChargeType|String|否|PostPaid|计费方式。取值：

             -   **PrePaid**：包年包月。
            -   **PostPaid**：按量付费。

             默认值：**PostPaid**。

             |
            |Mode|String|否|a|Valid values: **a**, **b**, and **c**.|
            |Note|String|否|x|**Note** this is not a set.|
            |Action|String|是|CreateThing|Value: **CreateThing**.|
            """);
    assertThat(op.parameters())
        .extracting(p -> p.name() + "=" + p.allowedValues())
        .containsExactly(
            "ChargeType=[PrePaid, PostPaid]", "Mode=[a, b, c]", "Note=[]", "Action=[]");
  }

  @Test
  void responseTreeArraysAndEmptyTypeCells() {
    PageResult page =
        Pages.page(
            """
            # DescribeThings

            ## 返回数据

            |名称|类型|示例值|描述|
            |--|--|---|--|
            |Things|Array of Thing| |列表。|
            |└ThingId|String|t-1|ID。|
            |└Tags|Array| |标签。|
            |└└Key|String|k|键。|
            |Extra| | |扩展。|
            |└Count| |3|数量。|
            |Flag| | |没有类型。|
            |TotalCount|Integer|1|总数。|
            """);
    List<ResponseField> fields = page.operation().response();
    assertThat(fields)
        .extracting(ResponseField::name)
        .containsExactly("Things", "Extra", "Flag", "TotalCount");
    ResponseField things = fields.get(0);
    assertThat(things.type().toString()).isEqualTo("List<Object>");
    assertThat(things.children())
        .extracting(ResponseField::name)
        .containsExactly("ThingId", "Tags");
    ResponseField tags = things.children().get(1);
    assertThat(tags.type().toString()).isEqualTo("List<Object>");
    assertThat(tags.children())
        .containsExactly(
            new ResponseField("Key", STRING, "键。", "k", List.of(), Location.of("Test.md", 10)));
    assertThat(fields.get(1).type().kind()).isEqualTo(TypeKind.OBJECT);
    assertThat(fields.get(1).children().get(0).type().kind()).isEqualTo(TypeKind.INTEGER);
    assertThat(fields.get(2).type().kind()).isEqualTo(TypeKind.STRING);
    assertThat(page.diagnostics())
        .extracting(d -> d.severity() + " " + d.location().line() + " " + d.code())
        .containsExactly(
            "WARNING -1 MISSING_SECTION", "INFO 12 TYPE_INFERRED", "WARNING 13 TYPE_INFERRED");
  }

  private static final String FLAT_REGIONS =
      """
      # DescribeRegions

      ## Response parameters

      |Parameter|Type|Example|Description|
      |--|--|--|--|
      |Regions|Array| |The regions.|
      |Region| | | |
      |LocalName|String|Qingdao|The name.|
      |RegionId|String|cn-qingdao|The ID.|
      |Status|String|available|Left out of the example.|
      |Zones|Array| |Zone IDs.|
      |ZoneId|String|cn-qingdao-b|A zone ID.|
      |RequestId|String|R-1|The request ID.|
      |TotalCount|Integer|2|Left out of the example too.|

      ## Examples

      `JSON` format

      ```
      {
          "RequestId": "R-1",
          // pages write comments and trailing commas
          "Regions": {
              "Region": [
                  {"RegionId": "cn-qingdao", "LocalName": "Qingdao",
                   "Zones": {"ZoneId": ["cn-qingdao-b", "cn-qingdao-c"]}},
              ]
          }
      }
      ```
      """;

  @Test
  void flatResponseTablesAreNestedAsTheJsonExampleShows() {
    PageResult page = Pages.page(FLAT_REGIONS);
    List<ResponseField> fields = page.operation().response();
    assertFieldTypes(fields, "Regions:List<Object>", "RequestId:String", "TotalCount:Integer");
    ResponseField regions = fields.get(0);
    assertThat(regions.type().element().pageName()).isEqualTo("Region");
    assertThat(regions.description()).isEqualTo("The regions.");
    assertFieldTypes(
        regions.children(),
        "LocalName:String",
        "RegionId:String",
        "Status:String",
        "Zones:List<String>");
    assertThat(page.diagnostics())
        .extracting(d -> d.severity() + " " + d.location().line() + " " + d.code())
        .contains("INFO 7 NESTED_BY_EXAMPLE")
        .doesNotContain("WARNING 8 TYPE_INFERRED");
  }

  @Test
  void rowsTheExampleLeavesOutAfterAListOfPlainValuesAreItsSiblings() {
    String page =
        """
        # DescribeInstances

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |Instances|Array of Instance| |The instances.|
        |Instance| | |One instance.|
        |InstanceId|String|i-1|The ID.|
        |PublicIpAddress|List|121.40.1.1|The public IP addresses.|
        |RdmaIpAddress|List|10.10.10.102|The RDMA IP addresses.|
        |InnerIpAddress|Array| |The internal IP addresses.|
        |IpAddress|String|10.0.0.1|One address.|
        |Recyclable|Boolean|false|Whether it can be recycled.|
        |RegionId|String|cn-hangzhou|The region.|
        |RequestId|String|r-1|The request ID.|

        ## Examples

        ```json
        {"RequestId": "r-1", "Instances": {"Instance": [{"InstanceId": "i-1",
         "PublicIpAddress": {"IpAddress": ["121.40.1.1"]}, "RegionId": "cn-hangzhou",
         "InnerIpAddress": {"IpAddress": ["10.0.0.1"]}}]}}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertFieldTypes(fields, "Instances:List<Object>", "RequestId:String");
    assertThat(fields.get(0).children())
        .extracting(f -> f.name() + ":" + f.type() + ":" + f.children().size())
        .containsExactly(
            "InstanceId:String:0",
            "PublicIpAddress:List<String>:0",
            "RdmaIpAddress:List<String>:0",
            "InnerIpAddress:List<String>:0",
            "Recyclable:Boolean:0",
            "RegionId:String:0");
  }

  @Test
  void aValueTheExampleGivesThatTheDocumentedTypeCannotHoldMakesTheFieldAString() {
    String page =
        """
        # DescribePrice

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |Rules|Array of Rule| |The rules.|
        |Rule| | | |
        |RuleId|Long|587|The ID of the rule.|
        |Priority|Integer|1|Documented as a number, written as one in quotes.|
        |Enabled|Boolean|true|A boolean.|
        |Count|Integer|2|Not in the example.|

        ## Examples

        ```json
        {"Rules": {"Rule": [{"RuleId": "ONE_YEAR_85_PERCENT", "Priority": "1", "Enabled": 1}]}}
        ```
        """;
    PageResult result = Pages.page(page);
    assertFieldTypes(
        result.operation().response().get(0).children(),
        "RuleId:String",
        "Priority:Integer",
        "Enabled:Boolean",
        "Count:Integer");
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("TYPE_FROM_EXAMPLE"))
        .extracting(d -> d.location().line() + " " + d.message())
        .containsExactly(
            "9 field RuleId is documented as Long but the JSON example holds"
                + " \"ONE_YEAR_85_PERCENT\"; read as String");
  }

  @Test
  void namesTheExamplePadsWithSpacesStillMatch() {
    String page =
        """
        # DescribeCACertificates

        ## Response parameters

        |Parameter|Type|Example value|Description|
        |--|--|--|--|
        |CACertificates| | |A list of CA certificates.|
        |└CACertificateId|String|139a|The ID.|
        |└Fingerprint|String|AC:BE:FD|The fingerprint.|
        |RequestId|String|R-1|The request ID.|

        ## Examples

        ```json
        {"RequestId": "R-1", " CACertificates": {"CACertificate": [
          {"CACertificateId": "139a", "Fingerprint ": "AC:BE:FD"}]}}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertFieldTypes(fields, "CACertificates:List<Object>", "RequestId:String");
    assertListOf(fields.get(0), "CACertificate", "CACertificateId", "Fingerprint");
  }

  @Test
  void aListTheExampleSpellsDifferentlyStillNestsAsTheExampleDoes() {
    String page =
        """
        # DescribeInstanceMaintenanceAttributes

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |MaintenanceAttributes|Array of MaintenanceAttribute| |The attributes.|
        |MaintenanceAttribute| | | |
        |ActionOnMaintenance|Struct| |The action.|
        |Value|String|Stop|The current action.|
        |InstanceId|String|i-1|The instance.|
        |NotifyOnMaintenance|Boolean|false|Whether to notify.|
        |Disks|Array of Disk| |Not in the example, and not like any name in it.|
        |RequestId|String|R-1|The request ID.|

        ## Examples

        ```json
        {"RequestId": "R-1", "Mounts": {"Mount": [{"Id": "m"}]},
         "InstanceMaintenanceAttributes": {"InstanceMaintenanceAttribute": [{
           "InstanceId": "i-1", "NotifyOnMaintenance": false,
           "ActionOnMaintenance": {"Value": "Stop"}}]}}
        ```
        """;
    PageResult result = Pages.page(page);
    List<ResponseField> fields = result.operation().response();
    assertFieldTypes(fields, "MaintenanceAttributes:List<Object>", "RequestId:String");
    assertThat(fields.get(0).children())
        .extracting(f -> f.name() + ":" + f.children().size())
        .containsExactly(
            "ActionOnMaintenance:1", "InstanceId:0", "NotifyOnMaintenance:0", "Disks:0");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .contains(
            "the example has no MaintenanceAttributes; it is read as the example's"
                + " InstanceMaintenanceAttributes, which no row names")
        .noneMatch(m -> m.contains("read as the example's Mounts"));
  }

  @Test
  void namesAreAlikeWhenOneHoldsTheOtherOrTheyAreTwoLettersApart() {
    assertThat(ExampleNesting.alike("MaintenanceAttributes", "InstanceMaintenanceAttributes"))
        .isTrue();
    assertThat(
            ExampleNesting.alike("DedicatedHostRenewAttributes", "DedicatedHostIdRenewAttributes"))
        .isTrue();
    assertThat(ExampleNesting.alike("Instancefullstatusset", "InstanceFullStatusSet")).isTrue();
    assertThat(ExampleNesting.alike("MountInstances", "Disk")).isFalse();
    assertThat(ExampleNesting.alike("SubjectAlternativeNames", "ServerCertificate")).isFalse();
    assertThat(ExampleNesting.alike("Disks", "Mounts")).isFalse();
  }

  @Test
  void fieldsAllMarkedAsOneLevelAreNestedAsTheExampleShows() {
    String page =
        """
        # DescribeResourcesModification

        ## Response parameters

        |Name|Type|Example|Description|
        |--|--|--|--|
        |AvailableZones| | |The zones.|
        |└AvailableResources| | |The resources.|
        |└SupportedResources| | |The supported resources.|
        |└Max|Integer|2|Not in the example.|
        |└Status|String|Available|The resource's status.|
        |└Value|String|ecs.g5.xlarge|The resource.|
        |└Type|String|InstanceType|The resource type.|
        |└Status|String|Available|The zone's status.|
        |└ZoneId|String|cn-hangzhou-e|The zone.|
        |RequestId|String|R-1|The request ID.|

        ## Examples

        ```json
        {"RequestId": "R-1", "AvailableZones": {"AvailableZone": [{"ZoneId": "cn-hangzhou-e",
          "Status": "Available", "AvailableResources": {"AvailableResource": [{"Type": "InstanceType",
          "SupportedResources": {"SupportedResource": [{"Status": "Available",
          "Value": "ecs.g5.xlarge"}]}}]}}]}}
        ```
        """;
    ResponseField zones = Pages.operation(page).response().get(0);
    assertThat(zones.name() + ":" + zones.type()).isEqualTo("AvailableZones:List<Object>");
    assertFieldTypes(
        zones.children(), "AvailableResources:List<Object>", "Status:String", "ZoneId:String");
    ResponseField resources = zones.children().get(0);
    assertFieldTypes(resources.children(), "SupportedResources:List<Object>", "Type:String");
    assertThat(resources.children().get(0).children())
        .extracting(ResponseField::name)
        .containsExactly("Max", "Status", "Value");
  }

  @Test
  void aBareArrayFollowedByItsItemRowIsAListOfTheItemWhateverTheExample() {
    String page =
        """
        # DescribeSslVpnClientCerts

        ## 返回数据

        |名称|类型|示例值|描述|
        |--|--|--|--|
        |SslVpnClientCertKeys|Array| |证书列表。|
        |SslVpnClientCertKey| | | |
        |Name|String|cert1|名称。|
        |Status|String|normal|状态。|
        |TotalCount|Integer|1|总数。|

        ## 示例

        ```json
        {"DescribeSslVpnServersResponse": {"TotalCount": "1", "SslVpnServers": {}}}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertFieldTypes(fields, "SslVpnClientCertKeys:List<Object>", "TotalCount:Integer");
    assertListOf(fields.get(0), "SslVpnClientCertKey", "Name", "Status");
  }

  @Test
  void theXmlExampleTellsTypesTheJsonOneLeavesOut() {
    String page =
        """
        # DescribeRenewalPrice

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |Rules|Array of Rule| |The rules.|
        |Rule| | | |
        |RuleId|Long|587|The ID of the rule.|
        |Priority|Integer|1|A number.|

        ## Examples

        ```xml
        <DescribeRenewalPriceResponse><Rules><Rule><RuleId>ONE_YEAR_85_PERCENT</RuleId>
        <Priority>1</Priority></Rule></Rules></DescribeRenewalPriceResponse>
        ```

        ```json
        {"Rules": {"Rule": [{"Code": "ONE_YEAR_85_PERCENT", "Priority": 1}]}}
        ```
        """;
    PageResult result = Pages.page(page);
    assertFieldTypes(
        result.operation().response().get(0).children(), "RuleId:String", "Priority:Integer");
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("TYPE_FROM_EXAMPLE"))
        .extracting(Diagnostic::message)
        .containsExactly(
            "field RuleId is documented as Long but the XML example holds"
                + " \"ONE_YEAR_85_PERCENT\"; read as String");
  }

  @Test
  void aStructureNamedAndDescribedAsACollectionIsAListOfItsItem() {
    String page =
        """
        # DescribeKeyPairs

        ## Response parameters

        |Name|Type|Example|Description|
        |--|--|--|--|
        |KeyPairs| | |A set of key pairs.|
        |└KeyPairName|String|k1|The name.|
        |└Tags| | |The tags of the key pair.|
        |└TagKey|String|dept|The tag key.|
        |└TagValue|String|finance|The tag value.|
        |Options| | |The options.|
        |└Mode|String|fast|Not a collection: an object.|
        |InstanceRamRoleSets| | |The RAM role set.|
        |└RamRoleName|String|r1|Named as the services name list wrappers: a list.|
        |Rules| | |A description of the forwarding rule.|
        |└RuleId|String|rule-1|Fields named after the item: a list.|
        |└RuleName|String|r|The name.|
        |└Url|String|/a|The path.|
        |RequestId|String|R-1|The request ID.|
        """;
    PageResult result = Pages.page(page);
    List<ResponseField> fields = result.operation().response();
    assertFieldTypes(
        fields,
        "KeyPairs:List<Object>",
        "Options:Object",
        "InstanceRamRoleSets:List<Object>",
        "Rules:List<Object>",
        "RequestId:String");
    assertListOf(fields.get(0), "KeyPair", "KeyPairName", "Tags");
    assertListOf(fields.get(0).children().get(1), "Tag", "TagKey", "TagValue");
    assertListOf(fields.get(2), "InstanceRamRoleSet", "RamRoleName");
    assertListOf(fields.get(3), "Rule", "RuleId", "RuleName", "Url");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("LIST_BY_NAME", "NESTED_BY_EXAMPLE");
  }

  @Test
  void aListWrapperWhoseItemTheTableLeavesOutIsAList() {
    String page =
        """
        # DescribeImageSharePermission

        ## 返回数据

        |名称|类型|示例值|描述|
        |--|--|--|--|
        |Accounts| | |账号。|
        |└AliyunId|String|1557|账号 ID。|
        |ImageId|String|m-1|镜像 ID。|

        ## 示例

        ```json
        {"ImageId": "m-1", "Accounts": {"Account": [{"AliyunId": "1557"}]}}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertThat(fields)
        .extracting(f -> f.name() + ":" + f.type() + ":" + f.type().element())
        .containsExactly("Accounts:List<Object>:Object", "ImageId:String:null");
    assertListOf(fields.get(0), "Account", "AliyunId");
  }

  @Test
  void aFlatTableThatLeavesTheItemRowOutIsNestedToo() {
    String page =
        """
        # DescribeCustomerGateways

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |CustomerGateways| | |The gateways.|
        |CustomerGatewayId|String|cgw-1|The ID.|
        |Name|String|test|The name.|
        |TotalCount|Integer|1|How many.|

        ## Examples

        ```json
        {"TotalCount": 1,
         "CustomerGateways": {"CustomerGateway": [{"CustomerGatewayId": "cgw-1", "Name": "t"}]}}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertFieldTypes(fields, "CustomerGateways:List<Object>", "TotalCount:Integer");
    assertListOf(fields.get(0), "CustomerGateway", "CustomerGatewayId", "Name");
  }

  @Test
  void structuresTheExampleLeavesOutFollowTheTable() {
    String page =
        """
        # DescribeKeyPairs

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |KeyPairs|Array of KeyPair| |The key pairs.|
        |KeyPair| | | |
        |KeyPairName|String|k|The name.|
        |Hibernation|Struct| |In preview.|
        |Configured|Boolean|false|In preview.|
        |FingerPrint|String|f|The fingerprint.|
        |Tags|Array of Tag| |The tags.|
        |Tag|\u00a0|\u00a0|\u00a0|
        |TagKey|String|a|The key.|
        |TagValue|String|b|The value.|
        |RequestId|String|R|The request ID.|

        ## Examples

        ```json
        {"KeyPairs": {"KeyPair": [{"KeyPairName": "k", "FingerPrint": "f", "Tags": {"Tag": []}}]},
         "RequestId": "R"}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertThat(fields).extracting(ResponseField::name).containsExactly("KeyPairs", "RequestId");
    ResponseField keyPair = fields.get(0);
    assertThat(keyPair.type().element().pageName()).isEqualTo("KeyPair");
    assertThat(keyPair.children())
        .extracting(ResponseField::name)
        .containsExactly("KeyPairName", "Hibernation", "FingerPrint", "Tags");
    assertThat(keyPair.children().get(1).children())
        .extracting(ResponseField::name)
        .containsExactly("Configured");
    ResponseField tags = keyPair.children().get(3);
    assertThat(tags.type().isList()).isTrue();
    assertThat(tags.type().element().pageName()).isEqualTo("Tag");
    assertThat(tags.children())
        .extracting(ResponseField::name)
        .containsExactly("TagKey", "TagValue");
  }

  @Test
  void fieldsNamedLikeTheirParentsGoInTheEmptyListTheTableListsThemUnder() {
    String page =
        """
        # DescribeDisks

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |Disks|Array of Disk| |The disks.|
        |Disk| | | |
        |AttachedTime|String|t|When the disk was attached.|
        |InstanceId|String|i-1|The instance it is attached to.|
        |MountInstances|Array of MountInstance| |Where the disk is attached.|
        |MountInstance| | | |
        |AttachedTime|String|t|When it was attached there.|
        |Device|String|/dev/xvda|The mount point.|
        |InstanceId|String|i-2|The instance.|
        |OperationLocks|Array of OperationLock| |The locks.|
        |OperationLock| | | |
        |LockReason|String|security|The reason.|
        |Size|Integer|40|The size.|
        |RequestId|String|R|The request ID.|

        ## Examples

        ```json
        {"Disks": {"Disk": [{"AttachedTime": "t", "InstanceId": "i-1",
          "MountInstances": {"MountInstance": []}, "OperationLocks": {"OperationLock": []},
          "Size": 40}]},
         "RequestId": "R"}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertThat(fields).extracting(ResponseField::name).containsExactly("Disks", "RequestId");
    ResponseField disk = fields.get(0);
    assertThat(disk.children())
        .extracting(ResponseField::name)
        .containsExactly("AttachedTime", "InstanceId", "MountInstances", "OperationLocks", "Size");
    assertListOf(disk.children().get(2), "MountInstance", "AttachedTime", "Device", "InstanceId");
    assertListOf(disk.children().get(3), "OperationLock", "LockReason");
  }

  @Test
  void aTwinFieldGoesFirstIntoTheStructureTheExampleLeavesOutThenWhereTheExampleHasIt() {
    // DescribePrice: the prices of each DetailInfos item, then those of the whole order. The
    // example has the list but no item, and DiscountPrice only under Price; an answer cannot hold
    // two DiscountPrice there, so the first row is the item's, as the table's order says.
    String page =
        """
        # DescribePrice

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |Price|Struct| |The price.|
        |DetailInfos|Array of ResourcePriceModel| |Details.|
        |ResourcePriceModel| | | |
        |DiscountPrice|Float|1|The discount of the resource.|
        |SubRules|Array of Rule| |The rules of the resource.|
        |Rule| | | |
        |RuleId|Long|1|The rule.|
        |TradePrice|Float|2|The price of the resource.|
        |DiscountPrice|Float|1|The discount of the order.|
        |TradePrice|Float|2|The price of the order.|
        |RequestId|String|R|The request ID.|

        ## Examples

        ```json
        {"Price": {"DetailInfos": {"ResourcePriceModel": []}, "DiscountPrice": 1,
         "TradePrice": 2}, "RequestId": "R"}
        ```
        """;
    PageResult result = Pages.page(page);
    List<ResponseField> fields = result.operation().response();
    ResponseField price = fields.get(0);
    assertFieldTypes(
        price.children(), "DetailInfos:List<Object>", "DiscountPrice:Float", "TradePrice:Float");
    assertThat(price.children().get(1).description()).isEqualTo("The discount of the order.");
    // TradePrice goes to the item that already holds a price, not into the Rule items after it.
    assertListOf(
        price.children().get(0), "ResourcePriceModel", "DiscountPrice", "SubRules", "TradePrice");
    assertListOf(price.children().get(0).children().get(1), "Rule", "RuleId");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("DUPLICATE_FIELD");
  }

  @Test
  void aFieldTheExampleHasElsewhereStaysInTheStructureTheExampleLeavesOutWhenListedAgain() {
    // DescribeNetworkInterfaces: Attachment (not in the example) has an InstanceId, and so does
    // the interface, which the example shows.
    String page =
        """
        # DescribeNetworkInterfaces

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |NetworkInterfaceSets|Array of NetworkInterfaceSet| |The interfaces.|
        |NetworkInterfaceSet| | | |
        |Attachment|Struct| |In preview.|
        |DeviceIndex|Integer|0|In preview.|
        |InstanceId|String|null|In preview.|
        |CreationTime|String|t|When it was created.|
        |InstanceId|String|i-1|The instance it is bound to.|
        |RequestId|String|R|The request ID.|

        ## Examples

        ```json
        {"NetworkInterfaceSets": {"NetworkInterfaceSet": [{"CreationTime": "t",
          "InstanceId": "i-1"}]}, "RequestId": "R"}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    ResponseField sets = fields.get(0);
    assertListOf(sets, "NetworkInterfaceSet", "Attachment", "CreationTime", "InstanceId");
    assertThat(sets.children().get(0).children())
        .extracting(ResponseField::name)
        .containsExactly("DeviceIndex", "InstanceId");
    assertThat(sets.children().get(2).description()).isEqualTo("The instance it is bound to.");
  }

  @Test
  void aListWithoutItemOrExampleHoldsTheFieldsTheExampleDoesNotPlace() {
    // DescribeLoadBalancerHTTPSListenerAttribute: Rules and DomainExtensions are bare Arrays the
    // example leaves out, each followed by its items' fields; a field the example has at the top
    // that the top already holds (VServerGroupId) is the item's.
    String page =
        """
        # DescribeLoadBalancerHTTPSListenerAttribute

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |RequestId|String|R|The request ID.|
        |VServerGroupId|String|rsp-1|The VServer group.|
        |InstanceTypes|List|["ecs.g5.large"]|A list of plain values: its example says so.|
        |Rules|Array| |The forwarding rules.|
        |RuleId|String|23|The rule.|
        |VServerGroupId|String|rsp-2|The rule's VServer group.|
        |DomainExtensions|Array| |The domain extensions.|
        |DomainExtensionId|String|12|The extension.|
        |Domain|String|a.example.com|The domain.|

        ## Examples

        ```json
        {"RequestId": "R", "VServerGroupId": "rsp-1"}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertThat(fields)
        .extracting(ResponseField::name)
        .containsExactly(
            "RequestId", "VServerGroupId", "InstanceTypes", "Rules", "DomainExtensions");
    assertThat(fields.get(2).type().toString()).isEqualTo("List<String>");
    assertThat(fields.get(3).type().element().kind()).isEqualTo(TypeKind.OBJECT);
    assertThat(fields.get(3).children())
        .extracting(ResponseField::name)
        .containsExactly("RuleId", "VServerGroupId");
    assertThat(fields.get(4).children())
        .extracting(ResponseField::name)
        .containsExactly("DomainExtensionId", "Domain");

    // Without example values in the table the same rows cannot be told from fields beside a
    // list of plain values: they stay at the top (and the second VServerGroupId is left out).
    String noExamples =
        page.replace("|Parameter|Type|Example|Description|", "|Parameter|Type|Description|")
            .replace("|--|--|--|--|", "|--|--|--|")
            .replaceAll("\\|(String|Array|List)\\|[^|]*\\|", "|$1|");
    List<ResponseField> flat = Pages.operation(noExamples).response();
    assertThat(flat)
        .extracting(ResponseField::name)
        .containsExactly(
            "RequestId",
            "VServerGroupId",
            "InstanceTypes",
            "Rules",
            "RuleId",
            "DomainExtensions",
            "DomainExtensionId",
            "Domain");
  }

  @Test
  void aFieldListedTwiceInOneStructureIsReadOnceWithAWarningNamingBothRows() {
    String page =
        """
        # UploadCACertificate

        ## Response parameters

        |Parameter|Type|Description|
        |--|--|--|
        |RequestId|String|The request ID.|
        |Fingerprint|String|The fingerprint of the CA certificate.|
        |CACertificateId|String|The ID of the CA certificate.|
        |Fingerprint|Long|The timestamp at which the CA certificate was uploaded.|
        """;
    PageResult result = Pages.page(page);
    assertFieldTypes(
        result.operation().response(),
        "RequestId:String",
        "Fingerprint:String",
        "CACertificateId:String");
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("DUPLICATE_FIELD"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.location().line()).isEqualTo(10);
              assertThat(d.message())
                  .isEqualTo(
                      "field Fingerprint of the response is listed again (first at line 8); an"
                          + " answer holds one Fingerprint there: the first row is read, this one"
                          + " left out");
            });
  }

  @Test
  void aListTheExampleShowsEmptyHoldsTheFieldsTheTableListsUnderIt() {
    // SLB DescribeLoadBalancerAttribute: {"ListenerPortsAndProtocol": {"ListenerPortAndProtocol":
    // []}}, its fields listed in the table; before, an object whose fields no answer holds.
    Operation op =
        Pages.operation(
            """
            # DescribeLoadBalancerAttribute

            ## Response parameters

            |Parameter|Type|Example|Description|
            |--|--|--|--|
            |RequestId|String|R-1|The request ID.|
            |ListenerPortsAndProtocol| | |The listeners.|
            |ListenerPort|Integer|80|The port.|
            |ListenerProtocol|String|http|The protocol.|
            |LoadBalancerId|String|lb-1|The ID.|

            ## Examples

            `JSON` format

            ```
            {"RequestId": "R-1", "LoadBalancerId": "lb-1",
             "ListenerPortsAndProtocol": {"ListenerPortAndProtocol": []}}
            ```
            """);
    assertFieldTypes(
        op.response(),
        "RequestId:String",
        "ListenerPortsAndProtocol:List<Object>",
        "LoadBalancerId:String");
    assertListOf(
        op.response().get(1), "ListenerPortAndProtocol", "ListenerPort", "ListenerProtocol");
  }

  @Test
  void aFieldTheExampleLeavesOutLeavesAStructureItCannotBelongTo() {
    // ECS DescribeDisksFullStatus and DescribeReservedInstances: each structure's fields in
    // alphabetical order (the rows the example has at the top show it), the example silent on
    // ImpactLevel, OperationLocks, Platform and ZoneId. ImpactLevel sorts before EventType's Name,
    // so it is the event's; Platform is no lock field, ZoneId no tag field: both are the item's.
    Operation op =
        Pages.operation(
            """
            # DescribeEvents

            ## Response parameters

            |Parameter|Type|Example|Description|
            |--|--|--|--|
            |Events|Array of Event| |The events.|
            |Event| | | |
            |EventId|String|e-1|The ID.|
            |EventType|Struct| |The type.|
            |Code|Integer|7|The code.|
            |Name|String|Stalled|The name.|
            |ImpactLevel|String|100|The impact level.|
            |OperationLocks|Array of OperationLock| |The locks.|
            |OperationLock| | | |
            |LockReason|String|security|The reason.|
            |Platform|String|Linux|The platform.|
            |Tags|Array of Tag| |The tags.|
            |Tag| | | |
            |TagKey|String|k|The key.|
            |TagValue|String|v|The value.|
            |ZoneId|String|cn-hangzhou-z|The zone.|
            |PageNumber|Integer|1|The page.|
            |RequestId|String|R-1|The request ID.|

            ## Examples

            ```
            {"Events": {"Event": [{"EventId": "e-1", "EventType": {"Code": 7, "Name": "Stalled"},
                                   "Tags": {"Tag": [{"TagKey": "k", "TagValue": "v"}]}}]},
             "PageNumber": 1, "RequestId": "R-1"}
            ```
            """);
    assertFieldTypes(
        op.response(), "Events:List<Object>", "PageNumber:Integer", "RequestId:String");
    ResponseField events = op.response().get(0);
    assertListOf(
        events,
        "Event",
        "EventId",
        "EventType",
        "ImpactLevel",
        "OperationLocks",
        "Platform",
        "Tags",
        "ZoneId");
    assertThat(events.children().get(1).children())
        .extracting(ResponseField::name)
        .containsExactly("Code", "Name");
    assertListOf(events.children().get(3), "OperationLock", "LockReason");
    assertListOf(events.children().get(5), "Tag", "TagKey", "TagValue");
  }

  @Test
  void whereTheTableIsNotInAlphabeticalOrderAFieldStaysBesideTheOneBeforeIt() {
    // SLB SetBackendServers: LoadBalancerId before BackendServers; Description, after ServerId and
    // Weight and not in the example, is a backend server's.
    Operation op =
        Pages.operation(
            """
            # SetBackendServers

            ## Response parameters

            |Parameter|Type|Example|Description|
            |--|--|--|--|
            |LoadBalancerId|String|lb-1|The ID.|
            |BackendServers| | |The servers.|
            |ServerId|String|vm-1|The server.|
            |Weight|String|100|The weight.|
            |Description|String|web|The description.|
            |RequestId|String|R-1|The request ID.|

            ## Examples

            ```
            {"LoadBalancerId": "lb-1", "RequestId": "R-1",
             "BackendServers": {"BackendServer": [{"ServerId": "vm-1", "Weight": "100"}]}}
            ```
            """);
    assertListOf(op.response().get(1), "BackendServer", "ServerId", "Weight", "Description");
  }

  @Test
  void anExampleOfTheListOperationNestsByTheFieldsOfItsItems() {
    // VPC DescribeVpnConnection: its pages show an answer of DescribeVpnConnections, the
    // connection's fields inside VpnConnections.VpnConnection[]; IpsecConfig was read as a field
    // of IkeConfig, the structure before it.
    Operation op =
        Pages.operation(
            """
            # DescribeVpnConnection

            ## Response parameters

            |Parameter|Type|Example|Description|
            |--|--|--|--|
            |Name|String|c2|The name.|
            |IkeConfig| | |Phase 1.|
            |IkeAuthAlg|String|sha1|The algorithm.|
            |RemoteId|String|139.196.32.1|The customer gateway.|
            |IpsecConfig| | |Phase 2.|
            |IpsecAuthAlg|String|sha1|The algorithm.|
            |RequestId|String|R-1|The request ID.|

            ## Examples

            ```
            {"RequestId": "R-1", "PageNumber": 1,
             "VpnConnections": {"VpnConnection": [{"Name": "c2",
               "IpsecConfig": {"IpsecAuthAlg": "md5"},
               "IkeConfig": {"IkeAuthAlg": "sha1", "RemoteId": "47.97.176.1"}}]}}
            ```
            """);
    assertFieldTypes(
        op.response(), "Name:String", "IkeConfig:Object", "IpsecConfig:Object", "RequestId:String");
    assertThat(op.response().get(1).children())
        .extracting(ResponseField::name)
        .containsExactly("IkeAuthAlg", "RemoteId");
  }

  @Test
  void aFieldWithoutATypeThatHoldsAListOfPlainValuesIsThatList() {
    // SLB DescribeLoadBalancerAttribute's ListenerPorts (its example cell "ListenerPort": [ 80,
    // 443 ], the JSON example an empty wrapper) and DescribeServerCertificates'
    // SubjectAlternativeNames (described as a list, its example cell 123): were a String and an
    // Integer, which could not hold the service's lists.
    Operation op =
        Pages.operation(
            """
            # DescribeLoadBalancerAttribute

            ## Response parameters

            |Parameter|Type|Example|Description|
            |--|--|--|--|
            |SubjectAlternativeNames| |123|A list of alternate domain names.|
            |Description| |web|A name.|
            |AlternativeNames| |a.com|数组格式，返回证书的备用域名列表。|
            |ListenerPorts| |"ListenerPort": \\[ 80, 443 \\]|A list of frontend ports.|
            |RequestId|String|R-1|The request ID.|

            ## Examples

            ```
            {"RequestId": "R-1", "Description": "web", "ListenerPorts": {"ListenerPort": []}}
            ```
            """);
    assertFieldTypes(
        op.response(),
        "SubjectAlternativeNames:List<String>",
        "Description:String",
        "AlternativeNames:List<String>",
        "ListenerPorts:List<Integer>",
        "RequestId:String");
  }

  @Test
  void theItemRowOfAListTheExampleShowsAsAPlainArrayIsNoField() {
    // ECS DescribeDemands ("Demands": [{...}] after Demands|Array and Demand); elasticsearch
    // RestartInstance (synonymsDicts|Array of synonymsDicts, its item row, and "synonymsDicts":
    // []).
    Operation op =
        Pages.operation(
            """
            # DescribeDemands

            ## Response parameters

            |Parameter|Type|Example|Description|
            |--|--|--|--|
            |Demands|Array| |The demands.|
            |Demand| | | |
            |DemandId|String|ed-1|The ID.|
            |Comment|String|c|Not in the example.|
            |synonymsDicts|Array of synonymsDicts| |The dictionaries.|
            |synonymsDicts| | | |
            |fileSize|Long|27|The size.|
            |RequestId|String|R-1|The request ID.|

            ## Examples

            ```
            {"RequestId": "R-1", "Demands": [{"DemandId": "ed-1"}], "synonymsDicts": []}
            ```
            """);
    assertFieldTypes(
        op.response(), "Demands:List<Object>", "synonymsDicts:List<Object>", "RequestId:String");
    assertListOf(op.response().get(0), "Demand", "DemandId", "Comment");
    assertListOf(op.response().get(1), "synonymsDicts", "fileSize");
  }

  @Test
  void anExampleListOfObjectsEachWrappingTheItemsReadsAsTheWrapper() {
    // ECS DescribeTasks: "TaskSet": [{"Task": [...]}], an XML answer turned into JSON by hand; the
    // service sends "TaskSet": {"Task": [...]}, a list of tasks, as the table says.
    Operation op =
        Pages.operation(
            """
            # DescribeTasks

            ## Response parameters

            |Parameter|Type|Example|Description|
            |--|--|--|--|
            |RequestId|String|R-1|The request ID.|
            |TaskSet|Array of Task| |The tasks.|
            |Task| | | |
            |TaskId|String|t-1|The ID of the task.|
            |TaskStatus|String|Finished|The status of the task.|
            |TotalCount|Integer|2|The total.|

            ## Examples

            ```
            {"RequestId": "R-1", "TotalCount": 2,
             "TaskSet": [{"Task": [{"TaskId": "t-1", "TaskStatus": "Finished"},
                                   {"TaskId": "t-2", "TaskStatus": "Finished"}]}]}
            ```
            """);
    assertFieldTypes(
        op.response(), "RequestId:String", "TaskSet:List<Object>", "TotalCount:Integer");
    assertListOf(op.response().get(1), "Task", "TaskId", "TaskStatus");
  }

  @Test
  void aStructureWhoseExampleHoldsOneListBesideOtherFieldsIsThatList() {
    // SLB DescribeTags: the table lists TagKey and TagValue under TagSets and the paging fields at
    // the top; the example puts the paging fields inside TagSets, beside its list TagSet.
    Operation op =
        Pages.operation(
            """
            # DescribeTags

            ## Response parameters

            |Parameter|Type|Example value|Description|
            |--|--|--|--|
            |TagSets| | |The tags.|
            |└TagKey|String|test|The tag key.|
            |└TagValue|String|api|The tag value.|
            |PageSize|Integer|50|The page size.|
            |RequestId|String|R-1|The request ID.|

            ## Examples

            `JSON` format

            ```
            {"RequestId": "R-1",
             "TagSets": {"PageSize": 50, "TagSet": [{"TagValue": "api", "TagKey": "test"}]}}
            ```
            """);
    assertFieldTypes(op.response(), "TagSets:List<Object>", "PageSize:Integer", "RequestId:String");
    assertListOf(op.response().get(0), "TagSet", "TagKey", "TagValue");
  }

  @Test
  void fieldsMarkedAsOneLevelNestAsAnExampleThatSpellsTheListDifferently() {
    // ECS DescribeAutoProvisioningGroupHistory, an older page: every field under the list marked
    // with one └, the example's wrapper misspelt (Historys), the activities shown as an empty
    // list. Each activity has a Status, and so does each history item.
    Operation op =
        Pages.operation(
            """
            # DescribeAutoProvisioningGroupHistory

            ## 返回参数

            |名称|类型|示例值|描述|
            |--|--|---|--|
            |AutoProvisioningGroupHistories| | |调度任务。|
            |└ActivityDetails| | |实例创建活动。|
            |└Detail|String|created|活动详情。|
            |└Status|String|Successful|活动状态。|
            |└LastEventTime|String|2019-04-01T15:10:20Z|最后一次活动的时间。|
            |└Status|String|success|调度任务的状态。|
            |└TaskId|String|apg-task-1|调度任务ID。|
            |RequestId|String|R-1|请求ID。|

            ## 示例

            ```
            {"RequestId": "R-1",
             "AutoProvisioningGroupHistorys": {"AutoProvisioningGroupHistory": [
               {"Status": "success", "LastEventTime": "2019-06-17T08:48:00Z",
                "ActivityDetails": {"ActivityDetail": []}, "TaskId": "apg-task-1"}]}}
            ```
            """);
    ResponseField histories = op.response().get(0);
    assertListOf(
        histories,
        "AutoProvisioningGroupHistory",
        "ActivityDetails",
        "LastEventTime",
        "Status",
        "TaskId");
    assertListOf(histories.children().get(0), "ActivityDetail", "Detail", "Status");
    assertThat(histories.children().get(0).children().get(1).description()).isEqualTo("活动状态。");
    assertThat(histories.children().get(2).description()).isEqualTo("调度任务的状态。");
  }

  private static final String SECURITY_GROUP_REFERENCES =
      """
      # DescribeSecurityGroupReferences

      ## Response parameters

      |Parameter|Type|Example|Description|
      |--|--|--|--|
      |RequestId|String|R|The request ID.|
      |SecurityGroupReferences|Array| |The references.|
      |SecurityGroupReference| | | |
      |ReferencingSecurityGroups|Array| |The referencing groups.|
      |ReferencingSecurityGroup| | | |
      |AliUid|String|1234567890|The account.|
      |SecurityGroupId|String|sg-2|The referencing group.|
      |SecurityGroupId|String|sg-1|The referenced group.|

      ## Examples

      `XML` format

      ```
      <?xml version="1.0" encoding="UTF-8"?>
      <DescribeSecurityGroupReferencesResponse>
        <RequestId>R</RequestId>
        <SecurityGroupReferences>
          <SecurityGroupReference>
            <SecurityGroupId>sg-1</SecurityGroupId>
            <ReferencingSecurityGroups>
              <ReferencingSecurityGroup>
                <SecurityGroupId>sg-2</SecurityGroupId>
                <AliUid>1234567890</AliUid>
              </ReferencingSecurityGroup>
              <ReferencingSecurityGroup>
                <SecurityGroupId>sg-3</SecurityGroupId>
                <AliUid>1234567890</AliUid>
              </ReferencingSecurityGroup>
            </ReferencingSecurityGroups>
          </SecurityGroupReference>
        </SecurityGroupReferences>
      </DescribeSecurityGroupReferencesResponse>
      ```

      `JSON` format

      ```
      {"RequestId": "R",
       "SecurityGroupReferences": [{"SecurityGroupId": "sg-1",
         "SecurityReferencingGroups": [{"AliUid": "1234567890", "SecurityGroupId": "sg-2"}]}]}
      ```
      """;

  @Test
  void whereTheJsonExampleNamesFewerOfTheTablesFieldsTheXmlOneNests() {
    PageResult page = Pages.page(SECURITY_GROUP_REFERENCES);
    List<ResponseField> fields = page.operation().response();
    assertThat(fields)
        .extracting(ResponseField::name)
        .containsExactly("RequestId", "SecurityGroupReferences");
    // The second SecurityGroupId cannot be the referencing group's, which has one already: it is
    // the referenced group's, one level up, where the example has it too.
    assertListOf(
        fields.get(1), "SecurityGroupReference", "ReferencingSecurityGroups", "SecurityGroupId");
    assertListOf(
        fields.get(1).children().get(0), "ReferencingSecurityGroup", "AliUid", "SecurityGroupId");
    assertThat(fields.get(1).children().get(1).description()).isEqualTo("The referenced group.");
    assertThat(page.diagnostics())
        .extracting(Diagnostic::message)
        .contains(
            "the XML example names 8 of the response table's fields and the JSON one 5: the"
                + " fields are nested as the XML example nests them");

    // With the XML example's tags in disorder, the JSON example nests: it shows the references as
    // a plain array, whose items hold the fields after the item row (the item row is no field).
    PageResult broken = Pages.page(SECURITY_GROUP_REFERENCES.replace("</AliUid>", "</Ali>"));
    assertThat(broken.diagnostics())
        .extracting(Diagnostic::message)
        .contains(
            "the response table has no └ marks: its fields are nested as the JSON example nests"
                + " them");
    assertListOf(
        broken.operation().response().get(1),
        "SecurityGroupReference",
        "ReferencingSecurityGroups",
        "SecurityGroupId");
  }

  @Test
  void anXmlExampleThatRepeatsAListsNameForItsItemsGivesTheItemTheSingular() {
    String page =
        """
        # DescribeMasterSlaveServerGroupAttribute

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |MasterSlaveBackendServers| | |The backend servers.|
        |└ServerId|String|vm-233|The server.|
        |└Port|Integer|90|The port.|
        |RequestId|String|R|The request ID.|

        ## Examples

        ```
        <DescribeMasterSlaveServerGroupAttributeResponse>
          <RequestId>R</RequestId>
          <MasterSlaveBackendServers>
            <MasterSlaveBackendServers><ServerId>vm-233</ServerId><Port>80</Port></MasterSlaveBackendServers>
            <MasterSlaveBackendServers><ServerId>vm-232</ServerId><Port>90</Port></MasterSlaveBackendServers>
          </MasterSlaveBackendServers>
        </DescribeMasterSlaveServerGroupAttributeResponse>
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertListOf(fields.get(0), "MasterSlaveBackendServer", "ServerId", "Port");
    assertFieldTypes(fields.get(0).children(), "ServerId:String", "Port:Integer");
  }

  @Test
  void roaRowsWithoutAPositionAfterAStructureAreItsFields() {
    String page =
        """
        # ModifyWhiteIps

        [Debug](https://api.aliyun.com/#product=elasticsearch&api=ModifyWhiteIps&type=ROA&version=2017-06-13)

        ## Request syntax

        ```
        PATCH|POST /openapi/instances/[InstanceId]/actions/modify-white-ips HTTP/1.1
        ```

        ## Request parameters

        |Parameter|Type|Position|Required|Example|Description|
        |--|--|--|--|--|--|
        |InstanceId|String|Path|Yes|es-cn-1|The instance.|
        |whiteIpGroup|Struct|Body|No|{"groupName": "g"}|A whitelist group.|
        |groupName|String| |No|g|The group's name.|
        |ips|List<String\\>| |No|["0.0.0.0"]|The group's addresses.|
        |modifyMode|String|Body|No|Cover|How to modify.|
        """;
    PageResult result = Pages.page(page);
    List<Parameter> parameters = result.operation().parameters();
    assertThat(parameters)
        .extracting(Parameter::name)
        .containsExactly("InstanceId", "whiteIpGroup", "modifyMode");
    assertThat(parameters.get(1).members())
        .extracting(p -> p.name() + ":" + p.type() + ":" + p.in())
        .containsExactly("groupName:String:BODY", "ips:List<String>:BODY");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("NESTED_BY_POSITION");
  }

  @Test
  void aRoaRequestBodyShownOnlyByExampleIsOneParameterForTheWholeBody() {
    String page =
        """
        # ActivateZones

        [Debug](https://api.aliyun.com/#product=elasticsearch&api=ActivateZones&type=ROA&version=2017-06-13)

        ## Request syntax

        ```
        POST /openapi/instances/[InstanceId]/actions/recover-zones HTTP/1.1
        ```

        ## Request parameters

        |Parameter|Type|Position|Required|Example|Description|
        |--|--|--|--|--|--|
        |InstanceId|String|Path|Yes|es-cn-1|The instance.|

        ## RequestBody

        The zone IDs to restore: `["cn-hangzhou-i","cn-hangzhou-h"]`.
        """;
    List<Parameter> parameters = Pages.operation(page).parameters();
    assertThat(parameters)
        .extracting(p -> p.name() + ":" + p.type() + ":" + p.in())
        .containsExactly("InstanceId:String:PATH", "RequestBody:String:BODY");
    assertThat(parameters.get(1).description())
        .isEqualTo("The zone IDs to restore: `[\"cn-hangzhou-i\",\"cn-hangzhou-h\"]`.");
    // An RPC page's RequestBody section (none in the corpus) adds nothing.
    String rpc = page.replace("type=ROA", "type=RPC").replace("## Request syntax", "## Other");
    assertThat(Pages.operation(rpc).parameters())
        .extracting(Parameter::name)
        .doesNotContain("RequestBody");
  }

  @Test
  void aRoaParameterNamedByAPathPlaceholderGoesInThePath() {
    String page =
        """
        # RestartInstance

        [Debug](https://api.aliyun.com/#product=elasticsearch&api=RestartInstance&type=ROA&version=2017-06-13)

        ## Request syntax

        ```
        POST /openapi/instances/[InstanceId]/actions/restart HTTP/1.1
        ```

        ## Request parameters

        |Parameter|Type|Required|Example|Description|
        |--|--|--|--|--|
        |InstanceId|String|Yes|es-cn-1|The instance.|
        |force|Boolean|No|false|Whether to restart at once.|
        """;
    PageResult result = Pages.page(page);
    assertThat(result.operation().path())
        .isEqualTo("/openapi/instances/{InstanceId}/actions/restart");
    assertThat(result.operation().parameters())
        .extracting(p -> p.name() + ":" + p.in())
        .containsExactly("InstanceId:PATH", "force:QUERY");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("IN_PATH");
  }

  @Test
  void aFieldTypedByALinkReadsAsRawObjectsWhereItsExampleShowsThem() {
    String page =
        """
        # DescribeRegions

        ## 返回数据

        |名称|类型|示例值|描述|
        |--|--|--|--|
        |Permissions|[PermissionType](#)| |权限。|
        |RequestId|String|R|请求 ID。|
        |Regions|[RegionType](intl.zh-CN/API 参考/数据类型/RegionType.md#)| |地域信息集合。|
        |Owner|[OwnerType](#)| |所有者。|

        ## 示例

        ```json
        {"RequestId": "R", "Regions": {"Region": [{"RegionId": "cn-qingdao"}]},
         "Owner": {"Name": "me"}}
        ```
        """;
    PageResult result = Pages.page(page);
    assertFieldTypes(
        result.operation().response(),
        "Permissions:String",
        "RequestId:String",
        "Regions:List<Object>",
        "Owner:Object");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .contains(
            "unknown type \"[RegionType](intl.zh-CN/API 参考/数据类型/RegionType.md#)\" for field"
                + " Regions; its example holds a list of objects whose fields the page does not"
                + " list: read as raw objects",
            "unknown type \"[PermissionType](#)\" for field Permissions; read as String");
  }

  @Test
  void anItemNamedLikeItsOwnFieldKeepsTheField() {
    String page =
        """
        # DescribeInstances

        ## Response parameters

        |Parameter|Type|Example|Description|
        |--|--|--|--|
        |OperationLocks|Array of LockReason| |The locks.|
        |LockReason| | | |
        |LockMsg|String|m|The message.|
        |LockReason|String|Recycling|The reason.|
        |RequestId|String|R|The request ID.|

        ## Examples

        ```json
        {"OperationLocks": {"LockReason": []}, "RequestId": "R"}
        ```
        """;
    List<ResponseField> fields = Pages.operation(page).response();
    assertThat(fields)
        .extracting(ResponseField::name)
        .containsExactly("OperationLocks", "RequestId");
    assertThat(fields.get(0).type().element().pageName()).isEqualTo("LockReason");
    assertFieldTypes(fields.get(0).children(), "LockMsg:String", "LockReason:String");
  }

  @Test
  void withoutAReadableJsonExampleTheTablesOwnListRowsStillNest() {
    String broken = FLAT_REGIONS.replace("\"RequestId\": \"R-1\",", "\"RequestId\" \"R-1\"");
    PageResult page = Pages.page(broken);
    List<ResponseField> fields = page.operation().response();
    // Regions (Array) and its item row Region make a list of Region; the request ID and the
    // total stay at the top. Zones (Array) before a String row cannot be told from a list of
    // strings beside a field ZoneId without the example.
    assertFieldTypes(fields, "Regions:List<Object>", "RequestId:String", "TotalCount:Integer");
    assertThat(fields.get(0).children())
        .extracting(ResponseField::name)
        .containsExactly("LocalName", "RegionId", "Status", "Zones", "ZoneId");
    assertThat(page.diagnostics())
        .extracting(Diagnostic::message)
        .contains(
            "the response table has no └ marks and the page no readable example: its fields are"
                + " nested by the table's list and structure rows");
  }

  @Test
  void noBreakSpacesAloneAreNoDescription() {
    PageResult page =
        Pages.page(
            "# DescribeThings\n\n## Response parameters\n\n|Name|Type|Example|Description|\n"
                + "|--|--|--|--|\n"
                + "|Region|String|r|\u00a0|\n"
                + "|Zone|String|z|&nbsp;|\n"
                + "|VpcId|String|v|&nbsp;ID of the VPC.&nbsp; See DescribeVpcs.\u00a0|\n");
    assertThat(page.operation().response())
        .extracting(ResponseField::description)
        .containsExactly("", "", "ID of the VPC.&nbsp; See DescribeVpcs.");
  }

  @Test
  void repeatedParametersFoldIntoLists() {
    Operation op =
        Pages.operation(
            """
            # DescribeInstances

            ## Request parameters

            |Parameter|Type|Required|Example|Description|
            |--|--|--|--|--|
            |InstanceId.N|String|No|i-1|An instance ID.|
            |Tag.N.Key|String|Yes|k|A tag key.|
            |Tag.n.Value|String|No|v|A tag value.|
            |Filter.1.Name|String|No|n|A filter name.|
            |Filter.1.Value.N|String|No|x|Filter values.|
            |VSwitchIds|RepeatList|No|vsw-1|VSwitches.|
            |VSwitchIds.N|String|No|vsw-1|A VSwitch.|
            """);
    Location at = Location.of("Test.md", 7);
    assertThat(op.parameters().get(0))
        .isEqualTo(
            new Parameter(
                "InstanceId",
                TypeRef.listOf(STRING, "String"),
                false,
                "i-1",
                "An instance ID.",
                List.of(),
                ParameterLocation.QUERY,
                List.of(),
                at));
    Parameter tag = op.parameters().get(1);
    assertThat(tag.name()).isEqualTo("Tag");
    assertThat(tag.type().toString()).isEqualTo("List<Object>");
    assertThat(tag.required()).isTrue();
    assertThat(tag.members())
        .extracting(m -> m.name() + " " + m.required() + " " + m.location().line())
        .containsExactly("Key true 8", "Value false 9");
    Parameter filter = op.parameters().get(2);
    assertThat(filter.members())
        .extracting(m -> m.name() + " " + m.type())
        .containsExactly("Name String", "Value List<String>");
    assertThat(op.parameters().get(3).name()).isEqualTo("VSwitchIds");
    assertThat(op.parameters().get(3).type().toString()).isEqualTo("List<String>");
    assertThat(op.parameters()).hasSize(4);
  }

  @Test
  void roaPositionsRequestLineAndBody() {
    PageResult page =
        Pages.READER.readPage(
            "UpdateThing.md",
            """
            # UpdateThing

            [Debug](https://api.aliyun.com/#product=elasticsearch&api=UpdateThing&type=ROA&version=2017-06-13)

            ## 请求语法

            ```
            PATCH|POST /openapi/things/[ThingId] HTTP/1.1
            ```

            ## 请求参数

            |名称|类型|位置|是否必选|示例值|描述|
            |--|--|--|----|---|--|
            |ThingId|String|Path|是|t-1|ID。|
            |dryRun|Boolean|Query|否|true|试运行。|
            |body|Object|Body|否| |请求体。|
            |└name|String|Body|是|n|名称。|
            """);
    assertThat(page.style()).isEqualTo(ApiStyle.ROA);
    Operation op = page.operation();
    assertThat(op.httpMethods()).containsExactly("PATCH", "POST");
    assertThat(op.path()).isEqualTo("/openapi/things/{ThingId}");
    assertThat(op.parameters())
        .extracting(p -> p.name() + " " + p.in() + " " + p.type())
        .containsExactly("ThingId PATH String", "dryRun QUERY Boolean", "body BODY Object");
    assertThat(op.parameters().get(2).members())
        .extracting(Parameter::name)
        .containsExactly("name");
  }

  @Test
  void unknownTypeIsWarnedAndReadAsString() {
    PageResult page =
        Pages.page(
            "# A\n\n## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
                + "|Foo|Quaternion|No|x|\n");
    assertThat(page.operation().parameters().get(0).type())
        .isEqualTo(TypeRef.of(TypeKind.STRING, "Quaternion"));
    assertThat(page.diagnostics())
        .filteredOn(d -> d.code().equals("UNKNOWN_TYPE"))
        .containsExactly(
            new Diagnostic(
                Severity.WARNING,
                "UNKNOWN_TYPE",
                Location.of("Test.md", 7),
                "unknown type \"Quaternion\" for parameter Foo; read as String"));
  }

  @Test
  void rowsLeavingOutALastColumnWithNoHeadingEndWhereTheNextRowStarts() {
    // elasticsearch UpdatePipelines: one cell a line, a sixth column headed by a no-break space
    // that some rows fill with a blank "| |" line and others leave out.
    PageResult page =
        Pages.page(
            """
            # UpdatePipelines

            ## 请求参数

            |名称

            |类型

            |是否必选

            |示例值

            |描述

            | |
            |----|----|------|-----|----|--|
            |pipelineId

            |String

            |是

            |p-1

            |管道ID。

            | |
            |description

            |String

            |否

            |test

            |管道描述。 |
            |workers

            |Integer

            |否

            |2

            |管道工作线程数。 |
            |batchSize

            |Integer

            |否

            |125

            |管道批大小。

            | |
            """);
    assertThat(page.operation().parameters())
        .extracting(p -> p.name() + " " + p.type().kind() + " " + p.description())
        .containsExactly(
            "pipelineId STRING 管道ID。",
            "description STRING 管道描述。",
            "workers INTEGER 管道工作线程数。",
            "batchSize INTEGER 管道批大小。");
    assertThat(page.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("TABLE_ROW_MALFORMED", "UNKNOWN_TYPE", "BAD_NAME");
  }

  @Test
  void misspelledTypeIsReadAsTheTypeItMisspells() {
    // Interger (SLB CreateLoadBalancerHTTPSListener), Integre and Struts (elasticsearch); Strings
    // and Objects, a type name with more after it, name something else.
    PageResult page =
        Pages.page(
            "# A\n\n## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
                + "|Bandwidth|Interger|No|x|\n"
                + "|Priority|Integre|No|x|\n"
                + "|Cluster|Struts|No|x|\n"
                + "|└Endpoint|String|No|x|\n"
                + "|Names|Strings|No|x|\n"
                + "|Things|Objects|No|x|\n");
    assertThat(page.operation().parameters())
        .extracting(p -> p.name() + " " + p.type().kind())
        .containsExactly(
            "Bandwidth INTEGER",
            "Priority INTEGER",
            "Cluster OBJECT",
            "Names STRING",
            "Things STRING");
    assertThat(page.operation().parameters().get(2).members())
        .extracting(Parameter::name)
        .containsExactly("Endpoint");
    assertThat(page.diagnostics())
        .filteredOn(d -> d.code().equals("TYPE_MISSPELLED"))
        .extracting(Diagnostic::message)
        .containsExactly(
            "unknown type \"Interger\" for parameter Bandwidth; read as Integer, the one known type"
                + " it is a letter or two from",
            "unknown type \"Integre\" for parameter Priority; read as Integer, the one known type"
                + " it is a letter or two from",
            "unknown type \"Struts\" for parameter Cluster; read as Struct, the one known type it"
                + " is a letter or two from");
    assertThat(page.diagnostics())
        .filteredOn(d -> d.code().equals("UNKNOWN_TYPE"))
        .extracting(Diagnostic::message)
        .containsExactly(
            "unknown type \"Strings\" for parameter Names; read as String",
            "unknown type \"Objects\" for parameter Things; read as String");
  }

  @Test
  void notAnApiPage() {
    PageResult page =
        Pages.page("# API overview\n\n|API|Description|\n|--|--|\n|CreateVpc|Creates a VPC.|\n");
    assertThat(page.operation()).isNull();
    assertThat(page.hasErrors()).isFalse();
    assertThat(page.diagnostics()).extracting(Diagnostic::code).containsExactly("NOT_AN_API_PAGE");
  }

  @Test
  void missingSectionsAreTolerated() {
    PageResult page =
        Pages.page(
            "# RebootThing\n\n## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n|Id|String|是|ID。|\n");
    assertThat(page.hasErrors()).isFalse();
    assertThat(page.operation().errors()).isEmpty();
    assertThat(page.diagnostics())
        .extracting(d -> d.severity() + " " + d.code())
        .containsExactly("WARNING MISSING_SECTION");
  }

  @Test
  void missingExplorerLinkWithoutAndWithConfiguration() {
    String text = "# RebootThing\n\n## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n|Id|String|是|ID。|\n";
    PageResult bare = SpecReader.builder().build().readPage("Reboot.md", text);
    assertThat(bare.hasErrors()).isTrue();
    assertThat(bare.diagnostics().get(0).toString())
        .isEqualTo(
            "Reboot.md: error: no product/version: the page has no OpenAPI Explorer link;"
                + " pass --product and --version [NO_PRODUCT]");
    PageResult configured = Pages.page(text);
    assertThat(configured.hasErrors()).isFalse();
    assertThat(configured.product()).isEqualTo("Ecs");
    assertThat(configured.version()).isEqualTo("2014-05-26");
  }

  @Test
  void filesNotInUtf8AreToldApartFromOnesHoldingAReplacementCharacter(@TempDir Path dir)
      throws Exception {
    String page =
        "# DoIt\n\n[x](https://api.aliyun.com/#product=Vpc&api=DoIt&type=RPC&version=2016-04-28)"
            + "\n\n## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
            + "|Id|String|Yes|The ID \uFFFD of 实例.|\n";
    String ascii = page.replace("\uFFFD", "@"); // everything up to the @ is ASCII
    byte[] bad = ascii.getBytes(StandardCharsets.UTF_8);
    bad[ascii.indexOf('@')] = (byte) 0xC3; // a lead byte followed by a space: malformed
    Files.write(dir.resolve("Good.md"), page.getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("Bad.md"), bad);

    // A replacement character the file really holds is valid UTF-8, only an invalid character.
    Spec good = SpecReader.builder().build().read(List.of(dir.resolve("Good.md")));
    assertThat(good.allDiagnostics())
        .filteredOn(d -> d.code().equals("BAD_CHARACTERS"))
        .extracting(Diagnostic::message)
        .containsExactly("1 control or invalid character(s) replaced by blanks");
    Spec broken = SpecReader.builder().build().read(List.of(dir.resolve("Bad.md")));
    assertThat(broken.allDiagnostics())
        .filteredOn(d -> d.code().equals("BAD_CHARACTERS"))
        .extracting(Diagnostic::message)
        .containsExactly(
            "the file is not valid UTF-8; bad bytes replaced",
            "1 control or invalid character(s) replaced by blanks");
    for (Spec spec : List.of(good, broken)) {
      assertThat(spec.products().get(0).operations().get(0).parameters().get(0).description())
          .isEqualTo("The ID   of 实例.");
    }
  }

  /**
   * The OpenAPI Explorer link of {@code DoIt}, the operation of the locale and generation tests.
   */
  private static final String DO_IT_LINK =
      "[x](https://api.aliyun.com/#product=Vpc&api=DoIt&type=RPC&version=2016-04-28)\n\n";

  /** A Chinese request table with one required parameter, {@code Id}. */
  private static final String DO_IT_ZH_TABLE =
      "## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n|Id|String|是|ID。|\n";

  private static Spec readChinese(Path dir) {
    return SpecReader.builder()
        .product("Vpc")
        .version("2016-04-28")
        .preferredLocale("zh")
        .build()
        .read(List.of(dir));
  }

  @Test
  void localesMergeIntoOneOperationWithWarnings(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("intl.en-US"));
    Files.createDirectories(dir.resolve("cn.zh-CN"));
    Files.writeString(
        dir.resolve("intl.en-US/DoIt.md"),
        "# DoIt\n\n"
            + DO_IT_LINK
            + "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
            + "|Id|String|Yes|The ID.|\n");
    Files.writeString(
        dir.resolve("cn.zh-CN/DoIt.md"),
        "# DoIt\n\n"
            + DO_IT_LINK
            + "## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n"
            + "|Id|String|否|ID。|\n|Extra|String|否|多余。|\n");
    Spec en = SpecReader.builder().build().read(List.of(dir));
    assertThat(en.products()).hasSize(1);
    Operation op = en.products().get(0).operations().get(0);
    assertThat(op.locale()).isEqualTo("en-US");
    assertThat(op.location().path()).isEqualTo("intl.en-US/DoIt.md");
    assertThat(en.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "DoIt: parameter Id is required in intl.en-US/DoIt.md but optional in cn.zh-CN/DoIt.md",
            "DoIt: parameter Extra is in cn.zh-CN/DoIt.md but not in intl.en-US/DoIt.md");
    Spec zh = SpecReader.builder().preferredLocale("zh").build().read(List.of(dir));
    assertThat(zh.products().get(0).operations().get(0).locale()).isEqualTo("zh-CN");
  }

  @Test
  void aPageOfAnOlderGenerationLosesToTheCurrentOneAndIsNotCompared(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("cn.zh-CN/API参考"));
    Files.createDirectories(dir.resolve("cn.zh-CN/API 参考"));
    // The current page: an OpenAPI Explorer link and a parameter added since the older page.
    Files.writeString(
        dir.resolve("cn.zh-CN/API参考/DoIt.md"),
        "# DoIt\n\n" + DO_IT_LINK + DO_IT_ZH_TABLE + "|ResourceGroupId|String|否|资源组。|\n");
    // The older page has no link, documents the Id as optional and lists more error codes.
    Files.writeString(
        dir.resolve("cn.zh-CN/API 参考/DoIt.md"),
        "# DoIt\n\n"
            + DO_IT_ZH_TABLE.replace("是|ID", "否|ID")
            + "|Old|String|否|旧参数。|\n\n## 错误码\n\n|HttpCode|错误码|错误信息|描述|\n|--|--|--|--|\n"
            + "|400|A.B|a|a。|\n|400|C.D|c|c。|\n|400|E.F|e|e。|\n|400|G.H|g|g。|\n");
    Spec spec = readChinese(dir);

    Operation op = spec.products().get(0).operations().get(0);
    assertThat(op.location().path()).isEqualTo("cn.zh-CN/API参考/DoIt.md");
    assertThat(op.parameters())
        .extracting(Parameter::name)
        .containsExactly("Id", "ResourceGroupId");
    assertThat(spec.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "cn.zh-CN/API 参考/DoIt.md:1: info: DoIt: not compared with cn.zh-CN/API参考/DoIt.md:"
                + " this page has no OpenAPI Explorer link, as pages of an older generation do not"
                + " [OLDER_PAGE]");

    // Two pages of the current generation are still compared.
    Files.writeString(
        dir.resolve("cn.zh-CN/API 参考/DoIt.md"),
        "# DoIt\n\n" + DO_IT_LINK + DO_IT_ZH_TABLE.replace("是|ID", "否|ID"));
    Spec current = readChinese(dir);
    assertThat(current.diagnostics())
        .extracting(Diagnostic::code)
        .containsOnly("PAGES_DISAGREE")
        .hasSize(2);
  }

  @Test
  void otherLocalesLeftUnreadGiveTheSameOperations(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("intl.en-US"));
    Files.createDirectories(dir.resolve("cn.zh-CN"));
    Files.writeString(
        dir.resolve("intl.en-US/DoIt.md"),
        "# DoIt\n\n"
            + DO_IT_LINK
            + "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
            + "|Id|String|Yes|The ID.|\n");
    Files.writeString(
        dir.resolve("cn.zh-CN/DoIt.md"),
        "# DoIt\n\n" + DO_IT_LINK + DO_IT_ZH_TABLE + "|Extra|String|否|多余。|\n");
    // Only in Chinese: read whatever the preferred locale.
    Files.writeString(dir.resolve("cn.zh-CN/OnlyZh.md"), "# OnlyZh\n\n" + DO_IT_ZH_TABLE);
    // The English page of Gone names it but documents nothing: the Chinese one must be read.
    Files.writeString(dir.resolve("intl.en-US/Gone.md"), "# Gone\n\nThis API is retired.\n");
    Files.writeString(dir.resolve("cn.zh-CN/Gone.md"), "# Gone\n\n" + DO_IT_ZH_TABLE);
    SpecReader.Builder builder = SpecReader.builder().product("Vpc").version("2016-04-28");

    Spec all = builder.build().read(List.of(dir));
    Spec preferred = builder.readOtherLocales(false).build().read(List.of(dir));

    assertThat(preferred.products()).isEqualTo(all.products());
    assertThat(preferred.products().get(0).operations())
        .extracting(o -> o.name() + " " + o.location().path())
        .containsExactly(
            "DoIt intl.en-US/DoIt.md", "Gone cn.zh-CN/Gone.md", "OnlyZh cn.zh-CN/OnlyZh.md");
    assertThat(preferred.pages()).hasSize(5);
    PageResult skipped =
        preferred.pages().stream()
            .filter(p -> p.source().equals("cn.zh-CN/DoIt.md"))
            .findFirst()
            .orElseThrow();
    assertThat(skipped.operation()).isNull();
    assertThat(skipped.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "cn.zh-CN/DoIt.md:1: info: not read: DoIt is taken from its en page; this zh-CN page"
                + " is not compared with it [OTHER_LOCALE_SKIPPED]");
    // Comparing locales needs both pages read: only the full read warns.
    assertThat(all.diagnostics()).extracting(Diagnostic::code).contains("PAGES_DISAGREE");
    assertThat(preferred.diagnostics()).isEmpty();
    assertThat(
            preferred.pages().stream()
                .filter(p -> p.operation() != null)
                .map(PageResult::source)
                .toList())
        .containsExactly("cn.zh-CN/Gone.md", "cn.zh-CN/OnlyZh.md", "intl.en-US/DoIt.md");
  }

  @Test
  void namesThatDifferOnlyInCaseAreOneOperationSpelledAsTheExplorerLinkSpellsIt(@TempDir Path dir)
      throws Exception {
    String table =
        "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
            + "|InstanceId|String|Yes|The ID.|\n";
    String zhTable = "## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n|InstanceId|String|是|ID。|\n";
    Files.createDirectories(dir.resolve("intl.en-US/Old"));
    Files.createDirectories(dir.resolve("cn.zh-CN"));
    // An older page without a link misspells the case; the newer one links to the metadata.
    Files.writeString(
        dir.resolve("intl.en-US/Old/DescribeUserdata.md"), "# DescribeUserdata\n\n" + table);
    Files.writeString(
        dir.resolve("intl.en-US/DescribeUserData.md"),
        "# DescribeUserData\n\n"
            + "[x](https://api.aliyun.com/#product=Ecs&api=DescribeUserData&type=RPC"
            + "&version=2014-05-26)\n\n"
            + table);
    // A title whose case differs from its own link is read as the link spells it.
    Files.writeString(
        dir.resolve("intl.en-US/DescribeAutoSnapshotPolicyEX.md"),
        "# DescribeAutoSnapshotPolicyEX\n\n"
            + "[x](https://api.aliyun.com/#product=Ecs&api=DescribeAutoSnapshotPolicyEx&type=RPC"
            + "&version=2014-05-26)\n\n"
            + table);
    // Only the old spelling in Chinese: still the same operation, so left unread.
    Files.writeString(
        dir.resolve("cn.zh-CN/DescribeUserdata.md"), "# DescribeUserdata\n\n" + zhTable);
    SpecReader.Builder builder = SpecReader.builder().product("Ecs").version("2014-05-26");

    for (Spec spec :
        List.of(
            builder.build().read(List.of(dir)),
            builder.readOtherLocales(false).build().read(List.of(dir)))) {
      assertThat(spec.products()).hasSize(1);
      assertThat(spec.products().get(0).operations())
          .extracting(o -> o.name() + " " + o.location().path())
          .containsExactly(
              "DescribeAutoSnapshotPolicyEx intl.en-US/DescribeAutoSnapshotPolicyEX.md",
              "DescribeUserData intl.en-US/DescribeUserData.md");
      assertThat(spec.allDiagnostics())
          .filteredOn(d -> d.code().startsWith("NAME_"))
          .extracting(Diagnostic::toString)
          .containsExactlyInAnyOrder(
              "intl.en-US/DescribeAutoSnapshotPolicyEX.md:1: warning: the title names"
                  + " DescribeAutoSnapshotPolicyEX but the OpenAPI Explorer link names"
                  + " DescribeAutoSnapshotPolicyEx; read as DescribeAutoSnapshotPolicyEx"
                  + " [NAME_MISMATCH]",
              "intl.en-US/DescribeUserData.md:1: warning: DescribeUserData: pages also spell it"
                  + " DescribeUserdata; read as one operation, spelled as its OpenAPI Explorer"
                  + " link spells it [NAME_CASE]");
    }
    Spec preferred = builder.readOtherLocales(false).build().read(List.of(dir));
    assertThat(preferred.pages())
        .filteredOn(p -> p.source().equals("cn.zh-CN/DescribeUserdata.md"))
        .extracting(PageResult::operation)
        .containsExactly((Operation) null);
    assertThat(preferred.pages())
        .filteredOn(p -> p.operation() != null)
        .extracting(PageResult::explorerName)
        .containsExactly("DescribeAutoSnapshotPolicyEx", "DescribeUserData", "");
  }

  @Test
  void aLinkNamingAnotherOperationIsWarnedAndTheTitleRead() {
    // ModifySecurityGroupEgressRule's page links to DescribeImageSupportInstanceTypes.
    PageResult page =
        Pages.page(
            "# ModifySecurityGroupEgressRule\n\n[x](https://api.aliyun.com/#product=Ecs"
                + "&api=DescribeImageSupportInstanceTypes&type=RPC&version=2014-05-26)\n\n"
                + "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
                + "|SecurityGroupId|String|Yes|The ID.|\n");
    assertThat(page.operation().name()).isEqualTo("ModifySecurityGroupEgressRule");
    assertThat(page.diagnostics())
        .filteredOn(d -> d.code().equals("NAME_MISMATCH"))
        .extracting(Diagnostic::message)
        .containsExactly(
            "the title names ModifySecurityGroupEgressRule but the OpenAPI Explorer link names"
                + " DescribeImageSupportInstanceTypes; read as ModifySecurityGroupEgressRule");
  }

  @Test
  void withoutALinkTheChosenPageSpellsTheName(@TempDir Path dir) throws Exception {
    String table =
        "## Request parameters\n\n|Name|Type|Required|Description|\n|--|--|--|--|\n"
            + "|InstanceId|String|Yes|The ID.|\n|Force|Boolean|No|Whether to force.|\n";
    Files.writeString(dir.resolve("ReActivateInstances.md"), "# ReActivateInstances\n\n" + table);
    Files.writeString(
        dir.resolve("ReactivateInstances.md"),
        "# ReactivateInstances\n\n" + table.substring(0, table.indexOf("|Force")));
    Spec spec =
        SpecReader.builder().product("Ecs").version("2014-05-26").build().read(List.of(dir));
    // The more detailed page is chosen, and its title spells the name.
    assertThat(spec.products().get(0).operations())
        .extracting(Operation::name)
        .containsExactly("ReActivateInstances");
    assertThat(spec.diagnostics())
        .filteredOn(d -> d.code().equals("NAME_CASE"))
        .extracting(Diagnostic::message)
        .containsExactly(
            "ReActivateInstances: pages also spell it ReactivateInstances; read as one operation,"
                + " spelled as in ReActivateInstances.md");
  }
}

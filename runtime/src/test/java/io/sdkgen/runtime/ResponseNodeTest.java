package io.sdkgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseNodeTest {
  record Entry(String dest, Integer weight) {
    static Entry read(ResponseNode n) {
      return new Entry(n.getString("RouteDest"), n.getInteger("Weight"));
    }
  }

  static ResponseNode json(String s) {
    return ResponseNode.parseJson(s.getBytes(StandardCharsets.UTF_8));
  }

  static ResponseNode xml(String s) {
    return ResponseNode.parseXml(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jsonAndXmlMapTheSame() {
    ResponseNode fromJson =
        json(
            "{\"RequestId\":\"r1\",\"TotalCount\":2,\"Enabled\":true,\"Ratio\":1.5,"
                + "\"VpnRouteEntries\":{\"VpnRouteEntry\":[{\"RouteDest\":\"10.0.0.0/24\","
                + "\"Weight\":0},{\"RouteDest\":\"10.0.1.0/24\",\"Weight\":100}]}}");
    ResponseNode fromXml =
        xml(
            "<?xml version=\"1.0\"?><DescribeResponse><RequestId>r1</RequestId>"
                + "<TotalCount>2</TotalCount><Enabled>true</Enabled><Ratio>1.5</Ratio>"
                + "<VpnRouteEntries><VpnRouteEntry><RouteDest>10.0.0.0/24</RouteDest>"
                + "<Weight>0</Weight></VpnRouteEntry><VpnRouteEntry>"
                + "<RouteDest>10.0.1.0/24</RouteDest><Weight>100</Weight></VpnRouteEntry>"
                + "</VpnRouteEntries></DescribeResponse>");
    for (ResponseNode n : List.of(fromJson, fromXml)) {
      assertThat(n.requestId()).isEqualTo("r1");
      assertThat(n.getInteger("TotalCount")).isEqualTo(2);
      assertThat(n.getLong("TotalCount")).isEqualTo(2L);
      assertThat(n.getBoolean("Enabled")).isTrue();
      assertThat(n.getDouble("Ratio")).isEqualTo(1.5);
      assertThat(n.getFloat("Ratio")).isEqualTo(1.5f);
      assertThat(n.getString("Missing")).isNull();
      assertThat(n.getInteger("Missing")).isNull();
      assertThat(n.getList("VpnRouteEntries", Entry::read))
          .containsExactly(new Entry("10.0.0.0/24", 0), new Entry("10.0.1.0/24", 100));
      assertThat(n.getList("VpnRouteEntries", "VpnRouteEntry", Entry::read)).hasSize(2);
    }
  }

  @Test
  void listAcceptsBareArraysSingleObjectsAndSingleWrappedElements() {
    ResponseNode n =
        json(
            "{\"Bare\":[{\"RouteDest\":\"a\"}],\"Single\":{\"RouteDest\":\"b\",\"Weight\":\"5\"},"
                + "\"VpnRouteEntries\":{\"VpnRouteEntry\":{\"RouteDest\":\"c\"}},"
                + "\"VpcIds\":{\"VpcId\":[\"vpc-1\",\"vpc-2\"]},\"Ids\":[\"x\"],\"One\":\"y\","
                + "\"Empty\":{},\"Nothing\":null}");
    assertThat(n.getList("Bare", Entry::read)).containsExactly(new Entry("a", null));
    assertThat(n.getList("Single", Entry::read)).containsExactly(new Entry("b", 5));
    assertThat(n.getList("VpnRouteEntries", Entry::read)).containsExactly(new Entry("c", null));
    assertThat(n.getStringList("VpcIds")).containsExactly("vpc-1", "vpc-2");
    assertThat(n.getStringList("Ids")).containsExactly("x");
    assertThat(n.getStringList("One")).containsExactly("y");
    assertThat(n.getStringList("Empty")).isEmpty();
    assertThat(n.getStringList("Nothing")).isEmpty();
    assertThat(n.getStringList("Absent")).isEmpty();
    assertThat(n.has("Nothing")).isFalse();
    assertThatThrownBy(() -> n.getStringList("VpcIds").add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void xmlSingleScalarListElementAndEmptyElements() {
    ResponseNode n =
        xml(
            "<R><VpcIds><VpcId>vpc-1</VpcId></VpcIds><Description/><Count> 7 </Count>"
                + "<Tags></Tags></R>");
    assertThat(n.getStringList("VpcIds")).containsExactly("vpc-1");
    // The item named at the end of the list's name: DescribeInstances' public IP addresses.
    ResponseNode ip =
        xml("<R><PublicIpAddress><IpAddress>121.40.1.1</IpAddress></PublicIpAddress></R>");
    assertThat(ip.getStringList("PublicIpAddress")).containsExactly("121.40.1.1");
    // One object in a wrapper whatever their names (DescribeInstanceMonitorData).
    ResponseNode monitor =
        xml(
            "<R><MonitorData><InstanceMonitorData><RouteDest>d</RouteDest>"
                + "<Weight>3</Weight></InstanceMonitorData></MonitorData></R>");
    assertThat(monitor.getList("MonitorData", Entry::read)).containsExactly(new Entry("d", 3));
    assertThat(n.getString("Description")).isEmpty();
    assertThat(n.getInteger("Description")).isNull();
    assertThat(n.getInteger("Count")).isEqualTo(7);
    assertThat(n.getList("Tags", t -> t)).isEmpty();
    assertThat(n.getObject("Description")).isNull();
  }

  @Test
  void unknownFieldsAreIgnoredAndNestedObjectsRead() {
    ResponseNode n = json("{\"A\":{\"B\":{\"C\":\"1\"}},\"New\":[1,{\"x\":null}]}");
    assertThat(n.getObject("A").getObject("B").getLong("C")).isEqualTo(1L);
    List<String> names = n.getObject("A", a -> List.copyOf(a.fieldNames()));
    assertThat(names).containsExactly("B");
    assertThat(n.getObject("Missing")).isNull();
  }

  @Test
  void lowerCaseRequestIdIsFound() {
    assertThat(json("{\"requestId\":\"low\"}").requestId()).isEqualTo("low");
  }

  @Test
  void invalidDocumentsAreRejectedWithAReason() {
    assertThatThrownBy(() -> json("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> json("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> json("{} trailing")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> xml("<a><b></a>")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> json("{\"n\":\"abc\"}").getInteger("n"))
        .hasMessageContaining("not a number");
  }

  @Test
  void xmlWithDoctypeIsRefusedSoNoEntityCanBeExpanded() {
    assertThatThrownBy(
            () ->
                xml(
                    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<r><a>&x;</a></r>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

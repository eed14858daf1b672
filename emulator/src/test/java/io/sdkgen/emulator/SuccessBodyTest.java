package io.sdkgen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.spec.Example;
import io.sdkgen.spec.ExampleKind;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessBodyTest {

  private static final Location AT = Location.of("DescribeThings.md");

  private static ResponseField field(
      String name, TypeRef type, String example, ResponseField... children) {
    return new ResponseField(name, type, "", example, List.of(children), AT);
  }

  /** DescribeThings with these response fields and examples, nothing else. */
  private static Operation operation(List<ResponseField> response, List<Example> examples) {
    return new Operation(
        "DescribeThings",
        "",
        "",
        List.of(),
        "",
        List.of(),
        response,
        List.of(),
        examples,
        "en-US",
        AT);
  }

  private static final Operation NO_EXAMPLES =
      operation(
          List.of(
              field("RequestId", TypeRef.of(TypeKind.STRING, ""), "5BE01CD7"),
              field("TotalCount", TypeRef.of(TypeKind.INTEGER, ""), "12"),
              field("Enabled", TypeRef.of(TypeKind.BOOLEAN, ""), "true"),
              field(
                  "Things",
                  TypeRef.of(TypeKind.OBJECT, ""),
                  "",
                  field(
                      "Thing",
                      TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), ""),
                      "",
                      field("Name", TypeRef.of(TypeKind.STRING, ""), "a <b> & c")))),
          List.of());

  @Test
  void examplesAreAnsweredUnwrappedAndWithTrimmedNames() {
    Operation wrapped =
        withJsonExample(
            "{\"DescribeThings\": {\"RequestId\": \"R\", \"Things\": {\"Thing\": []}}}");
    Operation suffixed =
        withJsonExample("{\"DescribeThingsResponse\": {\"RequestId\": \"R\", \"Count\": 1}}");
    Operation other = withJsonExample("{\"Things\": {\"Thing\": [{\"Name\": \"a\"}]}}");
    Operation padded =
        withJsonExample("{\" Things\": {\"Thing\": [{\"Name \": \" a \"}]}, \"RequestId\": \"R\"}");

    assertThat(render(wrapped)).isEqualTo("{\"RequestId\":\"REQ\",\"Things\":{\"Thing\":[]}}");
    assertThat(render(suffixed)).isEqualTo("{\"RequestId\":\"REQ\",\"Count\":1}");
    // One top-level field named otherwise is a real field, not a wrapper.
    assertThat(render(other))
        .isEqualTo("{\"Things\":{\"Thing\":[{\"Name\":\"a\"}]},\"RequestId\":\"REQ\"}");
    // Names lose the spaces pages pad them with; values keep theirs.
    assertThat(render(padded))
        .isEqualTo("{\"Things\":{\"Thing\":[{\"Name\":\" a \"}]},\"RequestId\":\"REQ\"}");
  }

  private static Operation withJsonExample(String json) {
    return operation(List.of(), List.of(new Example(ExampleKind.SUCCESS_JSON, json, AT)));
  }

  private static String render(Operation operation) {
    return new String(
        SuccessBody.of(operation).render(ResponseFormat.JSON, "REQ"), StandardCharsets.UTF_8);
  }

  @Test
  void pageWithoutExamplesGetsBodySynthesisedFromFieldTree() {
    String json =
        new String(
            SuccessBody.of(NO_EXAMPLES).render(ResponseFormat.JSON, "REQ-1"),
            StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"RequestId\":\"REQ-1\",\"TotalCount\":12,\"Enabled\":true,"
                + "\"Things\":{\"Thing\":[{\"Name\":\"a <b> & c\"}]}}");
  }

  @Test
  void jsonIsWrittenAsXmlWithRepeatedElementsAndEscapes() {
    String xml =
        new String(
            SuccessBody.of(NO_EXAMPLES).render(ResponseFormat.XML, "REQ-2"),
            StandardCharsets.UTF_8);

    assertThat(xml)
        .isEqualTo(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <DescribeThingsResponse>
              <RequestId>REQ-2</RequestId>
              <TotalCount>12</TotalCount>
              <Enabled>true</Enabled>
              <Things>
                <Thing>
                  <Name>a &lt;b&gt; &amp; c</Name>
                </Thing>
              </Things>
            </DescribeThingsResponse>
            """);
  }
}

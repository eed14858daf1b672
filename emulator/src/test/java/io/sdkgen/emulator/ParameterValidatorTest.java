package io.sdkgen.emulator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterValidatorTest {

  private static final Location AT = Location.of("ListThings.md");

  private static Parameter scalar(String name, TypeKind kind, boolean required, String... allowed) {
    return new Parameter(
        name,
        TypeRef.of(kind, ""),
        required,
        "",
        "",
        List.of(allowed),
        ParameterLocation.QUERY,
        List.of(),
        AT);
  }

  private static Parameter list(
      String name, TypeRef element, boolean required, Parameter... members) {
    return new Parameter(
        name,
        TypeRef.listOf(element, ""),
        required,
        "",
        "",
        List.of(),
        ParameterLocation.QUERY,
        List.of(members),
        AT);
  }

  private static final Operation OPERATION =
      new Operation(
          "ListThings",
          "",
          "",
          List.of(),
          "",
          List.of(
              scalar("Action", TypeKind.STRING, true),
              scalar("RegionId", TypeKind.STRING, true),
              scalar("PageSize", TypeKind.INTEGER, false),
              scalar("DryRun", TypeKind.BOOLEAN, false),
              scalar("Ratio", TypeKind.DOUBLE, false),
              list(
                  "Tag",
                  TypeRef.of(TypeKind.OBJECT, ""),
                  false,
                  scalar("Key", TypeKind.STRING, true),
                  scalar("Value", TypeKind.STRING, false)),
              list("InstanceId", TypeRef.of(TypeKind.LONG, ""), true),
              list(
                  "Filter",
                  TypeRef.of(TypeKind.OBJECT, ""),
                  false,
                  scalar("Key", TypeKind.STRING, false, "Status", "Name"),
                  list("Value", TypeRef.of(TypeKind.STRING, ""), false))),
          List.of(),
          List.of(),
          List.of(),
          "en-US",
          AT);

  private static void assertRejected(Map<String, String> params, String code, String message) {
    assertThatThrownBy(() -> ParameterValidator.validate(OPERATION, params))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
              org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains(message);
            });
  }

  @Test
  void repeatedParametersBelongToTheirFoldedLists() {
    assertThatCode(
            () ->
                ParameterValidator.validate(
                    OPERATION,
                    Map.of(
                        "RegionId", "cn-hangzhou",
                        "InstanceId.1", "12",
                        "InstanceId.2", "13",
                        "Tag.1.Key", "env",
                        "Tag.1.Value", "prod",
                        "Tag.10.Key", "team",
                        "Filter.1.Key", "Status",
                        "Filter.1.Value.1", "Running",
                        "Unknown", "ignored")))
        .doesNotThrowAnyException();
  }

  @Test
  void requiredListWithoutElementsIsMissingItsFirstElement() {
    assertRejected(
        Map.of("RegionId", "cn-hangzhou"),
        "MissingParameter",
        "\"InstanceId.1\" that is mandatory");
  }

  @Test
  void requiredMemberOfPresentElementIsMissing() {
    assertRejected(
        Map.of("RegionId", "r", "InstanceId.1", "1", "Tag.2.Value", "v"),
        "MissingParameter",
        "\"Tag.2.Key\"");
  }

  @Test
  void elementOfWrongTypeIsNamedWithItsIndex() {
    assertRejected(
        Map.of("RegionId", "r", "InstanceId.1", "1", "InstanceId.2", "i-abc"),
        "InvalidParameter",
        "\"InstanceId.2\" is not valid: \"i-abc\" is not a Long");
  }

  @Test
  void memberOutsideSetNamesAllowedValues() {
    assertRejected(
        Map.of("RegionId", "r", "InstanceId.1", "1", "Filter.1.Key", "Color"),
        "InvalidParameter",
        "\"Filter.1.Key\" is not valid: \"Color\" is not one of Status, Name.");
  }

  @Test
  void scalarTypesAreParsed() {
    Map<String, String> base = Map.of("RegionId", "r", "InstanceId.1", "1");
    for (Map.Entry<String, String> bad :
        Map.of("PageSize", "1.5", "DryRun", "yes", "Ratio", "NaN").entrySet()) {
      Map<String, String> params = new java.util.HashMap<>(base);
      params.put(bad.getKey(), bad.getValue());
      assertRejected(params, "InvalidParameter", "\"" + bad.getKey() + "\"");
    }
    Map<String, String> good = new java.util.HashMap<>(base);
    good.putAll(Map.of("PageSize", "50", "DryRun", "TRUE", "Ratio", "0.5"));
    assertThatCode(() -> ParameterValidator.validate(OPERATION, good)).doesNotThrowAnyException();
  }

  @Test
  void emptyRequiredValueCountsAsMissing() {
    assertRejected(Map.of("RegionId", "", "InstanceId.1", "1"), "MissingParameter", "\"RegionId\"");
  }
}

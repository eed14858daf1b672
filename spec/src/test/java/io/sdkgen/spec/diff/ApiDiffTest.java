package io.sdkgen.spec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDiffTest {

  private static final Location OLD = Location.of("old/Op.md", 10);
  private static final Location NEW = Location.of("new/Op.md", 12);

  @Test
  void identicalProductsHaveNoChanges() {
    Product product = product("2016-04-28", operation("Op", List.of(param("A", true))));
    assertThat(ApiDiff.compare(List.of(product), List.of(product))).isEmpty();
  }

  @Test
  void removedParameterIsBreakingAndPointsAtTheOldPage() {
    Product before = product("v", operation("Op", List.of(param("A", true), param("B", false))));
    Product after = product("v", operation("Op", List.of(param("A", true))));

    List<ApiChange> changes = ApiDiff.compare(List.of(before), List.of(after));

    assertThat(changes)
        .containsExactly(
            new ApiChange(ChangeKind.PARAMETER_REMOVED, true, "Vpc v", "Op", "B", "", OLD));
    assertThat(changes.get(0).toString())
        .isEqualTo("BREAKING   Vpc v Op: parameter B removed [old/Op.md:10]");
  }

  @Test
  void addedOptionalParameterIsCompatibleButAddedRequiredBreaks() {
    Product before = product("v", operation("Op", List.of()));
    Product after =
        product("v", operation("Op", List.of(atNew(param("A", false)), atNew(param("B", true)))));

    assertThat(ApiDiff.compare(List.of(before), List.of(after)))
        .containsExactly(
            new ApiChange(ChangeKind.PARAMETER_ADDED, false, "Vpc v", "Op", "A", "optional", NEW),
            new ApiChange(ChangeKind.PARAMETER_ADDED, true, "Vpc v", "Op", "B", "required", NEW));
  }

  @Test
  void requiredFlagChangesInBothDirections() {
    Product before = product("v", operation("Op", List.of(param("A", false), param("B", true))));
    Product after =
        product("v", operation("Op", List.of(atNew(param("A", true)), atNew(param("B", false)))));

    assertThat(ApiDiff.compare(List.of(before), List.of(after)))
        .extracting(ApiChange::kind, ApiChange::breaking, ApiChange::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.PARAMETER_MADE_REQUIRED, true, "A"),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.PARAMETER_MADE_OPTIONAL, false, "B"));
  }

  @Test
  void typeChangeIsBreakingAndNamesBothTypes() {
    Product before = product("v", operation("Op", List.of(param("Weight", true))));
    Parameter retyped =
        new Parameter(
            "Weight",
            TypeRef.of(TypeKind.INTEGER, "Integer"),
            true,
            "",
            "",
            List.of(),
            ParameterLocation.QUERY,
            List.of(),
            NEW);
    Product after = product("v", operation("Op", List.of(retyped)));

    assertThat(ApiDiff.compare(List.of(before), List.of(after)))
        .containsExactly(
            new ApiChange(
                ChangeKind.PARAMETER_TYPE_CHANGED,
                true,
                "Vpc v",
                "Op",
                "Weight",
                "String -> Integer",
                NEW));
  }

  @Test
  void valueSetsNarrowAndWiden() {
    Product before =
        product(
            "v", operation("Op", List.of(values("RouteType", "pbr", "dbr"), values("Mode", "a"))));
    Product after =
        product(
            "v", operation("Op", List.of(values("RouteType", "pbr"), values("Mode", "a", "b"))));

    assertThat(ApiDiff.compare(List.of(before), List.of(after)))
        .extracting(ApiChange::kind, ApiChange::breaking, ApiChange::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.VALUE_SET_NARROWED, true, "removed [dbr]"),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.VALUE_SET_WIDENED, false, "added [b]"));
  }

  @Test
  void reorderedValueSetIsNoChange() {
    Product before = product("v", operation("Op", List.of(values("T", "a", "b"))));
    Product after = product("v", operation("Op", List.of(values("T", "b", "a"))));
    assertThat(ApiDiff.compare(List.of(before), List.of(after))).isEmpty();
  }

  @Test
  void nestedMembersAndResponseFieldsAreComparedWithDottedNames() {
    Parameter tagOld = list("Tag", List.of(param("Key", false), param("Value", false)));
    Parameter tagNew = list("Tag", List.of(param("Key", false)));
    ResponseField entriesOld =
        field("Entries", TypeKind.OBJECT, List.of(field("State", TypeKind.STRING, List.of())));
    ResponseField entriesNew =
        field(
            "Entries",
            TypeKind.OBJECT,
            List.of(
                field("State", TypeKind.LONG, List.of()),
                field("Weight", TypeKind.INTEGER, List.of())));
    Product before = product("v", withResponse(operation("Op", List.of(tagOld)), entriesOld));
    Product after = product("v", withResponse(operation("Op", List.of(tagNew)), entriesNew));

    assertThat(ApiDiff.compare(List.of(before), List.of(after)))
        .extracting(ApiChange::kind, ApiChange::subject, ApiChange::breaking)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.PARAMETER_REMOVED, "Tag.Value", true),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.RESPONSE_FIELD_TYPE_CHANGED, "Entries.State", true),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.RESPONSE_FIELD_ADDED, "Entries.Weight", false));
  }

  @Test
  void operationsAndErrorCodesAddedAndRemoved() {
    ErrorCode gone = new ErrorCode(403, "Forbbiden.SubUser", "", "", OLD);
    ErrorCode fresh = new ErrorCode(404, "NotFound", "", "", NEW);
    Operation op = operation("Op", List.of());
    Product before = product("v", withErrors(op, gone), operation("Old", List.of()));
    Product after = product("v", withErrors(op, fresh), operation("New", List.of()));

    assertThat(ApiDiff.compare(List.of(before), List.of(after)))
        .extracting(ApiChange::kind, ApiChange::operation, ApiChange::subject, ApiChange::breaking)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.ERROR_CODE_REMOVED, "Op", "Forbbiden.SubUser", true),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.ERROR_CODE_ADDED, "Op", "NotFound", false),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.OPERATION_REMOVED, "Old", "", true),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.OPERATION_ADDED, "New", "", false));
  }

  @Test
  void aSingleProductIsMatchedAcrossVersions() {
    Product before = product("2016-04-28", operation("Op", List.of(param("A", true))));
    Product after = product("2017-01-01", operation("Op", List.of(param("A", true))));
    assertThat(ApiDiff.compare(List.of(before), List.of(after))).isEmpty();
  }

  private static Product product(String version, Operation... operations) {
    return new Product("Vpc", version, ApiStyle.RPC, List.of(operations));
  }

  private static Operation operation(String name, List<Parameter> parameters) {
    return new Operation(
        name,
        "",
        "",
        List.of(),
        "",
        parameters,
        List.of(),
        List.of(),
        List.of(),
        "",
        Location.of("old/" + name + ".md", 1));
  }

  private static Operation withResponse(Operation op, ResponseField field) {
    return new Operation(
        op.name(),
        "",
        "",
        List.of(),
        "",
        op.parameters(),
        List.of(field),
        op.errors(),
        List.of(),
        "",
        op.location());
  }

  private static Operation withErrors(Operation op, ErrorCode... errors) {
    return new Operation(
        op.name(),
        "",
        "",
        List.of(),
        "",
        op.parameters(),
        op.response(),
        List.of(errors),
        List.of(),
        "",
        op.location());
  }

  private static Parameter param(String name, boolean required) {
    return new Parameter(
        name,
        TypeRef.of(TypeKind.STRING, "String"),
        required,
        "",
        "",
        List.of(),
        ParameterLocation.QUERY,
        List.of(),
        OLD);
  }

  private static Parameter atNew(Parameter p) {
    return new Parameter(
        p.name(), p.type(), p.required(), "", "", p.allowedValues(), p.in(), p.members(), NEW);
  }

  private static Parameter values(String name, String... values) {
    return new Parameter(
        name,
        TypeRef.of(TypeKind.STRING, "String"),
        false,
        "",
        "",
        List.of(values),
        ParameterLocation.QUERY,
        List.of(),
        NEW);
  }

  private static Parameter list(String name, List<Parameter> members) {
    return new Parameter(
        name,
        TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), "RepeatList"),
        false,
        "",
        "",
        List.of(),
        ParameterLocation.QUERY,
        members,
        OLD);
  }

  private static ResponseField field(String name, TypeKind kind, List<ResponseField> children) {
    return new ResponseField(name, TypeRef.of(kind, ""), "", "", children, NEW);
  }
}

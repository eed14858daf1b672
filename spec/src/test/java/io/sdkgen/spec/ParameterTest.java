package io.sdkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTest {

  private static final Location AT = Location.of("roa/UpdateInstance.md", 12);

  @Test
  void withInChangesTheLocationOnly() {
    Parameter member =
        new Parameter(
            "nodeAmount",
            TypeRef.of(TypeKind.INTEGER, "Integer"),
            true,
            "3",
            "nodes",
            List.of(),
            ParameterLocation.BODY,
            List.of(),
            AT);
    Parameter p =
        new Parameter(
            "InstanceId",
            TypeRef.of(TypeKind.STRING, "String"),
            true,
            "es-cn-abc",
            "the instance",
            List.of("es-cn-abc"),
            ParameterLocation.QUERY,
            List.of(member),
            AT);
    Parameter moved = p.withIn(ParameterLocation.PATH);
    assertEquals(ParameterLocation.PATH, moved.in());
    assertEquals(
        new Parameter(
            p.name(),
            p.type(),
            p.required(),
            p.example(),
            p.description(),
            p.allowedValues(),
            ParameterLocation.PATH,
            p.members(),
            p.location()),
        moved);
    assertEquals(ParameterLocation.BODY, moved.members().get(0).in());
    assertSame(p, p.withIn(ParameterLocation.QUERY));
  }
}

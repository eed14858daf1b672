package io.sdkgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * A request parameter.
 *
 * <p>Repeated parameters ({@code Tag.N.Key}, {@code Tag.N.Value}) are folded into one list
 * parameter named {@code Tag} whose {@link #members()} are {@code Key} and {@code Value}; a
 * repeated scalar ({@code InstanceId.N}) becomes a list of that scalar with no members.
 *
 * @param name the wire name ({@code RegionId}); for a member, the name after its parent's prefix
 * @param type the value's type
 * @param required whether the page marks it required
 * @param example the page's example value, unescaped; empty when none
 * @param description the page's description as Markdown; empty when none
 * @param allowedValues the documented value set in page order; empty when the page gives none
 * @param in where the parameter travels
 * @param members members of an object, or of each element of a list of objects
 * @param location where the parameter's row starts
 */
public record Parameter(
    String name,
    TypeRef type,
    boolean required,
    String example,
    String description,
    List<String> allowedValues,
    ParameterLocation in,
    List<Parameter> members,
    Location location) {

  /**
   * The name of a ROA body parameter that is the whole body rather than one of its fields: a list,
   * or the JSON text of a body the page shows only in prose or by example (its RequestBody section
   * has no table).
   */
  public static final String WHOLE_BODY = "RequestBody";

  /** Returns true for the {@link #WHOLE_BODY} parameter of a ROA request. */
  public boolean isWholeBody() {
    return in == ParameterLocation.BODY && name.equals(WHOLE_BODY);
  }

  /** Returns this parameter sent in {@code where} instead; its members keep their own places. */
  public Parameter withIn(ParameterLocation where) {
    return where == in
        ? this
        : new Parameter(
            name, type, required, example, description, allowedValues, where, members, location);
  }

  /** Creates a parameter; lists are copied, no component may be null. */
  public Parameter {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(example, "example == null");
    Objects.requireNonNull(description, "description == null");
    allowedValues = List.copyOf(allowedValues);
    Objects.requireNonNull(in, "in == null");
    members = List.copyOf(members);
    Objects.requireNonNull(location, "location == null");
  }
}

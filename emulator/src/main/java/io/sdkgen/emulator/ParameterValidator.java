package io.sdkgen.emulator;

import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks request parameters against an operation's documented ones: required parameters present,
 * scalar values of the right type and inside the documented value set. Parameters the page does not
 * list are ignored, as the real service ignores many.
 */
final class ParameterValidator {

  /** Names the gateway itself handles; pages list {@code Action} as a parameter too. */
  private static final Set<String> ROUTING = Set.of("Action", "Version");

  private ParameterValidator() {}

  static void validate(Operation operation, Map<String, String> params) throws ApiError {
    for (Parameter parameter : operation.parameters()) {
      if (ROUTING.contains(parameter.name()) || !travelsAsParameter(parameter.in())) {
        continue;
      }
      check(parameter, parameter.name(), params, true);
    }
  }

  private static boolean travelsAsParameter(ParameterLocation in) {
    return in == ParameterLocation.QUERY
        || in == ParameterLocation.FORM
        || in == ParameterLocation.BODY;
  }

  /**
   * Checks one parameter at {@code wireName}; {@code enforceRequired} is false inside a list
   * element that is absent altogether.
   */
  private static void check(
      Parameter parameter, String wireName, Map<String, String> params, boolean enforceRequired)
      throws ApiError {
    TypeRef type = parameter.type();
    if (type.kind() == TypeKind.LIST) {
      checkList(parameter, wireName, params, enforceRequired);
    } else if (type.kind() == TypeKind.OBJECT && !parameter.members().isEmpty()) {
      if (enforceRequired && parameter.required() && !present(wireName, params)) {
        throw ApiError.missingParameter(wireName);
      }
      if (hasChildren(wireName, params)) {
        for (Parameter member : parameter.members()) {
          check(member, wireName + "." + member.name(), params, true);
        }
      }
    } else {
      String value = params.get(wireName);
      if (value == null || value.isEmpty()) {
        if (enforceRequired && parameter.required()) {
          throw ApiError.missingParameter(wireName);
        }
        return;
      }
      checkScalar(wireName, value, type, parameter);
    }
  }

  private static void checkList(
      Parameter parameter, String wireName, Map<String, String> params, boolean enforceRequired)
      throws ApiError {
    Set<Integer> indices = indicesOf(wireName, params);
    // A list may also travel as one value (a JSON string or a delimited style); take it as is.
    boolean whole = params.containsKey(wireName) && !params.get(wireName).isEmpty();
    if (indices.isEmpty() && !whole) {
      if (enforceRequired && parameter.required()) {
        throw ApiError.missingParameter(wireName + ".1");
      }
      return;
    }
    TypeRef element = parameter.type().element();
    for (int index : indices) {
      String elementName = wireName + "." + index;
      if (!parameter.members().isEmpty()) {
        for (Parameter member : parameter.members()) {
          check(member, elementName + "." + member.name(), params, true);
        }
      } else if (element.kind() == TypeKind.LIST) {
        // A list of lists without members (Value.N.N); only its presence is checked.
        continue;
      } else if (params.containsKey(elementName)) {
        checkScalar(elementName, params.get(elementName), element, parameter);
      }
    }
  }

  /** Returns the 1-based indices N present as {@code name.N} or {@code name.N.*}. */
  private static Set<Integer> indicesOf(String name, Map<String, String> params) {
    Set<Integer> indices = new TreeSet<>();
    String prefix = name + ".";
    for (String key : params.keySet()) {
      if (!key.startsWith(prefix)) {
        continue;
      }
      String rest = key.substring(prefix.length());
      int dot = rest.indexOf('.');
      String digits = dot < 0 ? rest : rest.substring(0, dot);
      if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 9) {
        indices.add(Integer.parseInt(digits));
      }
    }
    return indices;
  }

  private static boolean present(String name, Map<String, String> params) {
    return (params.containsKey(name) && !params.get(name).isEmpty()) || hasChildren(name, params);
  }

  private static boolean hasChildren(String name, Map<String, String> params) {
    String prefix = name + ".";
    return params.keySet().stream().anyMatch(key -> key.startsWith(prefix));
  }

  private static void checkScalar(String name, String value, TypeRef type, Parameter parameter)
      throws ApiError {
    if (!hasType(value, type.kind())) {
      throw ApiError.invalidType(name, value, type.toString());
    }
    if (!parameter.allowedValues().isEmpty() && !allowed(value, parameter)) {
      throw ApiError.notAllowed(name, value, parameter.allowedValues());
    }
  }

  /**
   * Value sets are compared ignoring case: pages disagree with themselves ({@code pbr} in the
   * table, {@code PBR} in the request example) and the service accepts both.
   */
  private static boolean allowed(String value, Parameter parameter) {
    for (String candidate : parameter.allowedValues()) {
      if (candidate.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasType(String value, TypeKind kind) {
    try {
      switch (kind) {
        case INTEGER -> Integer.parseInt(value.trim());
        case LONG -> Long.parseLong(value.trim());
        case BOOLEAN -> {
          String lower = value.trim().toLowerCase(Locale.ROOT);
          return lower.equals("true") || lower.equals("false");
        }
        case FLOAT, DOUBLE -> {
          return Double.isFinite(Double.parseDouble(value.trim()));
        }
        default -> {
          return true;
        }
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

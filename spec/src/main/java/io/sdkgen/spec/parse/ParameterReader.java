package io.sdkgen.spec.parse;

import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns request-table rows into {@link Parameter}s: types, value sets, ROA positions, members
 * nested with {@code └}, and repeated parameters ({@code Tag.N.Key}, {@code InstanceId.N}, {@code
 * Filter.N.Value.N}) folded into one list parameter named by their common prefix.
 */
final class ParameterReader {

  private final Diagnostics diagnostics;
  private final ParameterLocation defaultLocation;

  ParameterReader(Diagnostics diagnostics, ParameterLocation defaultLocation) {
    this.diagnostics = diagnostics;
    this.defaultLocation = defaultLocation;
  }

  /** Returns the parameters of {@code rows}, nested and folded, in page order. */
  List<Parameter> read(List<TreeRow> rows) {
    return build(adoptUnplaced(TreeRow.nest(rows, diagnostics)), null);
  }

  /**
   * Returns {@code roots} with the rows of a ROA table that have no position moved under the
   * structure row before them: pages list a body structure's fields right after it, with an empty
   * position cell and no {@code └} ({@code whiteIpGroup}, then {@code groupName} and {@code ips}).
   * Tables without a position column are returned as they are.
   */
  private List<TreeRow> adoptUnplaced(List<TreeRow> roots) {
    if (roots.stream().allMatch(r -> r.position.isBlank())) {
      return roots;
    }
    List<TreeRow> result = new ArrayList<>(roots.size());
    TreeRow holder = null;
    for (TreeRow row : roots) {
      if (holder != null && row.position.isBlank()) {
        holder.children.add(row);
        diagnostics.info(
            Diagnostics.NESTED_BY_POSITION,
            row.line,
            "parameter "
                + row.name
                + " has no position and follows the structure "
                + holder.name
                + ": read as its field");
        continue;
      }
      result.add(row);
      holder = !row.position.isBlank() && row.children.isEmpty() && isStructure(row) ? row : null;
    }
    return result;
  }

  /** Returns true for a row typed as an object: {@code Struct}, {@code Object}, {@code Map}. */
  private static boolean isStructure(TreeRow row) {
    String cell = CellText.stripBlanks(row.typeCell).toLowerCase(Locale.ROOT);
    return cell.equals("struct") || cell.equals("object") || cell.equals("map");
  }

  private List<Parameter> build(List<TreeRow> rows, ParameterLocation inherited) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (TreeRow row : rows) {
      int marker = repeatMarker(row.name);
      if (marker < 0) {
        groups.computeIfAbsent(row.name, k -> new Group()).explicit = row;
        continue;
      }
      String root = row.name.substring(0, marker - 1);
      int restStart = row.name.indexOf('.', marker);
      Group group = groups.computeIfAbsent(root, k -> new Group());
      if (group.first == null) {
        group.first = row;
      }
      if (restStart < 0) {
        group.elementRow = row;
      } else {
        group.members.add(row.renamed(row.name.substring(restStart + 1)));
      }
    }
    List<Parameter> result = new ArrayList<>(groups.size());
    for (Map.Entry<String, Group> entry : groups.entrySet()) {
      result.add(toParameter(entry.getKey(), entry.getValue(), inherited));
    }
    return result;
  }

  /** Returns the index of the first repeat segment ({@code N}, {@code n}, digits) or -1. */
  static int repeatMarker(String name) {
    int start = name.indexOf('.');
    while (start > 0) {
      int end = name.indexOf('.', start + 1);
      String segment = name.substring(start + 1, end < 0 ? name.length() : end);
      if (segment.equals("N") || segment.equals("n") || isDigits(segment)) {
        return start + 1;
      }
      start = end;
    }
    return -1;
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.length() < 4 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private Parameter toParameter(String name, Group group, ParameterLocation inherited) {
    if (group.first == null) {
      return single(group.explicit, inherited);
    }
    TreeRow head = group.explicit != null ? group.explicit : group.first;
    ParameterLocation in = location(head, inherited);
    boolean required = head.required;
    for (TreeRow member : group.members) {
      required |= member.required;
    }
    if (group.elementRow != null) {
      required |= group.elementRow.required;
    }
    List<Parameter> members = new ArrayList<>();
    if (group.explicit != null) {
      members.addAll(build(group.explicit.children, in));
    }
    members.addAll(build(group.members, in));
    TreeRow described = group.elementRow != null ? group.elementRow : head;
    TypeRef type;
    if (members.isEmpty()) {
      TypeRef element = type(described);
      if (element.kind() == TypeKind.LIST) {
        element = element.element();
      }
      type = TypeRef.listOf(element, element.pageName());
    } else {
      type = TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), head.typeCell.strip());
    }
    String description = described.description.isEmpty() ? head.description : described.description;
    return new Parameter(
        name,
        type,
        required,
        described.example,
        description,
        ValueSets.of(description),
        in,
        members,
        diagnostics.at(head.line));
  }

  private Parameter single(TreeRow row, ParameterLocation inherited) {
    ParameterLocation in = location(row, inherited);
    List<Parameter> members = build(row.children, in);
    TypeRef type = type(row);
    if (!members.isEmpty()) {
      type = TypeParser.withChildren(type);
    }
    return new Parameter(
        row.name,
        type,
        row.required,
        row.example,
        row.description,
        ValueSets.of(row.description),
        in,
        members,
        diagnostics.at(row.line));
  }

  private TypeRef type(TreeRow row) {
    TypeRef type = TypeParser.parse(row.typeCell, "parameter " + row.name, row.line, diagnostics);
    if (type == null) {
      if (!row.children.isEmpty()) {
        return TypeRef.of(TypeKind.OBJECT, "");
      }
      diagnostics.info(
          Diagnostics.TYPE_INFERRED,
          row.line,
          "parameter " + row.name + " has no type; read as String");
      return TypeRef.of(TypeKind.STRING, "");
    }
    return TypeParser.jsonIfDescribed(type, row.description);
  }

  private ParameterLocation location(TreeRow row, ParameterLocation inherited) {
    if (inherited != null) {
      return inherited;
    }
    String position = row.position.toLowerCase(Locale.ROOT);
    return switch (position) {
      case "" -> defaultLocation;
      case "path" -> ParameterLocation.PATH;
      case "query" -> ParameterLocation.QUERY;
      case "header" -> ParameterLocation.HEADER;
      case "body" -> ParameterLocation.BODY;
      case "formdata", "form" -> ParameterLocation.FORM;
      default -> {
        diagnostics.warning(
            Diagnostics.UNKNOWN_TYPE,
            row.line,
            "unknown position \"" + row.position + "\" for parameter " + row.name);
        yield defaultLocation;
      }
    };
  }

  /** Rows that fold into one parameter: an explicit row and/or repeated rows. */
  private static final class Group {
    TreeRow explicit;
    TreeRow first;
    TreeRow elementRow;
    final List<TreeRow> members = new ArrayList<>();
  }
}

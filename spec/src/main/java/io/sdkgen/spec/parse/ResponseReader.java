package io.sdkgen.spec.parse;

import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns response-table rows into the {@link ResponseField} tree: one {@code └} per level, {@code
 * Array of X} a list of X (of objects when X is a structure), a bare {@code Array} with children a
 * list of objects, an empty type cell an object when it has children (a list when the row names and
 * describes a collection) and otherwise a type inferred from the example. A documented number or
 * boolean that the page's own examples contradict is read as a String.
 */
final class ResponseReader {

  /**
   * The first value of a list written in an example cell: 80 in {@code "ListenerPort": [80, 443]}.
   */
  private static final Pattern FIRST_LISTED = Pattern.compile("\\[\\s*\"?([^\\s,\"\\\\\\]]+)");

  private final Diagnostics diagnostics;
  private final ExampleShape json;
  private final ExampleShape xml;
  private final Map<String, List<String>> xmlTexts;
  private ExampleNesting nesting;

  /**
   * Creates a reader; {@code example} is the shape of the page's JSON response example, which nests
   * what the table leaves flat (see {@link ExampleNesting}), or null.
   */
  ResponseReader(Diagnostics diagnostics, ExampleShape example) {
    this(diagnostics, example, null, Map.of());
  }

  /**
   * Creates a reader that nests by the JSON example's shape ({@code json}) or, where it names fewer
   * of the table's fields, the XML example's ({@code xml}); either may be null. Documented number
   * and boolean types are checked against the nesting example and {@code xmlTexts}, the leaf texts
   * of the page's XML example by element name.
   */
  ResponseReader(
      Diagnostics diagnostics,
      ExampleShape json,
      ExampleShape xml,
      Map<String, List<String>> xmlTexts) {
    this.diagnostics = diagnostics;
    this.json = json;
    this.xml = xml;
    this.xmlTexts = xmlTexts;
  }

  /** Returns the top-level fields of {@code rows}, each with its children. */
  List<ResponseField> read(List<TreeRow> rows) {
    nesting = nestingFor(rows);
    List<TreeRow> roots = TreeRow.nest(rows, diagnostics);
    return fields(nesting.apply(roots), null);
  }

  /**
   * The JSON example nests, unless the XML one names more of the table's fields: pages whose JSON
   * example spells names otherwise ({@code SecurityReferencingGroups} for the table's and the XML
   * example's {@code ReferencingSecurityGroups}) or show another operation's answer. Without
   * either, the table's own list and structure rows still nest a flat table.
   */
  private ExampleNesting nestingFor(List<TreeRow> rows) {
    if (xml != null) {
      List<String> names = rows.stream().map(r -> r.name).toList();
      int inJson = json == null ? 0 : json.countNamed(names);
      int inXml = xml.countNamed(names);
      if (inXml > inJson) {
        if (json != null) {
          diagnostics.info(
              Diagnostics.NESTED_BY_EXAMPLE,
              rows.isEmpty() ? -1 : rows.get(0).line,
              "the XML example names "
                  + inXml
                  + " of the response table's fields and the JSON one "
                  + inJson
                  + ": the fields are nested as the XML example nests them");
        }
        return new ExampleNesting(xml, "XML", diagnostics);
      }
    }
    return new ExampleNesting(json == null ? ExampleShape.NONE : json, "JSON", diagnostics);
  }

  private List<ResponseField> fields(List<TreeRow> rows, TreeRow parent) {
    List<ResponseField> result = new ArrayList<>(rows.size());
    Map<String, TreeRow> seen = new HashMap<>();
    for (TreeRow row : rows) {
      TreeRow first = seen.putIfAbsent(row.name, row);
      if (first != null) {
        diagnostics.warning(
            Diagnostics.DUPLICATE_FIELD,
            row.line,
            "field "
                + row.name
                + (parent == null ? " of the response" : " of " + parent.name)
                + " is listed again (first at line "
                + first.line
                + "); an answer holds one "
                + row.name
                + " there: the first row is read, this one left out");
        continue;
      }
      List<ResponseField> children = fields(row.children, row);
      result.add(
          new ResponseField(
              row.name,
              type(row, !children.isEmpty()),
              row.description,
              row.example,
              children,
              diagnostics.at(row.line)));
    }
    return result;
  }

  private TypeRef type(TreeRow row, boolean hasChildren) {
    TreeRow item = nesting.listItem(row);
    if (item != null) {
      TypeRef element =
          hasChildren ? TypeRef.of(TypeKind.OBJECT, item.name) : scalar(item, row.example);
      return TypeRef.listOf(element, row.typeCell);
    }
    if (!hasChildren && TypeParser.isUnknown(row.typeCell)) {
      TypeRef raw = rawFromExample(row);
      if (raw != null) {
        return raw;
      }
    }
    TypeRef type = TypeParser.parse(row.typeCell, "field " + row.name, row.line, diagnostics);
    if (type != null) {
      return hasChildren ? TypeParser.withChildren(type) : checkedAgainstExample(row, type);
    }
    if (hasChildren) {
      String collection = nesting.value(row) == null ? collectionItem(row) : null;
      if (collection != null) {
        diagnostics.info(
            Diagnostics.LIST_BY_NAME,
            row.line,
            "field "
                + row.name
                + " has no type and no example; its name and description make it a list of "
                + collection);
        return TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, collection), "");
      }
      return TypeRef.of(TypeKind.OBJECT, "");
    }
    TypeRef list = scalarList(row);
    if (list != null) {
      diagnostics.info(
          Diagnostics.TYPE_INFERRED,
          row.line,
          "field "
              + row.name
              + " has no type; its "
              + (nesting.value(row) != null ? nesting.exampleKind() + " example" : "description")
              + " makes it a list of "
              + list.element());
      return list;
    }
    if (!row.example.isEmpty()) {
      TypeRef inferred = TypeParser.fromExample(row.example);
      diagnostics.info(
          Diagnostics.TYPE_INFERRED,
          row.line,
          "field " + row.name + " has no type; " + inferred + " inferred from its example");
      return inferred;
    }
    diagnostics.warning(
        Diagnostics.TYPE_INFERRED,
        row.line,
        "field " + row.name + " has no type, children or example; read as String");
    return TypeRef.of(TypeKind.STRING, "");
  }

  /**
   * Returns the type of a field without a type or children that is a list of plain values, or null:
   * the example holds a list of them, empty or not, or its wrapper ({@code "ListenerPorts":
   * {"ListenerPort": []}}), or the description says so ({@code SubjectAlternativeNames}, "A list of
   * alternate domain names", "数组格式"). The elements' type comes from the example's first value or
   * the row's example cell ({@code "ListenerPort": [ 80, 443 ]}), else String.
   */
  private TypeRef scalarList(TreeRow row) {
    ExampleShape value = nesting.value(row);
    ExampleShape list = value == null ? null : value.asList();
    boolean plain = list != null && (list.holdsOnlyScalars() || list.isEmptyArray());
    String description = row.description.strip().toLowerCase(Locale.ROOT);
    boolean described =
        value == null
            && (description.startsWith("a list of")
                || description.startsWith("the list of")
                || description.startsWith("an array of")
                || description.contains("in array format")
                || description.contains("数组格式"));
    if (!plain && !described) {
      return null;
    }
    String sample = plain ? list.firstText() : null;
    if (sample == null) {
      Matcher m = FIRST_LISTED.matcher(row.example);
      sample = m.find() ? m.group(1) : null;
    }
    TypeRef element =
        sample == null ? TypeRef.of(TypeKind.STRING, "") : TypeParser.fromExample(sample);
    return TypeRef.listOf(element, "");
  }

  /**
   * Returns the type of a field without children whose type cell names no known type (older pages
   * link to a data-type page instead: {@code [KeyPairItemType](...)}) when its example shows a
   * structure: a list of objects (also written as its wrapper, {@code {"KeyPair": [...]}}) or an
   * object, whose fields the page does not list, read as raw nodes rather than a String that could
   * not hold them; null when the example shows no structure.
   */
  private TypeRef rawFromExample(TreeRow row) {
    ExampleShape value = nesting.value(row);
    if (value == null || !value.isStructure()) {
      return null;
    }
    ExampleShape list = value.asList();
    if (list != null && list.holdsOnlyScalars()) {
      return null; // A list of plain values the link names: the String reading stands.
    }
    String cell = CellText.plain(row.typeCell).strip();
    TypeRef type =
        list != null
            ? TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), cell)
            : TypeRef.of(TypeKind.OBJECT, cell);
    diagnostics.warning(
        Diagnostics.UNKNOWN_TYPE,
        row.line,
        "unknown type \""
            + cell
            + "\" for field "
            + row.name
            + "; its example holds "
            + (list != null ? "a list of objects" : "an object")
            + " whose fields the page does not list: read as raw "
            + (list != null ? "objects" : "object"));
    return type;
  }

  /**
   * Returns {@code type}, or String when the page's own JSON example gives the field a value that a
   * number or boolean of that type cannot hold ({@code "RuleId": "ONE_YEAR_85_PERCENT"} for a
   * {@code Long}): read as the type, such an answer would fail the whole call, while a String holds
   * any value. Pages disagree with themselves like this; the example is what a response looked
   * like.
   */
  private TypeRef checkedAgainstExample(TreeRow row, TypeRef type) {
    ExampleShape value = nesting.value(row);
    String text = value == null ? null : value.scalarText();
    String where = nesting.exampleKind();
    if (text == null) {
      // Not in the nesting example: any element of that name in the XML one.
      where = "XML";
      for (String candidate : xmlTexts.getOrDefault(row.name, List.of())) {
        if (!candidate.isBlank() && !TypeParser.holds(type.kind(), candidate)) {
          text = candidate;
          break;
        }
      }
    }
    if (text == null || text.isBlank() || TypeParser.holds(type.kind(), text)) {
      return type;
    }
    diagnostics.warning(
        Diagnostics.TYPE_FROM_EXAMPLE,
        row.line,
        "field "
            + row.name
            + " is documented as "
            + type
            + " but the "
            + where
            + " example holds \""
            + text
            + "\"; read as String");
    return TypeRef.of(TypeKind.STRING, "");
  }

  /**
   * Returns the item name of a structure row without a type that names and describes a collection
   * ({@code KeyPairs}, "A set of key pairs"; {@code Zones}, "可用区集合"), of a {@code Tags} row holding
   * tag fields, which the service always sends as a list, of a row named as the services name list
   * wrappers ({@code InstanceRamRoleSets}) with fields, or of a row whose fields are named after
   * its item ({@code Rules} holding {@code RuleId} and {@code RuleName}); null otherwise. Such rows
   * are list wrappers ({@code {"KeyPair": [...]}}) whose item row the table leaves out.
   */
  private static String collectionItem(TreeRow row) {
    String name = row.name;
    if (name.length() < 3 || !name.endsWith("s") || name.endsWith("ss")) {
      return null;
    }
    String description = row.description.toLowerCase(Locale.ROOT);
    boolean collection =
        description.startsWith("a set of")
            || description.startsWith("a list of")
            || description.startsWith("an array of")
            || description.startsWith("an array consisting of")
            || description.contains("集合")
            || description.contains("列表")
            || description.contains("数组");
    boolean tags =
        name.equals("Tags")
            && row.children.stream().anyMatch(c -> c.name.equals("TagKey") || c.name.equals("Key"));
    // The services' name for a list wrapper: InstanceRamRoleSets holds InstanceRamRoleSet items.
    boolean sets = name.endsWith("Sets") && !row.children.isEmpty();
    // Fields named after one of the items: Rules holding RuleId and RuleName.
    String item = ExampleNesting.singular(name);
    boolean itemFields = row.children.stream().filter(c -> c.name.startsWith(item)).count() >= 2;
    return collection || tags || sets || itemFields ? item : null;
  }

  /** The element type of a list of {@code item} values without fields. */
  private TypeRef scalar(TreeRow item, String example) {
    TypeRef type = TypeParser.parse(item.typeCell, "field " + item.name, item.line, diagnostics);
    if (type != null && !type.isList() && type.kind() != TypeKind.OBJECT) {
      return type;
    }
    return example.isEmpty() ? TypeRef.of(TypeKind.STRING, "") : TypeParser.fromExample(example);
  }
}

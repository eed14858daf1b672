package io.sdkgen.spec.parse;

import io.sdkgen.spec.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Nests response rows the way the page's response example nests their values, where the table does
 * not say it.
 *
 * <p>Two gaps in pages are filled. Many response tables have no {@code └} marks at all: the fields
 * of {@code Regions}, its {@code Region} items and their fields stand in one flat list. Read in
 * table order, each row goes under the innermost open row whose example value holds its name; a row
 * the example leaves out stays beside the row before it, or goes under it when that row opened a
 * structure (an empty or {@code Struct} type cell, {@code Array of X}). And a list is often written
 * as its wrapper ({@code {"Regions": {"Region": [...]}}}): a row whose value wraps one array (with
 * the item row {@code Region} in the table or not) becomes a list of that item, as the runtime
 * reads such wrappers; its children are the item's fields.
 *
 * <p>The same reading serves the pages' other slips: fields marked as one level under a list
 * whatever their depth, a list the example spells a little differently ({@link #alike}), and pages
 * without a readable example ({@link ExampleShape#NONE}), where only the table's own structure rows
 * nest it; the request ID and the paging fields stay at the top throughout. No structure holds two
 * fields of one name, so a row never goes where a row of its name already is: it goes to the next
 * structure out whose example holds the name, or, when none does, is read as a field the example
 * leaves out (DescribeDisks lists {@code AttachedTime} for the disk, then again for the items of
 * its {@code MountInstances}, which the example leaves empty). For the same reason a row whose name
 * the table lists again further down stays in the open structure the example leaves out instead of
 * going where the example has the name, which the later row takes (DescribePrice: the prices of
 * each {@code DetailInfos} item, then those of the order). A list row with neither an item nor an
 * example value, which the example leaves out, holds the fields after it that the example does not
 * place ({@code Rules}, then {@code RuleId}); {@link ResponseReader} reads a field still listed
 * twice in one structure once, with a warning.
 *
 * <p>The example is the JSON one, or the XML one where it names more of the table's fields ({@link
 * ResponseReader}); both read into an {@link ExampleShape}.
 */
final class ExampleNesting {

  /** Fields at the top of every answer that has them, never inside a list's items. */
  private static final Set<String> TOP_LEVEL_NAMES =
      Set.of("RequestId", "TotalCount", "PageNumber", "PageSize", "NextToken", "MaxResults");

  /** The fields of the items of lists that every service spells alike, in lower case. */
  private static final Map<String, Set<String>> ITEM_FIELDS =
      Map.of(
          "tags", Set.of("tagkey", "tagvalue", "key", "value"),
          "operationlocks", Set.of("lockreason", "lockmsg"));

  private final ExampleShape example;
  private final String exampleKind;
  private final Diagnostics diagnostics;
  private final Map<TreeRow, TreeRow> listItems = new IdentityHashMap<>();
  private final Map<TreeRow, ExampleShape> values = new IdentityHashMap<>();
  // Rows with fields that the example spells differently, with the example's value of each.
  private final Map<TreeRow, ExampleShape> aliases = new IdentityHashMap<>();

  /**
   * Nests by {@code example}, the shape of the page's {@code exampleKind} ({@code JSON} or {@code
   * XML}) example, or {@link ExampleShape#NONE}.
   */
  ExampleNesting(ExampleShape example, String exampleKind, Diagnostics diagnostics) {
    this.example = example;
    this.exampleKind = exampleKind;
    this.diagnostics = diagnostics;
  }

  /** Returns which example nests: {@code JSON} or {@code XML}. */
  String exampleKind() {
    return exampleKind;
  }

  /**
   * Returns the row of the item when {@code row} was found to be a list of it; null otherwise. The
   * item row keeps its name and type cell; its children are now {@code row}'s.
   */
  TreeRow listItem(TreeRow row) {
    return listItems.get(row);
  }

  /**
   * Returns the value the example gives {@code row} once nested (the first element's, under a
   * list), or null when the example has none.
   */
  ExampleShape value(TreeRow row) {
    return values.get(row);
  }

  /** Returns {@code roots} nested as the example shows. */
  List<TreeRow> apply(List<TreeRow> roots) {
    ExampleShape scope = rootScope(roots);
    List<TreeRow> result = roots;
    if (roots.size() > 1 && roots.stream().allMatch(r -> r.children.isEmpty())) {
      result = nestFlat(roots, scope);
      if (result.size() < roots.size()) {
        diagnostics.info(
            Diagnostics.NESTED_BY_EXAMPLE,
            roots.get(0).line,
            example == ExampleShape.NONE
                ? "the response table has no └ marks and the page no readable example: its"
                    + " fields are nested by the table's list and structure rows"
                : "the response table has no └ marks: its fields are nested as the "
                    + exampleKind
                    + " example nests them");
      }
    } else {
      nestFlatChildren(roots, scope);
    }
    unwrapLists(result, scope);
    return result;
  }

  /**
   * Nests the children of rows whose fields the table lists at one level, whatever their depth:
   * older pages mark every field of {@code AvailableZones} with a single {@code └}, those of its
   * {@code AvailableResources} and their {@code SupportedResources} alike. The example's value of
   * the row tells where each one goes.
   */
  private void nestFlatChildren(List<TreeRow> rows, ExampleShape scope) {
    Set<String> rowNames = new HashSet<>();
    rows.forEach(r -> rowNames.add(r.name));
    Set<ExampleShape> aliased = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TreeRow row : rows) {
      ExampleShape value = scope == null ? null : scope.member(row.name);
      if (value == null && !row.children.isEmpty()) {
        // The example spells the structure differently: AutoProvisioningGroupHistories in the
        // table, AutoProvisioningGroupHistorys in the example.
        value = alias(row, scope, null, rowNames, aliased);
        if (value != null) {
          aliases.put(row, value);
        }
      }
      ExampleShape inner = value == null ? null : value.tableScope();
      if (inner == null) {
        // No example for it: its own structure rows (Tags with an empty type, then TagKey and
        // TagValue) still take the rows after them, as in a flat table without an example.
        inner = value == null ? ExampleShape.NONE : null;
      }
      if (inner == null) {
        continue;
      }
      if (row.children.size() > 1 && row.children.stream().allMatch(c -> c.children.isEmpty())) {
        List<TreeRow> nested = nestFlat(new ArrayList<>(row.children), inner);
        if (nested.size() < row.children.size()) {
          row.children.clear();
          row.children.addAll(nested);
          diagnostics.info(
              Diagnostics.NESTED_BY_EXAMPLE,
              row.line,
              "the fields under "
                  + row.name
                  + " are all marked as one level: they are nested as "
                  + (inner == ExampleShape.NONE
                      ? "its structure rows say"
                      : "the " + exampleKind + " example nests them"));
        }
      } else {
        nestFlatChildren(row.children, inner);
      }
    }
  }

  /** The example's object, or the one object it wraps ({@code {"XResponse": {...}}}). */
  private ExampleShape rootScope(List<TreeRow> roots) {
    for (TreeRow row : roots) {
      if (example.has(row.name) && !TOP_LEVEL_NAMES.contains(row.name)) {
        return example;
      }
    }
    List<String> names = example.names();
    if (names.size() == 1 && example.member(names.get(0)).scope() != null) {
      return example.member(names.get(0)).scope();
    }
    // An example of the list operation beside it (DescribeVpnConnection's pages show an answer
    // of DescribeVpnConnections): the table's fields are those of the one list's items, and no
    // row of the table stands for that list.
    ExampleShape items = null;
    for (String name : names) {
      ExampleShape scope = example.member(name).tableScope();
      if (scope != null
          && roots.stream().filter(r -> scope.has(r.name)).count() >= 2
          && roots.stream().noneMatch(r -> opensStructure(r) && alike(r.name, name))) {
        if (items != null) {
          return example;
        }
        items = scope;
      }
    }
    return items == null ? example : ExampleShape.merged(items, example);
  }

  private List<TreeRow> nestFlat(List<TreeRow> rows, ExampleShape scope) {
    List<TreeRow> roots = new ArrayList<>();
    List<TreeRow> openRows = new ArrayList<>(); // openRows.get(i) holds scopes.get(i + 1)
    List<ExampleShape> openValues = new ArrayList<>(); // the example's value of each open row
    List<ExampleShape> scopes = new ArrayList<>(); // null: a structure the example leaves out
    scopes.add(scope);
    int previous = 0;
    boolean previousOpened = false;
    Map<String, Integer> lastRowNamed = new HashMap<>(); // the index of the last row of a name
    for (int r = 0; r < rows.size(); r++) {
      lastRowNamed.put(rows.get(r).name, r);
    }
    Set<String> rowNames = lastRowNamed.keySet();
    Set<ExampleShape> aliased = Collections.newSetFromMap(new IdentityHashMap<>());
    // Whether the page has a response example and the table example values: only then does a list
    // row the example leaves out, with no example value of its own, say it holds objects.
    boolean examplesGiven =
        example != ExampleShape.NONE && rows.stream().anyMatch(x -> !x.example.isBlank());
    // Whether the table lists each structure's fields in alphabetical order, as the rows the
    // example has at this level show: only then does a row's name tell where it cannot go.
    boolean sorted = listsInOrder(rows, scope);
    for (int r = 0; r < rows.size(); r++) {
      TreeRow row = rows.get(r);
      TreeRow next = r + 1 < rows.size() ? rows.get(r + 1) : null;
      if (isItemRowOfPlainArray(row, r > 0 ? rows.get(r - 1) : null, openRows, openValues)) {
        // Demands (Array), then its item row Demand, where the example shows the items in a
        // plain array ("Demands": [{...}]): the item row is no field of the items; the rows
        // after it are.
        listItems.put(rows.get(r - 1), row);
        continue;
      }
      ExampleShape alias = null;
      int level = -1;
      ExampleShape taken = null; // the example's value of a row of this name already placed
      for (int i = scopes.size() - 1; i >= 0 && level < 0; i--) {
        ExampleShape candidate = scopes.get(i);
        if (candidate == null || !candidate.has(row.name)) {
          continue;
        }
        ExampleShape member = candidate.member(row.name);
        if (member == taken) {
          // The same value seen through a list's wrapper, which holds its items' names too.
          continue;
        }
        if (holds(i == 0 ? roots : openRows.get(i - 1).children, row.name)) {
          // A row of this name is already there: DescribeSecurityGroupReferences lists the
          // SecurityGroupId of the referencing groups, then that of the referenced one, which
          // the example holds one level up.
          taken = member;
          continue;
        }
        if (!isScalar(row.typeCell) || !member.isStructure() || candidate.isPlainListWrapper()) {
          // A String row never matches a list or object of the same name (in OperationLocks, the
          // item LockReason holds a field LockReason), except as the item of a list of plain
          // values: ZoneId in Zones: {"ZoneId": ["cn-qingdao-b"]}.
          level = i;
        }
      }
      if (level >= 0 && level < scopes.size() - 1 && lastRowNamed.get(row.name) > r) {
        // The example has the name out there, but the table lists it again further down: this
        // row is a field of the structure the example leaves out, still open in here (Attachment
        // holds an InstanceId, then the interface's own; DescribePrice lists the prices of each
        // DetailInfos item, then those of the whole order).
        int inner = unexampledLevel(scopes, openRows, level);
        if (inner > level) {
          level = inner;
        }
      }
      if (level < 0 && TOP_LEVEL_NAMES.contains(row.name)) {
        // The request ID and the paging fields are at the top of every answer; a table that
        // lists them after a list does not put them in its items.
        level = 0;
      } else if (level < 0) {
        // Not in the example: tables list a structure's fields right after it, so the row goes
        // under the row before it when that one opened a structure, else beside it.
        level = previousOpened ? scopes.size() - 1 : Math.min(previous, scopes.size() - 1);
        if (level > 0
            && isBareList(row)
            && scopes.get(level) == null
            && isBareList(openRows.get(level - 1))) {
          // A list after the fields of a list the example leaves out, neither naming its items:
          // the table lists them one after the other (Rules, then DomainExtensions).
          level--;
        }
        while (level > 0
            && !previousOpened
            && ((sorted && sortsBefore(row, openRows.get(level - 1).children))
                || notAnItemField(row, openRows, level))) {
          // Tables that list each structure's fields in alphabetical order: a name that sorts
          // before the fields already in the open structure is not one of them (EventType holds
          // Code and Name; ImpactLevel after them is the event's). Nor is a name other than the
          // services' tag and lock fields one of a tag's or a lock's (Platform after the
          // OperationLocks of a reserved instance). A list whose item row is open holds no field
          // of its own: the row goes on up.
          level--;
          if (level > 0 && isItemOf(openRows.get(level), openRows.get(level - 1))) {
            level--;
          }
        }
        ExampleShape opener =
            level == 0 || level > openValues.size() ? null : openValues.get(level - 1);
        alias = alias(row, scopes.get(level), opener, rowNames, aliased);
      }
      while (scopes.size() > level + 1) {
        scopes.remove(scopes.size() - 1);
        openRows.remove(openRows.size() - 1);
        openValues.remove(openValues.size() - 1);
      }
      (level == 0 ? roots : openRows.get(level - 1).children).add(row);
      previous = level;
      if (level > 0 && scopes.get(level) != null && scopes.get(level).isPlainListWrapper()) {
        // The item row of a list of plain values (ZoneId in Zones) completes it: what follows
        // belongs beside the list, not in it.
        scopes.remove(level);
        openRows.remove(level - 1);
        openValues.remove(level - 1);
        previous = level - 1;
        previousOpened = false;
        continue;
      }
      ExampleShape value =
          alias != null
              ? alias
              : scopes.get(level) == null ? null : scopes.get(level).member(row.name);
      ExampleShape inner = value == null ? null : value.tableScope();
      // A structure with nothing in the example (left out, or an empty list) still opens.
      boolean structure =
          inner != null
              || ((value == null || value.isArray()) && opensStructure(row))
              || (value == null
                  && isBareList(row)
                  && next != null
                  && (isItemRow(next)
                      || (row.example.isBlank()
                          && examplesGiven
                          && isUnplacedField(next, scopes))));
      if (structure) {
        scopes.add(inner);
        openRows.add(row);
        openValues.add(value);
      }
      // Rows the example leaves out go under this one only when it can hold fields: a wrapper of
      // plain values (PublicIpAddress: {"IpAddress": [...]}) holds none, so the RdmaIpAddress row
      // after it is its sibling, not its field.
      previousOpened = structure && !(value != null && value.isPlainListWrapper());
    }
    return roots;
  }

  /**
   * Returns true when the structure open at {@code level} is the items of {@code Tags} or {@code
   * OperationLocks}, whose fields the services keep the same everywhere, and {@code row} is not one
   * of those fields.
   */
  private static boolean notAnItemField(TreeRow row, List<TreeRow> openRows, int level) {
    TreeRow container = openRows.get(level - 1);
    TreeRow list =
        level > 1 && isItemOf(container, openRows.get(level - 2))
            ? openRows.get(level - 2)
            : container;
    Set<String> fields = ITEM_FIELDS.get(list.name.toLowerCase(Locale.ROOT));
    return fields != null && !fields.contains(row.name.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns true when the rows of {@code rows} that {@code scope} names, two or more, come in
   * alphabetical order: DescribeDisks lists Disks, PageNumber, PageSize, RequestId, TotalCount;
   * SetBackendServers lists LoadBalancerId before BackendServers.
   */
  private static boolean listsInOrder(List<TreeRow> rows, ExampleShape scope) {
    if (scope == null) {
      return false;
    }
    String last = null;
    int count = 0;
    for (TreeRow row : rows) {
      if (scope.has(row.name) && !row.name.equals(last)) {
        if (last != null && last.compareTo(row.name) > 0) {
          return false;
        }
        last = row.name;
        count++;
      }
    }
    return count >= 2;
  }

  /**
   * Returns true when {@code fields}, two or more, are in alphabetical order and {@code row}'s name
   * sorts before the last of them. Pages sort by character code ({@code EnableAutoSnapshot} before
   * {@code EnableAutomatedSnapshotPolicy}, {@code IOPSWrite} before {@code ImageId}).
   */
  private static boolean sortsBefore(TreeRow row, List<TreeRow> fields) {
    if (fields.size() < 2) {
      return false;
    }
    for (int i = 1; i < fields.size(); i++) {
      if (fields.get(i - 1).name.compareTo(fields.get(i).name) > 0) {
        return false;
      }
    }
    return row.name.compareTo(fields.get(fields.size() - 1).name) < 0;
  }

  /**
   * Returns true when {@code row} is the item row of {@code list}, the row just before it and the
   * innermost open structure, and the example shows that list as a plain array whose items do not
   * name the item row (Demands: [{"DemandId": ...}]; Result: [] after Array of Result, Result).
   */
  private static boolean isItemRowOfPlainArray(
      TreeRow row, TreeRow list, List<TreeRow> openRows, List<ExampleShape> openValues) {
    if (list == null
        || openRows.isEmpty()
        || openRows.get(openRows.size() - 1) != list
        || !isItemOf(row, list)) {
      return false;
    }
    ExampleShape value = openValues.get(openValues.size() - 1);
    if (value == null || !value.isArray()) {
      return false;
    }
    ExampleShape items = value.scope();
    return items == null || !items.has(row.name);
  }

  /**
   * Returns the level of the open structure, deeper than {@code level}, that the example leaves out
   * and that a row found at {@code level} belongs to: the deepest one already holding a field the
   * example has at {@code level} (the item of DetailInfos holds DiscountPrice, so TradePrice goes
   * there, not into the Rule items of its SubRules), else the deepest one; -1 when none is open.
   */
  private static int unexampledLevel(List<ExampleShape> scopes, List<TreeRow> openRows, int level) {
    ExampleShape outer = scopes.get(level);
    int deepest = -1;
    for (int j = scopes.size() - 1; j > level; j--) {
      if ((scopes.get(j) != null && !scopes.get(j).isEmptyListWrapper())
          || (j >= 2 && itemShown(scopes.get(j - 1), openRows, j))) {
        // The example has it (not as a list it shows empty: ActivityDetails), or it is the item
        // row of a list whose items the example shows (dictList, then dictList): the item's fields
        // are the list's, already in the example.
        continue;
      }
      if (deepest < 0) {
        deepest = j;
      }
      for (TreeRow child : openRows.get(j - 1).children) {
        if (outer != null && outer.has(child.name)) {
          return j;
        }
      }
    }
    return deepest;
  }

  /**
   * Returns true for a scalar row that no open structure's example names and that is not one of the
   * fields every answer has at the top: after a list row with no example value of its own (a list
   * of plain values shows one: {@code ["ecs.g5.large"]}), a field of its items (Rules, then
   * RuleId).
   */
  private static boolean isUnplacedField(TreeRow row, List<ExampleShape> scopes) {
    if (!isScalar(row.typeCell) || TOP_LEVEL_NAMES.contains(row.name)) {
      return false;
    }
    for (ExampleShape scope : scopes) {
      if (scope != null && scope.has(row.name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(List<TreeRow> rows, String name) {
    for (TreeRow row : rows) {
      if (row.name.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the value a structure row the example does not name stands for, when the table and the
   * example spell a list differently ({@code MaintenanceAttributes} in the table, {@code
   * InstanceMaintenanceAttributes} in the example); null otherwise. A row typed as a structure
   * ({@code Array of X}, {@code Struct}) stands for the one structure in {@code scope} that no row
   * of the table names and whose name is {@link #alike} the row's, when there is exactly one. An
   * item row (empty type cell) stands for the list inside the wrapper its list row stands for
   * ({@code opener}: {@code {"InstanceMaintenanceAttribute": [...]}}), when no row names that list
   * and the names are alike.
   */
  private ExampleShape alias(
      TreeRow row,
      ExampleShape scope,
      ExampleShape opener,
      Set<String> rowNames,
      Set<ExampleShape> aliased) {
    if (scope == null || !opensStructure(row)) {
      return null;
    }
    String only = null;
    if (isItemRow(row) && opener != null) {
      if (!opener.isArray() && opener.names().size() == 1) {
        String wrapped = opener.names().get(0);
        if (opener.member(wrapped).isArray()
            && !rowNames.contains(wrapped)
            && alike(row.name, wrapped)) {
          only = wrapped;
          scope = opener;
        }
      }
    } else {
      for (String name : scope.names()) {
        ExampleShape member = scope.member(name);
        if (member.isStructure() && !rowNames.contains(name) && alike(row.name, name)) {
          if (only != null) {
            return null;
          }
          only = name;
        }
      }
    }
    if (only == null || aliased.contains(scope.member(only))) {
      return null;
    }
    aliased.add(scope.member(only));
    diagnostics.info(
        Diagnostics.NESTED_BY_EXAMPLE,
        row.line,
        "the example has no "
            + row.name
            + "; it is read as the example's "
            + only
            + ", which no row names");
    return scope.member(only);
  }

  /**
   * Returns true when two names plausibly spell the same field: equal but for case, one inside the
   * other ({@code MaintenanceAttributes}, {@code InstanceMaintenanceAttributes}) or at most two
   * letters apart ({@code DedicatedHostRenewAttributes}, {@code DedicatedHostIdRenewAttributes}).
   * {@code MountInstances} and {@code Disk} are not.
   */
  static boolean alike(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return x.contains(y) || y.contains(x) || EditDistance.of(x, y, 2) <= 2;
  }

  /**
   * Returns true when a row the example leaves out still reads as a structure: an empty type cell
   * (item rows such as {@code Tag}), {@code Struct} or a list of a named type ({@code Array of
   * Tag}).
   */
  private static boolean opensStructure(TreeRow row) {
    String cell = CellText.stripBlanks(row.typeCell);
    String item = itemName(cell);
    return cell.isEmpty()
        || TypeParser.plainKind(cell) == TypeKind.OBJECT
        || (item != null && !isScalar(item));
  }

  /** Returns true for a list row that does not name its item: {@code Array}, {@code List}. */
  private static boolean isBareList(TreeRow row) {
    return isArrayCell(CellText.stripBlanks(row.typeCell)) && itemName(row.typeCell) == null;
  }

  /**
   * Returns true when the row open at level {@code j} is the item row of the list open at {@code j
   * - 1} and {@code listScope}, the list's example, shows fields of its items.
   */
  private static boolean itemShown(ExampleShape listScope, List<TreeRow> openRows, int j) {
    TreeRow item = openRows.get(j - 1);
    if (listScope == null || !isItemOf(item, openRows.get(j - 2))) {
      return false;
    }
    return listScope.names().stream().anyMatch(n -> !n.equals(item.name));
  }

  /** Returns true when {@code row} is the item row of {@code list}: Tag in Array of Tag. */
  private static boolean isItemOf(TreeRow row, TreeRow list) {
    return isItemRow(row) && (row.name.equals(itemName(list.typeCell)) || isBareList(list));
  }

  /** Returns true for a row with an empty type cell: the item row of the list before it. */
  private static boolean isItemRow(TreeRow row) {
    return CellText.stripBlanks(row.typeCell).isEmpty();
  }

  /** Returns X of {@code Array of X}, or null. */
  private static String itemName(String typeCell) {
    String cell = CellText.stripBlanks(typeCell);
    return cell.toLowerCase(Locale.ROOT).startsWith("array of ") ? cell.substring(9).strip() : null;
  }

  /** Returns true when {@code typeCell} names a value without fields: String, Long ... */
  private static boolean isScalar(String typeCell) {
    TypeKind kind = TypeParser.plainKind(typeCell);
    return kind != null && kind != TypeKind.OBJECT;
  }

  private void unwrapLists(List<TreeRow> rows, ExampleShape scope) {
    for (TreeRow row : rows) {
      ExampleShape value = scope == null ? null : scope.member(row.name);
      if (value == null) {
        value = aliases.get(row);
      }
      if (value != null) {
        values.put(row, value);
      }
      ExampleShape inner = value == null ? null : value.scope();
      String item =
          value != null && !value.isArray() && inner != null ? wrappedListName(inner, row) : null;
      TreeRow only = row.children.size() == 1 ? row.children.get(0) : null;
      if (value == null
          && only != null
          && (only.name.equals(itemName(row.typeCell)) || (isBareList(row) && isItemRow(only)))
          && !only.children.isEmpty()) {
        // Tags (Array of Tag, or Array), then its item row Tag, with no example to go by.
        collapse(row, only);
      } else if (item != null) {
        ExampleShape itemValue = inner.member(item);
        if (only != null
            && only.name.equals(item)
            && (itemValue.isArray() || isArrayCell(row.typeCell))) {
          // Regions, then its item row Region: a list of Region's fields.
          collapse(row, only);
          inner = itemValue.scope();
        } else if (!row.children.isEmpty()
            && !anyNamed(row.children, inner)
            && (itemValue.scope() != null
                ? anyNamed(row.children, itemValue.scope())
                : itemValue.isEmptyArray())) {
          // Accounts, then AliyunId with the item Account left out of the table; or the fields
          // of items the example shows none of ({"ActivityDetail": []}). XML examples may repeat
          // the list's name for its items (<MasterSlaveBackendServers> in
          // <MasterSlaveBackendServers>): the item is then named in the singular.
          String itemName = item.equals(row.name) ? singular(item) : item;
          listItems.put(row, new TreeRow(itemName, 0, "", false, "", "", "", row.line));
          inner = itemValue.scope();
        }
      }
      unwrapLists(row.children, inner);
    }
  }

  /**
   * Returns the name of the list that {@code inner}, the example's value of {@code row}, wraps: its
   * one member ({@code {"Region": [...]}}), or, when the table names none of its members under the
   * row, its one list ({@code TagSets} holding {@code TagSet} beside paging fields that the table
   * lists at the top); null otherwise.
   */
  private static String wrappedListName(ExampleShape inner, TreeRow row) {
    List<String> names = inner.names();
    if (names.size() == 1) {
      return names.get(0);
    }
    if (row.children.isEmpty() || anyNamed(row.children, inner)) {
      return null;
    }
    String list = null;
    for (String name : names) {
      if (inner.member(name).isArray()) {
        if (list != null) {
          return null;
        }
        list = name;
      }
    }
    return list;
  }

  /**
   * Returns {@code name} in the singular when it reads as an English plural ({@code KeyPairs},
   * {@code Entries}), else {@code name} itself.
   */
  static String singular(String name) {
    if (name.length() < 3 || !name.endsWith("s") || name.endsWith("ss")) {
      return name;
    }
    return name.endsWith("ies")
        ? name.substring(0, name.length() - 3) + "y"
        : name.substring(0, name.length() - 1);
  }

  private void collapse(TreeRow row, TreeRow item) {
    listItems.put(row, item);
    row.children.clear();
    row.children.addAll(item.children);
  }

  private static boolean anyNamed(List<TreeRow> rows, ExampleShape scope) {
    for (TreeRow row : rows) {
      if (scope.has(row.name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArrayCell(String typeCell) {
    String lower = typeCell.toLowerCase(Locale.ROOT);
    return lower.startsWith("array") || lower.startsWith("list") || lower.contains("repeatlist");
  }
}

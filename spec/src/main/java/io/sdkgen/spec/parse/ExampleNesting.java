package io.sdkgen.spec.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nests response rows the way the page's response example nests their values, where the table does
 * not say it.
 *
 * <p>Two gaps in pages are filled. Many response tables have no {@code └} marks at all: the fields
 * of {@code Regions}, its {@code Region} items and their fields stand in one flat list. Read in
 * table order, each row goes under the innermost open row whose example value holds its name; a row
 * the example leaves out stays beside the row before it. And a list is often written as its wrapper
 * ({@code {"Regions": {"Region": [...]}}}): a row whose value wraps one array (with the item row
 * {@code Region} in the table or not) becomes a list of that item, as the runtime reads such
 * wrappers; its children are the item's fields.
 */
final class ExampleNesting {

  private final ExampleShape example;
  private final Diagnostics diagnostics;
  private final Map<TreeRow, TreeRow> listItems = new IdentityHashMap<>();

  ExampleNesting(ExampleShape example, Diagnostics diagnostics) {
    this.example = example;
    this.diagnostics = diagnostics;
  }

  /**
   * Returns the row of the item when {@code row} was found to be a list of it; null otherwise. The
   * item row keeps its name and type cell; its children are now {@code row}'s.
   */
  TreeRow listItem(TreeRow row) {
    return listItems.get(row);
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
            "the response table has no └ marks: its fields are nested as the JSON example nests"
                + " them");
      }
    }
    unwrapLists(result, scope);
    return result;
  }

  /** The example's object, or the one object it wraps ({"XResponse": {...}}). */
  private ExampleShape rootScope(List<TreeRow> roots) {
    for (TreeRow row : roots) {
      if (example.has(row.name)) {
        return example;
      }
    }
    List<String> names = example.names();
    if (names.size() == 1 && example.member(names.get(0)).scope() != null) {
      return example.member(names.get(0)).scope();
    }
    return example;
  }

  private List<TreeRow> nestFlat(List<TreeRow> rows, ExampleShape scope) {
    List<TreeRow> roots = new ArrayList<>();
    List<TreeRow> openRows = new ArrayList<>(); // openRows.get(i) holds scopes.get(i + 1)
    List<ExampleShape> scopes = new ArrayList<>();
    scopes.add(scope);
    int previous = 0;
    for (TreeRow row : rows) {
      int level = -1;
      for (int i = scopes.size() - 1; i >= 0 && level < 0; i--) {
        if (scopes.get(i) != null && scopes.get(i).has(row.name)) {
          level = i;
        }
      }
      if (level < 0) { // Not in the example: beside the row before it.
        level = Math.min(previous, scopes.size() - 1);
      }
      while (scopes.size() > level + 1) {
        scopes.remove(scopes.size() - 1);
        openRows.remove(openRows.size() - 1);
      }
      (level == 0 ? roots : openRows.get(level - 1).children).add(row);
      previous = level;
      ExampleShape value = scopes.get(level) == null ? null : scopes.get(level).member(row.name);
      ExampleShape inner = value == null ? null : value.scope();
      if (inner != null) {
        scopes.add(inner);
        openRows.add(row);
      }
    }
    return roots;
  }

  private void unwrapLists(List<TreeRow> rows, ExampleShape scope) {
    for (TreeRow row : rows) {
      ExampleShape value = scope == null ? null : scope.member(row.name);
      ExampleShape inner = value == null ? null : value.scope();
      if (value != null && !value.isArray() && inner != null && inner.names().size() == 1) {
        String item = inner.names().get(0);
        ExampleShape itemValue = inner.member(item);
        TreeRow only = row.children.size() == 1 ? row.children.get(0) : null;
        if (only != null
            && only.name.equals(item)
            && (itemValue.isArray() || isArrayCell(row.typeCell))) {
          // Regions, then its item row Region: a list of Region's fields.
          listItems.put(row, only);
          row.children.clear();
          row.children.addAll(only.children);
          inner = itemValue.scope();
        } else if (!row.children.isEmpty()
            && !anyNamed(row.children, inner)
            && itemValue.scope() != null
            && anyNamed(row.children, itemValue.scope())) {
          // Accounts, then AliyunId with the item Account left out of the table.
          listItems.put(row, new TreeRow(item, 0, "", false, "", "", "", row.line));
          inner = itemValue.scope();
        }
      }
      unwrapLists(row.children, inner);
    }
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
    String lower = typeCell.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("array") || lower.startsWith("list") || lower.contains("repeatlist");
  }
}

package io.sdkgen.spec.parse;

import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns response-table rows into the {@link ResponseField} tree: one {@code └} per level, {@code
 * Array of X} a list of X (of objects when X is a structure), a bare {@code Array} with children a
 * list of objects, an empty type cell an object when it has children and otherwise a type inferred
 * from the example.
 */
final class ResponseReader {

  private final Diagnostics diagnostics;

  ResponseReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Returns the top-level fields of {@code rows}, each with its children. */
  List<ResponseField> read(List<TreeRow> rows) {
    return fields(TreeRow.nest(rows, diagnostics));
  }

  private List<ResponseField> fields(List<TreeRow> rows) {
    List<ResponseField> result = new ArrayList<>(rows.size());
    for (TreeRow row : rows) {
      List<ResponseField> children = fields(row.children);
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
    TypeRef type = TypeParser.parse(row.typeCell, "field " + row.name, row.line, diagnostics);
    if (type != null) {
      return hasChildren ? TypeParser.withChildren(type) : type;
    }
    if (hasChildren) {
      return TypeRef.of(TypeKind.OBJECT, "");
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
}

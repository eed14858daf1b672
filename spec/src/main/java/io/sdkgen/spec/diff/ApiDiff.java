package io.sdkgen.spec.diff;

import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.ResponseField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two sets of products and lists the API changes between them, each marked breaking or
 * compatible for users of code generated from the old pages.
 *
 * <p>Rules: removing anything a caller can name (operation, parameter, response field, error code)
 * breaks; so does a new required parameter, an optional parameter made required, a changed type, a
 * value set that loses values or appears where values were free, or one that disappears (its
 * generated value type becomes a plain string). Additions of optional parameters, response fields,
 * error codes and values are compatible.
 */
public final class ApiDiff {

  private final List<ApiChange> changes = new ArrayList<>();

  private ApiDiff() {}

  /**
   * Returns the changes from {@code oldProducts} to {@code newProducts}. Products are matched by
   * name and version; a product whose name appears once on each side is matched across versions.
   * Changes come in product, operation and page order.
   */
  public static List<ApiChange> compare(List<Product> oldProducts, List<Product> newProducts) {
    ApiDiff diff = new ApiDiff();
    Map<String, Product> remaining = index(newProducts, ApiDiff::key);
    for (Product oldProduct : oldProducts) {
      Product newProduct = remaining.remove(key(oldProduct));
      if (newProduct == null) {
        newProduct = onlyOneNamed(oldProduct.name(), oldProducts, remaining);
        if (newProduct != null) {
          remaining.remove(key(newProduct));
        }
      }
      diff.compareProduct(oldProduct, newProduct);
    }
    for (Product added : remaining.values()) {
      diff.compareProduct(null, added);
    }
    return List.copyOf(diff.changes);
  }

  private static Product onlyOneNamed(
      String name, List<Product> oldProducts, Map<String, Product> remaining) {
    long oldCount = oldProducts.stream().filter(p -> p.name().equals(name)).count();
    List<Product> candidates =
        remaining.values().stream().filter(p -> p.name().equals(name)).toList();
    return oldCount == 1 && candidates.size() == 1 ? candidates.get(0) : null;
  }

  private static String key(Product product) {
    return product.name() + " " + product.version();
  }

  private void compareProduct(Product oldProduct, Product newProduct) {
    String label = key(newProduct != null ? newProduct : oldProduct);
    List<Operation> oldOps = oldProduct == null ? List.of() : oldProduct.operations();
    List<Operation> newOps = newProduct == null ? List.of() : newProduct.operations();
    Map<String, Operation> remaining = index(newOps, Operation::name);
    for (Operation oldOp : oldOps) {
      Operation newOp = remaining.remove(oldOp.name());
      if (newOp == null) {
        add(ChangeKind.OPERATION_REMOVED, true, label, oldOp.name(), "", "", oldOp.location());
      } else {
        compareOperation(label, oldOp, newOp);
      }
    }
    for (Operation added : remaining.values()) {
      add(ChangeKind.OPERATION_ADDED, false, label, added.name(), "", "", added.location());
    }
  }

  private void compareOperation(String product, Operation oldOp, Operation newOp) {
    compareParameters(product, newOp.name(), "", oldOp.parameters(), newOp.parameters());
    compareFields(product, newOp.name(), "", oldOp.response(), newOp.response());
    Map<String, ErrorCode> remaining = index(newOp.errors(), ErrorCode::code);
    for (ErrorCode oldCode : oldOp.errors()) {
      if (remaining.remove(oldCode.code()) == null) {
        add(
            ChangeKind.ERROR_CODE_REMOVED,
            true,
            product,
            newOp.name(),
            oldCode.code(),
            "",
            oldCode.location());
      }
    }
    for (ErrorCode added : remaining.values()) {
      add(
          ChangeKind.ERROR_CODE_ADDED,
          false,
          product,
          newOp.name(),
          added.code(),
          "",
          added.location());
    }
  }

  private void compareParameters(
      String product, String operation, String prefix, List<Parameter> olds, List<Parameter> news) {
    Map<String, Parameter> remaining = index(news, Parameter::name);
    for (Parameter oldParam : olds) {
      String subject = prefix + oldParam.name();
      Parameter newParam = remaining.remove(oldParam.name());
      if (newParam == null) {
        add(
            ChangeKind.PARAMETER_REMOVED,
            true,
            product,
            operation,
            subject,
            "",
            oldParam.location());
        continue;
      }
      if (oldParam.required() != newParam.required()) {
        boolean nowRequired = newParam.required();
        add(
            nowRequired ? ChangeKind.PARAMETER_MADE_REQUIRED : ChangeKind.PARAMETER_MADE_OPTIONAL,
            nowRequired,
            product,
            operation,
            subject,
            "",
            newParam.location());
      }
      if (!oldParam.type().toString().equals(newParam.type().toString())) {
        add(
            ChangeKind.PARAMETER_TYPE_CHANGED,
            true,
            product,
            operation,
            subject,
            oldParam.type() + " -> " + newParam.type(),
            newParam.location());
      }
      compareValueSets(product, operation, subject, oldParam, newParam);
      compareParameters(product, operation, subject + ".", oldParam.members(), newParam.members());
    }
    for (Parameter added : remaining.values()) {
      add(
          ChangeKind.PARAMETER_ADDED,
          added.required(),
          product,
          operation,
          prefix + added.name(),
          added.required() ? "required" : "optional",
          added.location());
    }
  }

  private void compareValueSets(
      String product, String operation, String subject, Parameter oldParam, Parameter newParam) {
    List<String> oldValues = oldParam.allowedValues();
    List<String> newValues = newParam.allowedValues();
    if (oldValues.equals(newValues) || Set.copyOf(oldValues).equals(Set.copyOf(newValues))) {
      return;
    }
    if (newValues.isEmpty()) {
      add(
          ChangeKind.VALUE_SET_WIDENED,
          true,
          product,
          operation,
          subject,
          "value set " + oldValues + " removed; any value accepted",
          newParam.location());
      return;
    }
    if (oldValues.isEmpty()) {
      add(
          ChangeKind.VALUE_SET_NARROWED,
          true,
          product,
          operation,
          subject,
          "now limited to " + newValues,
          newParam.location());
      return;
    }
    Set<String> lost = new LinkedHashSet<>(oldValues);
    lost.removeAll(newValues);
    Set<String> gained = new LinkedHashSet<>(newValues);
    gained.removeAll(oldValues);
    if (!lost.isEmpty()) {
      add(
          ChangeKind.VALUE_SET_NARROWED,
          true,
          product,
          operation,
          subject,
          "removed " + lost + (gained.isEmpty() ? "" : ", added " + gained),
          newParam.location());
    } else {
      add(
          ChangeKind.VALUE_SET_WIDENED,
          false,
          product,
          operation,
          subject,
          "added " + gained,
          newParam.location());
    }
  }

  private void compareFields(
      String product,
      String operation,
      String prefix,
      List<ResponseField> olds,
      List<ResponseField> news) {
    Map<String, ResponseField> remaining = index(news, ResponseField::name);
    for (ResponseField oldField : olds) {
      String subject = prefix + oldField.name();
      ResponseField newField = remaining.remove(oldField.name());
      if (newField == null) {
        add(
            ChangeKind.RESPONSE_FIELD_REMOVED,
            true,
            product,
            operation,
            subject,
            "",
            oldField.location());
        continue;
      }
      if (!oldField.type().toString().equals(newField.type().toString())) {
        add(
            ChangeKind.RESPONSE_FIELD_TYPE_CHANGED,
            true,
            product,
            operation,
            subject,
            oldField.type() + " -> " + newField.type(),
            newField.location());
      }
      compareFields(product, operation, subject + ".", oldField.children(), newField.children());
    }
    for (ResponseField added : remaining.values()) {
      add(
          ChangeKind.RESPONSE_FIELD_ADDED,
          false,
          product,
          operation,
          prefix + added.name(),
          "",
          added.location());
    }
  }

  private void add(
      ChangeKind kind,
      boolean breaking,
      String product,
      String operation,
      String subject,
      String detail,
      io.sdkgen.spec.Location location) {
    changes.add(new ApiChange(kind, breaking, product, operation, subject, detail, location));
  }

  /** Indexes by key in list order; a repeated key keeps its first element. */
  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> result = new LinkedHashMap<>();
    for (T item : items) {
      result.putIfAbsent(key.apply(item), item);
    }
    return result;
  }
}

package io.sdkgen.spec.diff;

import io.sdkgen.spec.Location;
import java.util.Objects;

/**
 * One difference between an old and a new set of pages.
 *
 * @param kind what changed
 * @param breaking whether code generated from the old pages can stop compiling or working
 * @param product the product and version, {@code Vpc 2016-04-28}
 * @param operation the operation concerned
 * @param subject the parameter, response field or error code concerned, dotted for nested ones
 *     ({@code Tag.Key}); empty for operation-level changes
 * @param detail what exactly changed, for people ({@code String -> Integer})
 * @param location where the change shows: the new page, or the old one for removals
 */
public record ApiChange(
    ChangeKind kind,
    boolean breaking,
    String product,
    String operation,
    String subject,
    String detail,
    Location location) {

  /** Creates a change; no component may be null. */
  public ApiChange {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(product, "product == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(detail, "detail == null");
    Objects.requireNonNull(location, "location == null");
  }

  /**
   * Returns one readable line: {@code BREAKING Vpc 2016-04-28 CreateVpnRouteEntry: parameter Weight
   * removed (CreateVpnRouteEntry.md:24)}.
   */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder();
    line.append(breaking ? "BREAKING   " : "compatible ").append(product).append(' ');
    line.append(operation).append(": ").append(describe());
    if (!detail.isEmpty()) {
      line.append(" (").append(detail).append(')');
    }
    return line.append(" [").append(location).append(']').toString();
  }

  private String describe() {
    return switch (kind) {
      case OPERATION_ADDED -> "operation added";
      case OPERATION_REMOVED -> "operation removed";
      case PARAMETER_ADDED -> "parameter " + subject + " added";
      case PARAMETER_REMOVED -> "parameter " + subject + " removed";
      case PARAMETER_MADE_REQUIRED -> "parameter " + subject + " is now required";
      case PARAMETER_MADE_OPTIONAL -> "parameter " + subject + " is now optional";
      case PARAMETER_TYPE_CHANGED -> "parameter " + subject + " changed type";
      case VALUE_SET_NARROWED -> "values of parameter " + subject + " narrowed";
      case VALUE_SET_WIDENED -> "values of parameter " + subject + " widened";
      case RESPONSE_FIELD_ADDED -> "response field " + subject + " added";
      case RESPONSE_FIELD_REMOVED -> "response field " + subject + " removed";
      case RESPONSE_FIELD_TYPE_CHANGED -> "response field " + subject + " changed type";
      case ERROR_CODE_ADDED -> "error code " + subject + " added";
      case ERROR_CODE_REMOVED -> "error code " + subject + " removed";
    };
  }
}

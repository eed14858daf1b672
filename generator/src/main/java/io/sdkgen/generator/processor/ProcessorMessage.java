package io.sdkgen.generator.processor;

import java.util.Locale;

/** Every message the processor prints, each with a stable id, in one place. */
enum ProcessorMessage {
  DOCS_NOT_FOUND(
      "docs folder %s not found (resolved against %s; pass -A"
          + SdkProcessor.PROJECT_ROOT
          + "=<project directory> to javac)"),
  BAD_PACKAGE("packageName \"%s\" is not a valid Java package name"),
  PAGE_PROBLEM("%s: %s [%s]"),
  NOTHING_GENERATED("no operations found in %s; nothing generated"),
  WRITE_FAILED("cannot write %s: %s"),
  UNEXPECTED("sdkgen failed unexpectedly, please report this:%n%s");

  private final String format;

  ProcessorMessage(String format) {
    this.format = format;
  }

  /** Returns the text with its id first: {@code [sdkgen.docsNotFound] docs folder ...}. */
  String format(Object... args) {
    return "[sdkgen." + id() + "] " + String.format(Locale.ROOT, format, args);
  }

  private String id() {
    StringBuilder id = new StringBuilder();
    boolean upper = false;
    for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        id.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return id.toString();
  }
}

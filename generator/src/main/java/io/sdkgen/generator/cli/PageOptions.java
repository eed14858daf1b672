package io.sdkgen.generator.cli;

import io.sdkgen.spec.parse.SpecReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command that reads pages shares: what to assume for pages that do not name
 * their product or version, and which locale wins when an operation has pages in several.
 */
final class PageOptions {

  @Option(
      names = "--product",
      defaultValue = "",
      paramLabel = "P",
      description = "Product code for pages that do not name one.")
  String product;

  @Option(
      names = "--version",
      defaultValue = "",
      paramLabel = "V",
      description = "API version for pages that do not name one.")
  String version;

  String locale = "en";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--locale",
      defaultValue = "en",
      paramLabel = "en|zh",
      description = "Preferred locale where an operation has pages in several (default: en).")
  void locale(String value) {
    if (!value.equals("en") && !value.equals("zh")) {
      throw new ParameterException(mixee.commandLine(), "--locale: must be en or zh: " + value);
    }
    locale = value;
  }

  /** Returns a page reader builder set up from these options. */
  SpecReader.Builder reader() {
    return SpecReader.builder().product(product).version(version).preferredLocale(locale);
  }
}

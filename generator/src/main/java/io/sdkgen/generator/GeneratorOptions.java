package io.sdkgen.generator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one generation run needs, filled by each front end (command line, annotation
 * processor, Maven goal) and handed to {@link SdkGenerator}.
 *
 * @param docs the folder holding the reference pages
 * @param packageName the Java package of the generated code; with pages of more than one product or
 *     version, each gets a subpackage such as {@code <packageName>.vpc.v20160428}
 * @param product the product code for pages that do not name one; empty for none
 * @param version the API version for pages that do not name one; empty for none
 * @param locale the preferred locale where an operation has pages in several ({@code en} or {@code
 *     zh})
 * @param generatorVersion the version written into {@code @Generated}
 */
public record GeneratorOptions(
    Path docs,
    String packageName,
    String product,
    String version,
    String locale,
    String generatorVersion) {

  /** Creates options; no component may be null. */
  public GeneratorOptions {
    Objects.requireNonNull(docs, "docs == null");
    Objects.requireNonNull(packageName, "packageName == null");
    Objects.requireNonNull(product, "product == null");
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(locale, "locale == null");
    Objects.requireNonNull(generatorVersion, "generatorVersion == null");
  }

  /** Returns a builder with the defaults: no product or version, locale {@code en}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    return new Builder()
        .docs(docs)
        .packageName(packageName)
        .product(product)
        .version(version)
        .locale(locale)
        .generatorVersion(generatorVersion);
  }

  /** Builds {@link GeneratorOptions}. */
  public static final class Builder {
    private Path docs;
    private String packageName;
    private String product = "";
    private String version = "";
    private String locale = "en";
    private String generatorVersion = SdkGenerator.VERSION;

    private Builder() {}

    /** Sets the folder holding the pages. */
    public Builder docs(Path docs) {
      this.docs = docs;
      return this;
    }

    /** Sets the Java package of the generated code. */
    public Builder packageName(String packageName) {
      this.packageName = packageName;
      return this;
    }

    /** Sets the product code for pages that do not name one. */
    public Builder product(String product) {
      this.product = product;
      return this;
    }

    /** Sets the API version for pages that do not name one. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Sets the preferred locale, {@code en} or {@code zh}. */
    public Builder locale(String locale) {
      this.locale = locale;
      return this;
    }

    /** Sets the version written into {@code @Generated}; tests pin it. */
    public Builder generatorVersion(String generatorVersion) {
      this.generatorVersion = generatorVersion;
      return this;
    }

    /** Returns the options; throws if the docs folder or the package is missing. */
    public GeneratorOptions build() {
      return new GeneratorOptions(docs, packageName, product, version, locale, generatorVersion);
    }
  }
}

package io.sdkgen.emulator;

import io.sdkgen.spec.Product;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.parse.SpecReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The products the spec reader makes of the two seed pages in {@code src/test/resources/seeds}. */
final class SeedPages {

  private SeedPages() {}

  static Path folder() {
    try {
      return Path.of(SeedPages.class.getResource("/seeds").toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static List<Product> products() {
    Spec spec = SpecReader.builder().preferredLocale("en").build().read(List.of(folder()));
    if (spec.hasErrors()) {
      throw new AssertionError("seed pages have errors: " + spec.pages());
    }
    return spec.products();
  }
}

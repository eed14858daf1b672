package io.sdkgen.emulator;

import io.sdkgen.spec.Product;
import java.util.List;

/** The products of the two seed pages in {@code src/test/resources/seeds}. */
final class SeedPages {

  private SeedPages() {}

  static List<Product> products() {
    return List.of(SeedProducts.vpc());
  }
}

package io.sdkgen.emulator;

import io.sdkgen.spec.Product;
import java.util.List;

/** Opens the package-private seed fixtures to tests in other packages. */
public final class SeedProductsAccess {

  private SeedProductsAccess() {}

  /** Returns the seed product. */
  public static List<Product> vpc() {
    return SeedPages.products();
  }
}

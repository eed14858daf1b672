package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdkGeneratorTest {

  /** The two seed pages, copied unchanged (renamed to *.md) into the test resources. */
  static final Path SEED_DOCS = Path.of("src/test/resources/docs/seeds");

  static final GeneratorOptions OPTIONS =
      GeneratorOptions.builder().docs(SEED_DOCS).packageName("com.example.vpc").build();

  /** Reads the seed pages with the real parser and generates them as one Vpc product. */
  static GenerationResult seeds() {
    return new SdkGenerator(OPTIONS).generate();
  }

  @Test
  void seedsMatchGoldenFiles() throws Exception {
    GenerationResult result = seeds();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.pages()).isEqualTo(2);
    assertThat(result.operations()).isEqualTo(2);
    Golden.assertMatches("seeds", result.files());
  }

  @Test
  void seedsCompileWithLintAndDoclint() {
    assertThat(Compilation.compile(seeds().files(), Compilation.STRICT)).isEmpty();
  }

  @Test
  void samePagesGiveIdenticalSources() {
    assertThat(Golden.render(seeds().files())).isEqualTo(Golden.render(seeds().files()));
  }

  @Test
  void seedsGiveOneClassPerKindAndOneExceptionPerDistinctCode() {
    List<String> names = seeds().files().stream().map(f -> f.typeSpec().name()).toList();
    assertThat(names)
        .containsExactlyInAnyOrder(
            "CreateVpnRouteEntryRequest",
            "CreateVpnRouteEntryResponse",
            "PublishVpnRouteEntryRequest",
            "PublishVpnRouteEntryResponse",
            "ForbbidenSubUserException",
            "ForbiddenException",
            "ForbiddenSubUserException",
            "InvalidVpnGatewayInstanceIdNotFoundException",
            "ResourceQuotaFullException",
            "VpnGatewayConfiguringException",
            "VpnGatewayFinancialLockedException",
            "VpcException",
            "VpcErrors",
            "VpcClient");
  }

  @Test
  void generatedFilesNameNoDateHostOrAbsolutePath() {
    for (JavaFile file : seeds().files()) {
      String source = file.toString();
      assertThat(source)
          .contains("@Generated(")
          .contains("sdkgen " + SdkGenerator.VERSION + "; source: ")
          .doesNotContain("date =")
          .doesNotContain(Path.of("").toAbsolutePath().toString());
    }
  }
}

package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdkGeneratorTest {

  static final GeneratorOptions OPTIONS =
      GeneratorOptions.builder()
          .docs(Path.of("docs"))
          .packageName("com.example.vpc")
          .generatorVersion("test")
          .build();

  static GenerationResult seeds() {
    return new SdkGenerator(OPTIONS).generate(Fixtures.seeds());
  }

  @Test
  void seedsMatchGoldenFiles() throws Exception {
    GenerationResult result = seeds();
    assertThat(result.diagnostics()).isEmpty();
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
          .contains("sdkgen test; source: ")
          .doesNotContain("date =")
          .doesNotContain(Path.of("").toAbsolutePath().toString());
    }
  }
}

package io.sdkgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of {@code src/it/api-diff}: the current PublishVpnRouteEntry page lost its
 * ClientToken parameter since {@code previous-docs}.
 */
class DiffGoalIT {

  private static final String REMOVED =
      "BREAKING   Vpc 2016-04-28 PublishVpnRouteEntry: parameter ClientToken removed"
          + " [PublishVpnRouteEntry.md:40]";

  @Test
  void removedParameterIsReportedAsBreaking() throws Exception {
    FixtureBuild build = FixtureBuild.copy("api-diff", "api-diff-report");

    FixtureBuild.Result result = build.run("sdkgen:diff").succeeded();

    assertThat(result.log())
        .contains("[WARNING] " + REMOVED)
        .contains("sdkgen: 1 change, 1 breaking from ");
    assertThat(build.file("target/api-changes.json"))
        .content()
        .contains("\"kind\" : \"PARAMETER_REMOVED\"")
        .contains("\"breaking\" : true")
        .contains("\"subject\" : \"ClientToken\"");
  }

  @Test
  void failOnBreakingFailsTheBuild() throws Exception {
    FixtureBuild build = FixtureBuild.copy("api-diff", "api-diff-fail");

    FixtureBuild.Result result = build.run("sdkgen:diff", "-Dsdkgen.failOnBreaking=true").failed();

    assertThat(result.log())
        .contains("[ERROR] " + REMOVED)
        .contains("sdkgen: 1 breaking API change(s) and failOnBreaking is set");
  }
}

package io.sdkgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directive that keeps C2 out of batch runs, checked in a JVM of its own (it would otherwise
 * slow down the rest of this test run): the JVM must report it afterwards, and the file it was read
 * from must be gone.
 */
class ShortRunJitTest {

  @TempDir Path temp;

  @Test
  void theDirectiveIsInPlaceAndItsFileIsGone() throws Exception {
    String output = probe();
    assertThat(output).startsWith("added=true\n");
    assertThat(output.substring(0, output.indexOf("Directive: (default)")))
        .contains("matching: *.*")
        .containsPattern("c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void fullJitLeavesTheCompilersAlone() throws Exception {
    String output = probe("-Dsdkgen.fullJit=true");
    assertThat(output).startsWith("added=false\n");
    assertThat(output).doesNotContain("Exclude:true");
  }

  @Test
  void onlyBatchCommandsAskForIt() {
    assertThat(ShortRunJit.wanted(new String[] {"generate", "--docs", "d"})).isTrue();
    assertThat(ShortRunJit.wanted(new String[] {"parse", "d"})).isTrue();
    assertThat(ShortRunJit.wanted(new String[] {"diff", "a", "b"})).isTrue();
    // A mock server runs for long: C2 pays off there. Help and version are over at once.
    assertThat(ShortRunJit.wanted(new String[] {"mock", "--docs", "d"})).isFalse();
    assertThat(ShortRunJit.wanted(new String[] {"--version"})).isFalse();
    assertThat(ShortRunJit.wanted(new String[0])).isFalse();
  }

  private String probe(String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + temp);
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Adds the directive, then prints whether it was added and the JVM's directive stack. */
  static final class Probe {
    public static void main(String[] args) throws Exception {
      System.out.println("added=" + ShortRunJit.apply());
      System.out.println(
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "compilerDirectivesPrint",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()}));
    }
  }
}

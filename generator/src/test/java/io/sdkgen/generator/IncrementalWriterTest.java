package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalWriterTest {

  private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
  private static final InputFingerprint FIRST = new InputFingerprint("aaaa", 2);
  private static final InputFingerprint SECOND = new InputFingerprint("bbbb", 2);

  @TempDir Path dir;
  private Path out;
  private IncrementalWriter writer;
  private List<JavaFile> seeds;

  @BeforeEach
  void setUp() {
    out = dir.resolve("generated");
    writer = new IncrementalWriter(out, dir.resolve("state/sdkgen.state"));
    seeds = SdkGeneratorTest.seeds().files();
  }

  @Test
  void firstRunWritesEveryFile() throws Exception {
    IncrementalWriter.Report report = writer.write(seeds, FIRST);

    assertThat(report).isEqualTo(new IncrementalWriter.Report(14, 0, 0));
    assertThat(out.resolve("com/example/vpc/VpcClient.java"))
        .hasContent(SourceFolders.text(client()));
    assertThat(javaFiles()).hasSize(14);
  }

  @Test
  void aRunWithoutFingerprintIsNeverUpToDateButStillDeletesWhatItWrote() throws Exception {
    writer.write(seeds, InputFingerprint.none(2));
    assertThat(writer.isUpToDate(InputFingerprint.none(2))).isFalse();

    IncrementalWriter.Report report = writer.write(seeds.subList(0, 13), InputFingerprint.none(2));

    assertThat(report).isEqualTo(new IncrementalWriter.Report(0, 13, 1));
    assertThat(javaFiles()).hasSize(13);
  }

  @Test
  void unchangedFilesKeepTheirTimestamps() throws Exception {
    writer.write(seeds, FIRST);
    for (Path file : javaFiles()) {
      Files.setLastModifiedTime(file, OLD);
    }

    IncrementalWriter.Report report = writer.write(seeds, SECOND);

    assertThat(report).isEqualTo(new IncrementalWriter.Report(0, 14, 0));
    for (Path file : javaFiles()) {
      assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(OLD);
    }
  }

  @Test
  void onlyFilesWhoseBytesChangedAreRewritten() throws Exception {
    writer.write(seeds, FIRST);
    for (Path file : javaFiles()) {
      Files.setLastModifiedTime(file, OLD);
    }
    Path client = out.resolve("com/example/vpc/VpcClient.java");
    Files.writeString(client, "// edited by hand\n");

    IncrementalWriter.Report report = writer.write(seeds, SECOND);

    assertThat(report).isEqualTo(new IncrementalWriter.Report(1, 13, 0));
    assertThat(client).hasContent(SourceFolders.text(client()));
    assertThat(Files.getLastModifiedTime(client)).isNotEqualTo(OLD);
    assertThat(Files.getLastModifiedTime(out.resolve("com/example/vpc/VpcErrors.java")))
        .isEqualTo(OLD);
  }

  @Test
  void outputsNoLongerGeneratedAreDeleted() throws Exception {
    writer.write(seeds, FIRST);
    List<JavaFile> withoutPublish = new ArrayList<>(seeds);
    withoutPublish.removeIf(f -> f.typeSpec().name().startsWith("PublishVpnRouteEntry"));

    IncrementalWriter.Report report = writer.write(withoutPublish, SECOND);

    assertThat(report).isEqualTo(new IncrementalWriter.Report(0, 12, 2));
    assertThat(out.resolve("com/example/vpc/PublishVpnRouteEntryRequest.java")).doesNotExist();
    assertThat(out.resolve("com/example/vpc/PublishVpnRouteEntryResponse.java")).doesNotExist();
    assertThat(javaFiles()).hasSize(12);
  }

  @Test
  void emptiedPackageFoldersAreRemovedButNotTheOutputDirectory() throws Exception {
    writer.write(seeds, FIRST);

    assertThat(writer.write(List.of(), SECOND).deleted()).isEqualTo(14);

    assertThat(out.resolve("com")).doesNotExist();
    assertThat(out).isDirectory();
  }

  @Test
  void filesSomeoneElsePutThereAreKept() throws Exception {
    Path own = out.resolve("com/example/vpc/Handwritten.java");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "class Handwritten {}\n");
    Path other = out.resolve("other/Other.java");
    Files.createDirectories(other.getParent());
    Files.writeString(other, "class Other {}\n");
    writer.write(seeds, FIRST);

    writer.write(List.of(), SECOND);

    assertThat(own).hasContent("class Handwritten {}");
    assertThat(other).hasContent("class Other {}");
  }

  @Test
  void upToDateOnlyForTheSameFingerprintWithEveryFileInPlace() throws Exception {
    assertThat(writer.isUpToDate(FIRST)).isFalse();
    writer.write(seeds, FIRST);

    assertThat(writer.isUpToDate(FIRST)).isTrue();
    assertThat(writer.isUpToDate(SECOND)).isFalse();

    Files.delete(out.resolve("com/example/vpc/VpcErrors.java"));
    assertThat(writer.isUpToDate(FIRST)).isFalse();
  }

  @Test
  void resultWithErrorsLeavesTheOutputAsItWas() throws Exception {
    writer.write(seeds, FIRST);
    for (Path file : javaFiles()) {
      Files.setLastModifiedTime(file, OLD);
    }
    Diagnostic error =
        new Diagnostic(Severity.ERROR, "X", Location.of("CreateVpnRouteEntry.md", 3), "broken");
    GenerationResult failed = new GenerationResult(List.of(), 2, 0, List.of(error));

    IncrementalWriter.Report report = writer.write(failed, SECOND);

    assertThat(report).isEqualTo(new IncrementalWriter.Report(0, 0, 0));
    assertThat(javaFiles()).hasSize(14);
    for (Path file : javaFiles()) {
      assertThat(Files.getLastModifiedTime(file)).isEqualTo(OLD);
    }
    assertThat(writer.isUpToDate(FIRST)).isTrue();
  }

  @Test
  void stateFileCannotPointOutsideTheOutputDirectory() throws Exception {
    Path victim = dir.resolve("Victim.java");
    Files.writeString(victim, "class Victim {}\n");
    Files.createDirectories(dir.resolve("state"));
    Files.writeString(dir.resolve("state/sdkgen.state"), "fingerprint aaaa\nfile ../Victim.java\n");

    writer.write(seeds, SECOND);

    assertThat(victim).exists();
  }

  @Test
  void defaultStateFileSitsNextToTheOutputDirectory() {
    assertThat(IncrementalWriter.defaultStateFile(out))
        .isEqualTo(dir.toAbsolutePath().resolve(".generated.sdkgen-state"));
  }

  private JavaFile client() {
    return seeds.stream().filter(f -> f.typeSpec().name().equals("VpcClient")).findFirst().get();
  }

  private List<Path> javaFiles() throws Exception {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}

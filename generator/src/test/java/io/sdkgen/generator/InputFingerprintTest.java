package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

  @TempDir Path dir;
  private Path docs;
  private GeneratorOptions options;

  @BeforeEach
  void setUp() throws Exception {
    docs = dir.resolve("docs");
    Files.createDirectories(docs.resolve("vpc"));
    Files.writeString(docs.resolve("A.md"), "# A\n");
    Files.writeString(docs.resolve("vpc/B.md"), "# B\n");
    options =
        GeneratorOptions.builder()
            .docs(docs)
            .packageName("com.example")
            .generatorVersion("1.0")
            .build();
  }

  @Test
  void samePagesAndOptionsGiveTheSameFingerprint() throws Exception {
    InputFingerprint first = InputFingerprint.of(options);

    assertThat(InputFingerprint.of(options)).isEqualTo(first);
    assertThat(first.pages()).isEqualTo(2);
    assertThat(first.value()).hasSize(64);
  }

  @Test
  void editedPageChangesTheFingerprint() throws Exception {
    InputFingerprint before = InputFingerprint.of(options);
    Files.writeString(docs.resolve("vpc/B.md"), "# B, edited\n");

    assertThat(InputFingerprint.of(options).value()).isNotEqualTo(before.value());
  }

  @Test
  void addedRemovedOrRenamedPageChangesTheFingerprint() throws Exception {
    InputFingerprint before = InputFingerprint.of(options);
    Files.move(docs.resolve("A.md"), docs.resolve("C.md"));
    InputFingerprint renamed = InputFingerprint.of(options);
    Files.delete(docs.resolve("C.md"));
    InputFingerprint removed = InputFingerprint.of(options);

    assertThat(renamed.value()).isNotEqualTo(before.value());
    assertThat(removed.value()).isNotEqualTo(renamed.value()).isNotEqualTo(before.value());
    assertThat(removed.pages()).isEqualTo(1);
  }

  @Test
  void generatorVersionAndEveryOptionCount() throws Exception {
    String base = InputFingerprint.of(options).value();

    assertThat(InputFingerprint.of(options.toBuilder().generatorVersion("1.1").build()).value())
        .isNotEqualTo(base);
    assertThat(InputFingerprint.of(options.toBuilder().packageName("com.other").build()).value())
        .isNotEqualTo(base);
    assertThat(InputFingerprint.of(options.toBuilder().product("Ecs").build()).value())
        .isNotEqualTo(base);
    assertThat(InputFingerprint.of(options.toBuilder().version("2014").build()).value())
        .isNotEqualTo(base);
    assertThat(InputFingerprint.of(options.toBuilder().locale("zh").build()).value())
        .isNotEqualTo(base);
  }

  @Test
  void filesThatAreNotPagesAndTheFolderLocationDoNotCount() throws Exception {
    String base = InputFingerprint.of(options).value();
    Files.writeString(docs.resolve("notes.txt"), "not a page");
    Path moved = Files.move(docs, dir.resolve("elsewhere"));

    assertThat(InputFingerprint.of(options.toBuilder().docs(moved).build()).value())
        .isEqualTo(base);
  }

  @Test
  void pageTimestampAloneDoesNotCount() throws Exception {
    String base = InputFingerprint.of(options).value();
    Files.setLastModifiedTime(
        docs.resolve("A.md"), java.nio.file.attribute.FileTime.fromMillis(1_000_000L));

    assertThat(InputFingerprint.of(options).value()).isEqualTo(base);
  }
}

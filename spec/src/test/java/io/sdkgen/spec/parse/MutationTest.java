package io.sdkgen.spec.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sdkgen.spec.PageResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates seed and corpus pages (truncation, deleted pipes, stray bytes, huge cells, empty and
 * binary files, unclosed fences) and checks that reading never throws. Seeded and bounded.
 */
class MutationTest {

  private static final SpecReader READER =
      SpecReader.builder().product("Vpc").version("2016-04-28").build();

  @Test
  void mutatedPagesComeBackAsDiagnostics() throws Exception {
    List<String> pages = samples();
    Random random = new Random(20240611L);
    int read = 0;
    for (String page : pages) {
      for (int round = 0; round < 6; round++) {
        String mutated = mutate(page, random);
        PageResult result = READER.readPage("Mutated.md", mutated);
        assertThat(result.diagnostics())
            .noneMatch(d -> d.code().equals(Diagnostics.INTERNAL_ERROR));
        read++;
      }
    }
    assertThat(read).isGreaterThanOrEqualTo(pages.size() * 6);
  }

  @Test
  void emptyBinaryAndHugePagesAreReported() {
    assertThat(READER.readPage("Empty.md", "").diagnostics())
        .extracting(d -> d.severity() + " " + d.code())
        .containsExactly("WARNING EMPTY_PAGE");
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    PageResult binary = READER.readPage("Junk.md", new String(junk, StandardCharsets.UTF_8));
    assertThat(binary.operation()).isNull();
    assertThat(binary.diagnostics())
        .extracting(d -> d.severity() + " " + d.code())
        .containsExactly("ERROR NOT_TEXT");
    String seed = Pages.resource("/seeds/000_1d9347b729aee1b3.txt");
    String huge = seed.replace("目的路由的下一跳。", "x".repeat(1 << 20));
    assertThat(READER.readPage("Huge.md", huge).operation().parameters()).hasSize(9);
    PageResult nul = READER.readPage("Nul.md", seed.replace("覆盖模式。", "覆盖\u0000模式。"));
    assertThat(nul.operation().parameters()).hasSize(9);
    assertThat(nul.diagnostics()).extracting(d -> d.code()).contains("BAD_CHARACTERS");
  }

  private static List<String> samples() throws Exception {
    List<String> pages = new ArrayList<>();
    pages.add(Pages.resource("/seeds/000_1d9347b729aee1b3.txt"));
    pages.add(Pages.resource("/seeds/002_7748b1d47d30a9a5.txt"));
    String shared = System.getProperty("sdkgen.shared");
    if (shared != null && Files.isDirectory(Path.of(shared, "corpus"))) {
      try (Stream<Path> files = Files.walk(Path.of(shared, "corpus"))) {
        List<Path> all = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        for (int i = 0; i < all.size(); i += 97) {
          pages.add(Files.readString(all.get(i)));
        }
      }
    }
    return pages;
  }

  private static String mutate(String page, Random random) {
    int at = page.isEmpty() ? 0 : random.nextInt(page.length());
    return switch (random.nextInt(8)) {
      case 0 -> page.substring(0, at);
      case 1 -> page.replace("|", random.nextBoolean() ? "" : " ");
      case 2 -> page.substring(0, at) + "\u0000\u0001\uFFFD\u001b" + page.substring(at);
      case 3 -> page.substring(0, at) + "y".repeat(1 << 20) + page.substring(at);
      case 4 -> page.substring(0, at) + "\n```\n" + page.substring(at);
      case 5 -> page.substring(0, at) + "\n" + "└".repeat(5000) + "|x|\n|" + page.substring(at);
      case 6 -> page.replace("\n", random.nextBoolean() ? "\r\n" : "\n\n");
      default -> page.substring(at) + page.substring(0, at);
    };
  }
}

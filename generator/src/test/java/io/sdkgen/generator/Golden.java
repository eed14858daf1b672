package io.sdkgen.generator;

import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares generated sources with the golden files under {@code src/test/resources/golden}, byte
 * for byte. Run with {@code -Dsdkgen.updateGolden=true} to rewrite them, then read the diff.
 */
final class Golden {

  static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Returns the sources keyed by their path relative to the output root. */
  static Map<String, String> render(List<JavaFile> files) {
    Map<String, String> result = new TreeMap<>();
    for (JavaFile file : files) {
      String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
      result.put(path, SourceFolders.text(file));
    }
    return result;
  }

  /** Asserts that {@code files} equal the golden set {@code name}, or rewrites it. */
  static void assertMatches(String name, List<JavaFile> files) throws IOException {
    Path dir = ROOT.resolve(name);
    Map<String, String> actual = render(files);
    if (Boolean.getBoolean("sdkgen.updateGolden")) {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path target = dir.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    Map<String, String> expected = new TreeMap<>();
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          expected.put(
              dir.relativize(p).toString().replace('\\', '/'),
              Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    StringBuilder problems = new StringBuilder();
    for (String path : expected.keySet()) {
      if (!actual.containsKey(path)) {
        problems.append("missing: ").append(path).append('\n');
      }
    }
    for (Map.Entry<String, String> e : actual.entrySet()) {
      String want = expected.get(e.getKey());
      if (want == null) {
        problems.append("unexpected: ").append(e.getKey()).append('\n');
      } else if (!want.equals(e.getValue())) {
        problems.append(diff(e.getKey(), want, e.getValue()));
      }
    }
    if (problems.length() > 0) {
      fail(
          "generated sources differ from golden/"
              + name
              + " (rerun with -Dsdkgen.updateGolden=true to accept):\n"
              + problems);
    }
  }

  /** Returns the first differing lines with a little context, as a reader wants to see them. */
  static String diff(String path, String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    int line = 0;
    while (line < want.length && line < got.length && want[line].equals(got[line])) {
      line++;
    }
    StringBuilder out = new StringBuilder("--- golden/").append(path).append('\n');
    out.append("+++ generated/").append(path).append('\n');
    out.append("@@ line ").append(line + 1).append(" @@\n");
    for (int i = Math.max(0, line - 2); i < line; i++) {
      out.append("  ").append(want[i]).append('\n');
    }
    for (int i = line; i < Math.min(want.length, line + 5); i++) {
      out.append("- ").append(want[i]).append('\n');
    }
    for (int i = line; i < Math.min(got.length, line + 5); i++) {
      out.append("+ ").append(got[i]).append('\n');
    }
    return out.toString();
  }
}

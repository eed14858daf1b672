package io.sdkgen.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times whole generation runs in one JVM (read pages, generate, write files) and prints each run
 * and the best warm one. Used for {@code docs/benchmarks.md}:
 *
 * <pre>
 * java -cp generator/target/sdkgen.jar:generator/target/test-classes \
 *     io.sdkgen.generator.GenerationTiming ../shared/corpus/ecs Ecs 2014-05-26 20
 * </pre>
 */
public final class GenerationTiming {

  private GenerationTiming() {}

  /** Arguments: docs folder, product, version, number of runs. */
  public static void main(String[] args) throws IOException {
    Path docs = Path.of(args[0]);
    int runs = Integer.parseInt(args[3]);
    GeneratorOptions options =
        GeneratorOptions.builder()
            .docs(docs)
            .packageName("com.example.timing")
            .product(args[1])
            .version(args[2])
            .build();
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      Path out = Files.createTempDirectory("sdkgen-timing");
      long start = System.nanoTime();
      GenerationResult result = new SdkGenerator(options).generate();
      result.writeTo(SourceWriter.directory(out));
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          Locale.ROOT, "run %d: %d ms (%d classes)%n", i + 1, millis[i], result.classes());
    }
    long[] warm = Arrays.copyOfRange(millis, Math.min(runs - 1, runs / 2), runs);
    Arrays.sort(warm);
    System.out.printf(
        Locale.ROOT, "warm: best %d ms, median %d ms%n", warm[0], warm[warm.length / 2]);
  }
}

package io.sdkgen.bench;

import io.sdkgen.spec.Spec;
import io.sdkgen.spec.parse.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads the whole page corpus (four products, three locales, about 2,000 pages) into a spec, warm.
 * The goal is under 2 s a run on the 2-core reference machine.
 *
 * <p>The corpus folder comes from the system property {@code sdkgen.corpus} (default {@code
 * ../shared/corpus}, relative to the working directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class ParseBenchmark {

  private List<Path> products;
  private SpecReader reader;

  /** Finds the corpus and checks it is there. */
  @Setup
  public void setUp() throws Exception {
    Path corpus = Path.of(System.getProperty("sdkgen.corpus", "../shared/corpus"));
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException(
          "no corpus at " + corpus.toAbsolutePath() + "; pass -Dsdkgen.corpus=DIR");
    }
    try (var entries = Files.list(corpus)) {
      products = entries.filter(Files::isDirectory).sorted().toList();
    }
    reader = SpecReader.builder().build();
  }

  /** Parses every page of the corpus. */
  @Benchmark
  public Spec parseWholeCorpus() {
    return reader.read(products);
  }
}

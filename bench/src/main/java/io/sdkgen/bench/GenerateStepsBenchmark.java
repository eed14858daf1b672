package io.sdkgen.bench;

import io.sdkgen.generator.GenerationResult;
import io.sdkgen.generator.SdkGenerator;
import io.sdkgen.spec.util.ParallelMap;
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
 * The two steps of {@link GenerateBenchmark} apart, on the same ECS folder, nothing written: {@link
 * #readAndBuild} reads the pages and builds JavaPoet's model of every class; {@link #render} turns
 * an already built model into source text with JavaPoet, as writing does (both cores, one file at a
 * time). Together they tell how much of a generation run is JavaPoet's own rendering, which sdkgen
 * does not control.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class GenerateStepsBenchmark {

  private SdkGenerator generator;
  private GenerationResult built;

  /** Points the generator at the ECS pages and builds the model {@link #render} renders. */
  @Setup
  public void setUp() {
    generator = GenerateBenchmark.ecsGenerator();
    built = readAndBuild();
  }

  /** Reads the pages and builds every class's JavaPoet model; renders nothing. */
  @Benchmark
  public GenerationResult readAndBuild() {
    GenerationResult result = generator.generate();
    if (result.hasErrors()) {
      throw new IllegalStateException("ECS pages have errors: " + result.diagnostics());
    }
    return result;
  }

  /**
   * Renders every built class to source text ({@code JavaFile.toString()}, as writing does before
   * it encodes); returns the number of characters.
   */
  @Benchmark
  public long render() {
    long chars = 0;
    for (int length : ParallelMap.map(built.files(), file -> file.toString().length())) {
      chars += length;
    }
    return chars;
  }
}

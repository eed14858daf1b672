#!/usr/bin/env bash
# Reruns every benchmark behind docs/benchmarks.md and records the machine and its load beside
# each run. Results go to bench/target/results/ (JMH text and JSON per run, machine.txt, load.txt).
#
# Usage: bench/run-benchmarks.sh [--no-build]
# Best on a quiet machine: the figures in docs/benchmarks.md say what the load was when taken.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/target/results"
jar="$root/bench/target/benchmarks.jar"

if [ "${1:-}" != "--no-build" ]; then
  (cd "$root" && mvn -B -q -pl bench -am package -DskipTests)
fi
mkdir -p "$out"

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory:"; free -h
  echo "java:"; java -version 2>&1
  echo "commit: $(cd "$root" && git rev-parse --short HEAD)"
} > "$out/machine.txt"
: > "$out/load.txt"

run() { # name, then JMH arguments
  local name="$1"
  shift
  echo "== $name" | tee -a "$out/load.txt"
  echo "before: $(uptime)" | tee -a "$out/load.txt"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" | tee "$out/$name.txt" \
    | grep -E '^(Benchmark|[A-Za-z].*(avgt|thrpt|ss) )|answered'
  echo "after:  $(uptime)" | tee -a "$out/load.txt"
}

# Build and sign one request, with bytes allocated per op.
run sign 'SignBenchmark' -prof gc
# A whole call minus the HTTP exchange: the runtime's own CPU and allocation per call.
run pipeline 'PipelineBenchmark' -prof gc
# Build, sign, send and parse on loopback: 1 and 16 threads, then sdkgen and bare side by side.
run roundtrip-1 'RoundTripBenchmark.OneThread'
run roundtrip-16 'RoundTripBenchmark.SixteenThreads'
run roundtrip-paired 'RoundTripPairedBenchmark'
# One caller again, the clients taking turns in one JVM (a plain program, not JMH).
echo "== roundtrip-rounds" | tee -a "$out/load.txt"
echo "before: $(uptime)" | tee -a "$out/load.txt"
java -Xmx1g -cp "$jar" io.sdkgen.bench.OneCallerRounds | tee "$out/roundtrip-rounds.txt" \
  | grep -E 'median'
echo "after:  $(uptime)" | tee -a "$out/load.txt"
# Sixteen callers from a fresh JVM, every 5 s: how long each client takes to reach its speed, and
# the JIT compiler's time meanwhile; the core client once more after a minute at one caller.
curve() { # name, then WarmupCurve arguments
  local name="$1"
  shift
  echo "== $name" | tee -a "$out/load.txt"
  echo "before: $(uptime)" | tee -a "$out/load.txt"
  java -Xmx1g -cp "$jar" io.sdkgen.bench.WarmupCurve "$@" 2>/dev/null | tee "$out/$name.txt" \
    | tail -n 3
  echo "after:  $(uptime)" | tee -a "$out/load.txt"
}
curve warmup-core core 16 90
curve warmup-core-after-one-caller core 16 60 1 40
curve warmup-sdkgen sdkgenV1 16 90
curve warmup-bare bare 16 90
# Read the whole page corpus: ParseBenchmark's default is ../shared/corpus from the working
# directory, which from the repository root is the shared corpus.
(cd "$root" && run parse 'ParseBenchmark' -wi 3 -i 5 -f 1)
(cd "$root" && run generate 'GenerateBenchmark')
# Its two steps apart, nothing written: reading and building the model, and JavaPoet's rendering.
(cd "$root" && run generate-steps 'GenerateStepsBenchmark')
# The same with the output in memory: on a VM whose disk slows down under load, this separates
# the generator's own time from the disk's.
memory=/dev/shm
if [ -d "$memory" ] && [ -w "$memory" ]; then
  (cd "$root" && run generate-memory 'GenerateBenchmark' -jvmArgsAppend "-Djava.io.tmpdir=$memory")
fi

# Generating ECS cold, JVM start included: the whole command, five times, writing to the disk
# and (where there is one) to memory; once as `java -jar`, once through the launcher script
# generator/target/sdkgen, with a class-data archive its first (untimed) run writes.
cold() { # name, output folder, the command up to its arguments
  name=$1
  folder=$2
  shift 2
  echo "== $name"
  echo "before: $(uptime)"
  for i in 0 1 2 3 4 5; do
    rm -rf "$folder"
    /usr/bin/time -f "run $i: %e s wall, %U s user, %M KB max RSS" \
      "$@" generate --docs "$root/../shared/corpus/ecs" \
      --package com.example.ecs --out "$folder" --product Ecs --version 2014-05-26 \
      2>&1 >/dev/null | grep '^run' | sed 's/^run 0:/run 0 (not counted):/'
  done
  echo "after:  $(uptime)"
  rm -rf "$folder"
}
export SDKGEN_CACHE="$out/sdkgen-cache"
jar="$root/generator/target/sdkgen.jar"
launcher="$root/generator/target/sdkgen"
cold generate-cold "$out/ecs-cold" java -jar "$jar" | tee "$out/generate-cold.txt"
cold generate-cold-launcher "$out/ecs-cold" "$launcher" | tee "$out/generate-cold-launcher.txt"
if [ -d "$memory" ] && [ -w "$memory" ]; then
  cold generate-cold-memory "$memory/sdkgen-ecs-cold" java -jar "$jar" \
    | tee "$out/generate-cold-memory.txt"
  cold generate-cold-launcher-memory "$memory/sdkgen-ecs-cold" "$launcher" \
    | tee "$out/generate-cold-launcher-memory.txt"
fi
rm -rf "$SDKGEN_CACHE"
# The runtime's own classpath against the official clients'.
"$root/bench/classpath-footprint.sh" | tee "$out/classpath.txt" | grep -E '^[a-z].*jars'
echo "results in $out"

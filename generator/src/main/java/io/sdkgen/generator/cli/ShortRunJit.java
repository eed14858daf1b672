package io.sdkgen.generator.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimizing compiler (C2) out of a short batch run of the command line.
 *
 * <p>A run of {@code parse}, {@code generate} or {@code diff} lasts a few seconds, and on a small
 * machine C2 spends more CPU compiling than its code saves in that time: generating ECS (1,027
 * pages) on two cores, C2 took ~3 s of compiler-thread CPU in a 2.9 s run, and the run took 2.0 to
 * 2.2 s without it; VPC and the whole corpus were 15 to 30% faster too (docs/benchmarks.md). The
 * JIT's mode is set by JVM flags, which {@code java -jar} cannot carry, so the command adds a
 * compiler directive (JEP 165: {@code [{match: "*.*", c2: {Exclude: true}}]}, C1 still compiles
 * everything) through the {@code DiagnosticCommand} MBean, the one way a running HotSpot JVM takes
 * one. The JVM reads the directive from a file, written to the temporary folder and deleted at
 * once.
 *
 * <p>It is a speed-up only: on a JVM without the MBean, or when anything about it fails, the JIT is
 * left as it was and nothing is reported. {@code -Dsdkgen.fullJit=true} leaves C2 on, for runs long
 * enough to repay it. {@code mock} (a server) never turns it off.
 */
final class ShortRunJit {

  /** Subcommands that run once and exit. */
  private static final Set<String> BATCH_COMMANDS = Set.of("parse", "generate", "diff");

  /** Leaves C2 on when set to {@code true}. */
  private static final String FULL_JIT_PROPERTY = "sdkgen.fullJit";

  /** Every method: no C2; C1 as usual. */
  private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private ShortRunJit() {}

  /**
   * Adds the directive on a background thread when {@code args} start with a batch subcommand, so
   * that starting the platform MBean server (~0.1 s) overlaps reading the command line.
   */
  static void startFor(String[] args) {
    if (!wanted(args)) {
      return;
    }
    Thread thread = new Thread(ShortRunJit::apply, "sdkgen-jit");
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns true when {@code args} run a batch subcommand (not {@code mock}, help or version). */
  static boolean wanted(String[] args) {
    return args.length > 0 && BATCH_COMMANDS.contains(args[0]);
  }

  /** Adds the directive unless told not to; returns whether it was added. */
  static boolean apply() {
    if (Boolean.getBoolean(FULL_JIT_PROPERTY)) {
      return false;
    }
    Path file = null;
    try {
      file = Files.createTempFile("sdkgen-jit-", ".json");
      Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      Object result =
          server.invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"),
              "compilerDirectivesAdd",
              new Object[] {new String[] {file.toString()}},
              new String[] {String[].class.getName()});
      return String.valueOf(result).startsWith("1 compiler directives added");
    } catch (Exception | LinkageError e) {
      // No MBean (not HotSpot), no temporary folder, a JVM that refuses: keep the default JIT.
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (Exception e) {
          // A leftover 40-byte file in the temporary folder is harmless.
        }
      }
    }
  }
}

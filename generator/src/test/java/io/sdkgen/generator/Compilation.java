package io.sdkgen.generator;

import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process against the runtime, with lint and doclint on. */
final class Compilation {

  /** The options the generated code must pass: every lint as an error, and doclint. */
  static final List<String> STRICT =
      List.of("-Xlint:all", "-Werror", "-Xdoclint:html,syntax,reference", "-proc:none");

  private Compilation() {}

  /** Returns javac's diagnostics for {@code files}; empty means they compiled cleanly. */
  static List<String> compile(List<JavaFile> files, List<String> options) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : files) {
      sources.add(file.toJavaFileObject());
    }
    return compileObjects(sources, options, runtime());
  }

  /** Compiles {@code sources} into {@code out}; returns javac's diagnostics. */
  static List<String> compileTo(List<JavaFileObject> sources, List<String> options, Path out) {
    return compileObjects(sources, options, runtime(), out);
  }

  /**
   * Compiles {@code files} and a test's driver class {@code driverName} ({@code driverSource}) into
   * {@code out}, then calls the driver's static {@code run(String... args)}-shaped method {@code
   * method} with {@code args} in a class loader over {@code out}, and returns what it returns.
   * Fails when the sources do not compile.
   */
  static Object compileAndRun(
      List<JavaFile> files,
      String driverName,
      String driverSource,
      Path out,
      String method,
      Object... args)
      throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : files) {
      sources.add(file.toJavaFileObject());
    }
    sources.add(JavaFileObjects.forSourceString(driverName, driverSource));
    List<String> problems = compileTo(sources, List.of("-proc:none"), out);
    if (!problems.isEmpty()) {
      throw new AssertionError("generated code or driver does not compile: " + problems);
    }
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      types[i] = args[i].getClass();
    }
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, Compilation.class.getClassLoader())) {
      return loader.loadClass(driverName).getMethod(method, types).invoke(null, args);
    }
  }

  /** Returns the test class path: the runtime and what it needs, as a user's build has them. */
  static String runtime() {
    return System.getProperty("java.class.path");
  }

  private static List<String> compileObjects(
      List<JavaFileObject> sources, List<String> options, String classpath) {
    Path out;
    try {
      out = Files.createTempDirectory("sdkgen-compiled");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return compileObjects(sources, options, classpath, out);
    } finally {
      deleteTree(out); // The corpus compiles leave ~11 MB of classes each otherwise.
    }
  }

  /** Deletes {@code root} and everything below it. */
  static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> compileObjects(
      List<JavaFileObject> sources, List<String> options, String classpath, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-d", out.toString()));
    if (classpath != null) {
      all.addAll(List.of("-classpath", classpath));
    }
    StringWriter output = new StringWriter();
    boolean ok = javac.getTask(output, null, diagnostics, all, null, sources).call();
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String file = d.getSource() == null ? "" : d.getSource().getName();
      problems.add(
          file + ":" + d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT));
    }
    if (!ok && problems.isEmpty()) {
      problems.add("javac failed: " + output);
    }
    return problems;
  }
}

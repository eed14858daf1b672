package io.sdkgen.generator.processor;

import com.google.auto.service.AutoService;
import io.sdkgen.generator.GenerationResult;
import io.sdkgen.generator.GeneratorOptions;
import io.sdkgen.generator.SdkGenerator;
import io.sdkgen.generator.SourceWriter;
import io.sdkgen.generator.emit.JavaNames;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Generates a client while the code annotated with {@code @io.sdkgen.runtime.GenerateSdk} compiles.
 *
 * <p>The annotation is found by name and never loaded. Its {@code docs} folder is resolved against
 * the processor option {@value #PROJECT_ROOT} (Maven: {@code
 * <compilerArgs><arg>-Asdkgen.projectRoot=${project.basedir}</arg></compilerArgs>}; Gradle: {@code
 * options.compilerArgs += ["-Asdkgen.projectRoot=${projectDir}"]}), else against the working
 * directory. Every problem is reported on the annotated element with the page's file and line; any
 * error means no source is generated for that element. The processor never crashes javac: an
 * unexpected exception becomes one error with its stack trace.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes(SdkProcessor.GENERATE_SDK)
@SupportedOptions(SdkProcessor.PROJECT_ROOT)
public final class SdkProcessor extends AbstractProcessor {

  /** The annotation's name; the class itself lives in the runtime and is never loaded. */
  public static final String GENERATE_SDK = "io.sdkgen.runtime.GenerateSdk";

  /** The option naming the project directory that {@code docs} is relative to. */
  public static final String PROJECT_ROOT = "sdkgen.projectRoot";

  /** Creates the processor; javac does this through the service loader. */
  public SdkProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        AnnotationMirror mirror = mirror(element);
        ErrorReporter reporter =
            new ErrorReporter(processingEnv.getMessager(), element, mirror, value(mirror, "docs"));
        try {
          generate(element, mirror, reporter);
        } catch (ErrorReporter.AbortProcessingException e) {
          // Already reported; go on with the next annotated element.
        } catch (RuntimeException | LinkageError e) {
          reporter.reportError(ProcessorMessage.UNEXPECTED.format(stackTrace(e)));
        }
      }
    }
    return false;
  }

  /** Reads the pages, reports every diagnostic and writes the sources only if none is an error. */
  private void generate(Element element, AnnotationMirror mirror, ErrorReporter reporter) {
    String docs = string(mirror, "docs");
    String root = processingEnv.getOptions().get(PROJECT_ROOT);
    Path base = root == null || root.isBlank() ? Path.of("").toAbsolutePath() : Path.of(root);
    Path folder = base.resolve(docs).normalize();
    if (!Files.isDirectory(folder)) {
      throw reporter.abortWithError(ProcessorMessage.DOCS_NOT_FOUND.format(docs, base));
    }
    String packageName = string(mirror, "packageName");
    if (packageName.isEmpty()) {
      packageName = processingEnv.getElementUtils().getPackageOf(element).getQualifiedName() + "";
    }
    if (!JavaNames.isPackageName(packageName)) {
      throw reporter.abortWithError(ProcessorMessage.BAD_PACKAGE.format(packageName));
    }
    GeneratorOptions options =
        GeneratorOptions.builder()
            .docs(folder)
            .packageName(packageName)
            .product(string(mirror, "product"))
            .version(string(mirror, "version"))
            .locale(string(mirror, "locale"))
            .build();
    GenerationResult result = new SdkGenerator(options).generate();
    for (Diagnostic diagnostic : result.diagnostics()) {
      String message =
          ProcessorMessage.PAGE_PROBLEM.format(
              diagnostic.location(), diagnostic.message(), diagnostic.code());
      if (diagnostic.severity() == Severity.ERROR) {
        reporter.reportError(message);
      } else if (diagnostic.severity() == Severity.WARNING) {
        reporter.reportWarning(message);
      }
    }
    if (reporter.errorCount() > 0) {
      return;
    }
    if (result.files().isEmpty()) {
      reporter.reportWarning(ProcessorMessage.NOTHING_GENERATED.format(docs));
      return;
    }
    try {
      result.writeTo(SourceWriter.filer(processingEnv.getFiler(), element));
    } catch (IOException e) {
      reporter.reportError(ProcessorMessage.WRITE_FAILED.format(packageName, e.getMessage()));
    }
  }

  private static AnnotationMirror mirror(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(GENERATE_SDK)) {
        return mirror;
      }
    }
    return null;
  }

  private AnnotationValue value(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return null;
    }
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        processingEnv.getElementUtils().getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private String string(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    return value == null || !(value.getValue() instanceof String text) ? "" : text.strip();
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}

package io.sdkgen.generator.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports problems through {@link Messager} on the annotated element (and its {@code docs} value
 * where there is one), counting errors. {@link #abortWithError} stops work on one element only.
 */
final class ErrorReporter {

  private final Messager messager;
  private final Element element;
  private final AnnotationMirror annotation;
  private final AnnotationValue docs;
  private int errors;

  ErrorReporter(
      Messager messager, Element element, AnnotationMirror annotation, AnnotationValue docs) {
    this.messager = messager;
    this.element = element;
    this.annotation = annotation;
    this.docs = docs;
  }

  /** Reports an error; processing of the element goes on so that all errors are seen. */
  void reportError(String message) {
    errors++;
    print(Diagnostic.Kind.ERROR, message);
  }

  /** Reports a warning. */
  void reportWarning(String message) {
    print(Diagnostic.Kind.WARNING, message);
  }

  /** Reports an error and stops processing this element. */
  AbortProcessingException abortWithError(String message) {
    reportError(message);
    throw new AbortProcessingException();
  }

  /** Returns how many errors were reported. */
  int errorCount() {
    return errors;
  }

  private void print(Diagnostic.Kind kind, String message) {
    if (annotation == null) {
      messager.printMessage(kind, message, element);
    } else if (docs == null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element, annotation, docs);
    }
  }

  /** Thrown to stop processing one element after its error has been reported. */
  static final class AbortProcessingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AbortProcessingException() {
      super(null, null, false, false);
    }
  }
}

package io.sdkgen.emulator;

import io.sdkgen.spec.Diagnostic;
import java.util.List;

/**
 * Thrown when an emulator cannot be set up: pages with errors, a scenario file that is not valid or
 * names an undocumented error code, or an address that cannot be bound.
 */
public final class EmulatorSetupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /** Creates an exception with a message for people and the page diagnostics behind it. */
  public EmulatorSetupException(String message, List<Diagnostic> diagnostics, Throwable cause) {
    super(message, cause);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Creates an exception with only a message. */
  public EmulatorSetupException(String message) {
    this(message, List.of(), null);
  }

  /** Returns the page diagnostics that made setup fail; empty when pages are not the cause. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}

package io.sdkgen.emulator;

import java.util.Map;
import java.util.Objects;

/**
 * One scenario rule: requests for {@code action} whose parameters equal every entry of {@code when}
 * are answered with the documented error {@code error} instead of success.
 *
 * @param action the operation name ({@code CreateVpnRouteEntry})
 * @param when parameter values that must all match exactly; empty matches every request
 * @param error an error code from the operation's page, or a common gateway code ({@code
 *     Throttling}, {@code Throttling.User}, {@code Throttling.Api}, {@code ServiceUnavailable},
 *     {@code InternalError})
 * @param times how many matching requests fail before the rule stops matching; 0 means always
 * @param source where the rule came from, for messages: {@code file.json[2]} or a description
 */
public record Scenario(
    String action, Map<String, String> when, String error, int times, String source) {

  /** Creates a rule; {@code when} is copied, {@code times} must not be negative. */
  public Scenario {
    Objects.requireNonNull(action, "action == null");
    when = Map.copyOf(when);
    Objects.requireNonNull(error, "error == null");
    if (times < 0) {
      throw new IllegalArgumentException("times < 0: " + times);
    }
    Objects.requireNonNull(source, "source == null");
  }

  /** Returns a rule that always answers {@code error} for requests matching {@code when}. */
  public static Scenario of(String action, Map<String, String> when, String error) {
    return new Scenario(action, when, error, 0, action + " -> " + error);
  }

  /** Returns this rule failing only the first {@code times} matching requests. */
  public Scenario times(int times) {
    return new Scenario(action, when, error, times, source);
  }
}

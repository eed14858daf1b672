package io.sdkgen.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario rules, in the order they are tried. Read from a JSON file such as:
 *
 * <pre>{@code
 * [
 *   {"action": "CreateVpnRouteEntry", "when": {"VpnGatewayId": "vpn-missing"},
 *    "error": "InvalidVpnGatewayInstanceId.NotFound"},
 *   {"action": "PublishVpnRouteEntry", "error": "Throttling", "times": 2}
 * ]
 * }</pre>
 */
public final class Scenarios {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<Scenario> rules;

  private Scenarios(List<Scenario> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Returns no rules: every valid request succeeds. */
  public static Scenarios none() {
    return new Scenarios(List.of());
  }

  /** Returns these rules, tried in order. */
  public static Scenarios of(List<Scenario> rules) {
    return new Scenarios(rules);
  }

  /**
   * Reads a scenario file.
   *
   * @throws EmulatorSetupException when it cannot be read or an entry is malformed; the message
   *     names the file and the entry's index
   */
  public static Scenarios load(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new EmulatorSetupException(
          file + ":" + e.getLocation().getLineNr() + ": error: not JSON: " + e.getOriginalMessage(),
          List.of(),
          e);
    } catch (IOException e) {
      throw new EmulatorSetupException(file + ": error: cannot read: " + e, List.of(), e);
    }
    if (root == null || !root.isArray()) {
      throw new EmulatorSetupException(file + ": error: expected a JSON array of scenarios");
    }
    List<Scenario> rules = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      rules.add(entry(file + "[" + i + "]", root.get(i)));
    }
    return new Scenarios(rules);
  }

  private static Scenario entry(String source, JsonNode node) {
    if (!node.isObject()) {
      throw new EmulatorSetupException(source + ": error: a scenario is a JSON object");
    }
    String action = text(source, node, "action");
    String error = text(source, node, "error");
    Map<String, String> when = new LinkedHashMap<>();
    JsonNode whenNode = node.path("when");
    if (!whenNode.isMissingNode() && !whenNode.isObject()) {
      throw new EmulatorSetupException(source + ": error: \"when\" must be an object");
    }
    for (Map.Entry<String, JsonNode> condition : whenNode.properties()) {
      if (!condition.getValue().isValueNode() || condition.getValue().isNull()) {
        throw new EmulatorSetupException(
            source + ": error: \"when\"." + condition.getKey() + " must be a string or number");
      }
      when.put(condition.getKey(), condition.getValue().asText());
    }
    JsonNode times = node.path("times");
    if (!times.isMissingNode() && (!times.canConvertToInt() || times.asInt() < 0)) {
      throw new EmulatorSetupException(source + ": error: \"times\" must be a number >= 0");
    }
    return new Scenario(action, when, error, times.asInt(0), source);
  }

  private static String text(String source, JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new EmulatorSetupException(source + ": error: \"" + name + "\" is missing");
    }
    return value.asText();
  }

  /** Returns the rules in order. */
  public List<Scenario> rules() {
    return rules;
  }
}

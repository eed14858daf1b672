package io.sdkgen.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page's JSON response example as the service would answer it. Pages write examples with slips
 * the service never makes: older ones wrap the answer in the operation's name ({@code
 * {"AddVServerGroupBackendServers": {...}}}, their rendering of the XML root element), and some pad
 * names with spaces ({@code " CACertificates"}, {@code "Fingerprint "}).
 */
public final class ExampleAnswers {

  private ExampleAnswers() {}

  /**
   * Returns {@code example} with a wrapper named {@code operation} or {@code operationResponse}
   * taken off and every field name trimmed; {@code example} itself is not changed.
   */
  public static ObjectNode answered(ObjectNode example, String operation) {
    ObjectNode body = example;
    if (body.size() == 1) {
      String name = body.fieldNames().next();
      String bare = name.strip();
      if ((bare.equals(operation) || bare.equals(operation + "Response"))
          && body.get(name) instanceof ObjectNode inner) {
        body = inner;
      }
    }
    return (ObjectNode) trimmed(body);
  }

  private static JsonNode trimmed(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = object.objectNode();
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      object.fields().forEachRemaining(fields::add);
      for (Map.Entry<String, JsonNode> field : fields) {
        copy.set(field.getKey().strip(), trimmed(field.getValue()));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = array.arrayNode();
      array.forEach(element -> copy.add(trimmed(element)));
      return copy;
    }
    return node;
  }
}

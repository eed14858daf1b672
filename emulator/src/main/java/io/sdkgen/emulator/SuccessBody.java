package io.sdkgen.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdkgen.spec.Example;
import io.sdkgen.spec.ExampleKind;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The success body of one operation, prepared once: the page's JSON example (or one synthesised
 * from the response fields) and its XML example (or the JSON written as XML). Each answer gets a
 * fresh {@code RequestId}.
 */
final class SuccessBody {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern XML_REQUEST_ID = Pattern.compile("<RequestId>[^<]*</RequestId>");

  private final ObjectNode json;
  private final String xml;

  private SuccessBody(ObjectNode json, String xml) {
    this.json = json;
    this.xml = xml;
  }

  static SuccessBody of(Operation operation) {
    ObjectNode json =
        example(operation, ExampleKind.SUCCESS_JSON)
            .flatMap(SuccessBody::parseObject)
            .map(object -> ExampleAnswers.answered(object, operation.name()))
            .orElseGet(() -> synthesise(operation.response()));
    String xml =
        example(operation, ExampleKind.SUCCESS_XML)
            .map(String::strip)
            .filter(text -> text.startsWith("<"))
            .map(text -> text.startsWith("<?xml") ? text : XmlBodies.DECLARATION + text)
            .orElseGet(() -> XmlBodies.toXml(operation.name() + "Response", json));
    return new SuccessBody(json, xml);
  }

  private static Optional<String> example(Operation operation, ExampleKind kind) {
    return operation.examples().stream()
        .filter(example -> example.kind() == kind)
        .map(Example::content)
        .findFirst();
  }

  private static Optional<ObjectNode> parseObject(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    } catch (JsonProcessingException e) {
      // A page whose example is not JSON still gets an answer, built from its field table.
      return Optional.empty();
    }
  }

  /** Builds {@code {"RequestId": ..., field: example...}} from the response field tree. */
  static ObjectNode synthesise(List<ResponseField> fields) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("RequestId", "");
    fill(body, fields);
    return body;
  }

  private static void fill(ObjectNode object, List<ResponseField> fields) {
    for (ResponseField field : fields) {
      if (field.type().kind() == TypeKind.LIST) {
        ArrayNode array = object.putArray(field.name());
        if (!field.children().isEmpty()) {
          fill(array.addObject(), field.children());
        } else if (!field.example().isEmpty()) {
          array.add(field.example());
        }
      } else if (field.type().kind() == TypeKind.OBJECT || !field.children().isEmpty()) {
        fill(object.putObject(field.name()), field.children());
      } else if (!field.name().equals("RequestId")) {
        object.set(field.name(), scalar(field));
      }
    }
  }

  private static JsonNode scalar(ResponseField field) {
    String example = field.example();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    try {
      return switch (field.type().kind()) {
        case INTEGER, LONG -> nodes.numberNode(Long.parseLong(example.isEmpty() ? "0" : example));
        case FLOAT, DOUBLE ->
            nodes.numberNode(Double.parseDouble(example.isEmpty() ? "0" : example));
        case BOOLEAN -> nodes.booleanNode(Boolean.parseBoolean(example));
        default -> nodes.textNode(example);
      };
    } catch (NumberFormatException e) {
      return nodes.textNode(example);
    }
  }

  /** Returns the body in {@code format} with {@code requestId} in place of the example's. */
  byte[] render(ResponseFormat format, String requestId) {
    if (format == ResponseFormat.XML) {
      Matcher matcher = XML_REQUEST_ID.matcher(xml);
      String body =
          matcher.find()
              ? xml.substring(0, matcher.start())
                  + "<RequestId>"
                  + requestId
                  + "</RequestId>"
                  + xml.substring(matcher.end())
              : xml;
      return body.getBytes(StandardCharsets.UTF_8);
    }
    ObjectNode copy = json.deepCopy();
    copy.put("RequestId", requestId);
    try {
      return MAPPER.writeValueAsBytes(copy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}

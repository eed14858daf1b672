package io.sdkgen.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a ROA request against its operation: the method and the path must be the operation's
 * (placeholders such as {@code {InstanceId}} or {@code [InstanceId]} take one path segment each),
 * and its parameters are gathered for {@link ParameterValidator} as one flat map: the query, the
 * path placeholders, and the fields of a JSON object body flattened as RPC parameters are ({@code
 * whiteIpGroup.ips.1}). A body that is not an object (a list, text) is the operation's whole-body
 * parameter, {@code RequestBody}.
 */
final class RoaRequests {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RoaRequests() {}

  /**
   * Returns the request's parameters by name.
   *
   * @throws ApiError {@code InvalidAction.NotFound} (404) when method or path are not the
   *     operation's; {@code InvalidParameter} when the body is not JSON
   */
  static Map<String, String> parameters(Operation operation, IncomingRequest request, String path)
      throws ApiError {
    boolean methodMatches =
        operation.httpMethods().isEmpty()
            || operation.httpMethods().stream().anyMatch(m -> m.equalsIgnoreCase(request.method()));
    Map<String, String> placeholders = match(operation.path(), path);
    if (!methodMatches || placeholders == null) {
      throw ApiError.apiNotFound(request.method(), path);
    }
    Map<String, String> params = new LinkedHashMap<>(request.parameters());
    params.putAll(placeholders);
    byte[] body = request.body();
    if (body.length == 0) {
      return params;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    JsonNode json;
    try {
      json = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiError.bodyNotJson(e.getOriginalMessage());
    }
    if (json != null && json.isObject() && !takesWholeBody(operation)) {
      flatten(json, "", params);
    } else {
      params.put(Parameter.WHOLE_BODY, text);
    }
    return params;
  }

  private static boolean takesWholeBody(Operation operation) {
    return operation.parameters().stream().anyMatch(Parameter::isWholeBody);
  }

  /**
   * Returns the placeholder values of {@code rawPath} under {@code template}, percent-decoded, or
   * null when the path is not one of the template's.
   */
  static Map<String, String> match(String template, String rawPath) {
    String[] expected = trimSlashes(template).split("/", -1);
    String[] actual = trimSlashes(rawPath).split("/", -1);
    if (expected.length != actual.length) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < expected.length; i++) {
      String name = placeholder(expected[i]);
      if (name != null) {
        if (actual[i].isEmpty()) {
          return null;
        }
        // '+' is a plus in a path, not a space as in a form.
        values.put(name, URLDecoder.decode(actual[i].replace("+", "%2B"), StandardCharsets.UTF_8));
      } else if (!expected[i].equals(actual[i])) {
        return null;
      }
    }
    return values;
  }

  private static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }

  /** Returns {@code Name} of a segment {@code {Name}} or {@code [Name]}, else null. */
  private static String placeholder(String segment) {
    if (segment.length() > 2
        && ((segment.startsWith("{") && segment.endsWith("}"))
            || (segment.startsWith("[") && segment.endsWith("]")))) {
      return segment.substring(1, segment.length() - 1);
    }
    return null;
  }

  private static void flatten(JsonNode node, String name, Map<String, String> into) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  flatten(
                      e.getValue(), name.isEmpty() ? e.getKey() : name + "." + e.getKey(), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), name + "." + (i + 1), into);
      }
    } else if (!node.isNull()) {
      into.put(name, node.asText());
    }
  }
}

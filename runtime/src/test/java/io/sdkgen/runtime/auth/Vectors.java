package io.sdkgen.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdkgen.runtime.http.Params;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads {@code signature-vectors.json} (a copy of ../shared/reference) from test resources. */
final class Vectors {
  private static final JsonNode ROOT = load();

  private Vectors() {}

  private static JsonNode load() {
    try (InputStream in = Vectors.class.getResourceAsStream("/signature-vectors.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode root() {
    return ROOT;
  }

  static List<JsonNode> section(String name) {
    List<JsonNode> out = new ArrayList<>();
    ROOT.get(name).forEach(out::add);
    return out;
  }

  static Params params(JsonNode object) {
    Params.Builder b = Params.builder();
    if (object != null && !object.isNull()) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        b.add(e.getKey(), e.getValue().asText());
      }
    }
    return b.build();
  }
}

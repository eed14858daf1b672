package io.sdkgen.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Writes JSON trees as Alibaba's XML bodies: one element per field, lists as repeated elements. */
final class XmlBodies {

  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private XmlBodies() {}

  /** Returns {@code <root>...</root>} for an object, with the XML declaration first. */
  static String toXml(String root, JsonNode node) {
    StringBuilder out = new StringBuilder(DECLARATION);
    element(out, root, node, 0);
    return out.toString();
  }

  private static void element(StringBuilder out, String name, JsonNode node, int depth) {
    if (node.isArray()) {
      // {"VpnRouteEntry":[a,b]} is <VpnRouteEntry>a</VpnRouteEntry><VpnRouteEntry>b</...>.
      for (JsonNode item : node) {
        element(out, name, item, depth);
      }
      return;
    }
    out.append("  ".repeat(depth)).append('<').append(name).append('>');
    if (node.isObject()) {
      out.append('\n');
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        element(out, field.getKey(), field.getValue(), depth + 1);
      }
      out.append("  ".repeat(depth));
    } else if (!node.isNull()) {
      out.append(escape(node.asText()));
    }
    out.append("</").append(name).append(">\n");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

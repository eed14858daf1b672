package io.sdkgen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An immutable tree parsed from a JSON or XML response body, with typed, coercing getters so that
 * both formats map the same way.
 *
 * <p>A node is an object (named fields), an array, or a scalar value kept as text. JSON {@code
 * null}s are dropped, so they read as absent. In XML an element with child elements is an object, a
 * repeated child name is an array, anything else is a value. Scalar getters return {@code null}
 * when a field is absent (or an empty XML element) and convert text, so {@code "100"} reads as
 * {@code 100} from either format. List getters never return {@code null}.
 */
public final class ResponseNode {
  private static final ResponseNode EMPTY_OBJECT = new ResponseNode(Map.of());

  private final Map<String, ResponseNode> fields;
  private final List<ResponseNode> items;
  private final String text;

  private ResponseNode(Map<String, ResponseNode> fields) {
    this.fields = fields;
    this.items = null;
    this.text = null;
  }

  private ResponseNode(List<ResponseNode> items) {
    this.fields = null;
    this.items = items;
    this.text = null;
  }

  private ResponseNode(String text) {
    this.fields = null;
    this.items = null;
    this.text = text;
  }

  /** Returns an object node over {@code fields} (kept in order). */
  static ResponseNode object(Map<String, ResponseNode> fields) {
    return fields.isEmpty()
        ? EMPTY_OBJECT
        : new ResponseNode(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
  }

  /** Returns an array node. */
  static ResponseNode array(List<ResponseNode> items) {
    return new ResponseNode(List.copyOf(items));
  }

  /** Returns a scalar node holding {@code text}. */
  public static ResponseNode value(String text) {
    return new ResponseNode(text == null ? "" : text);
  }

  /** Returns an empty object node. */
  public static ResponseNode emptyObject() {
    return EMPTY_OBJECT;
  }

  /**
   * Parses a JSON document.
   *
   * @throws IllegalArgumentException if {@code body} is empty or not valid JSON
   */
  public static ResponseNode parseJson(byte[] body) {
    return BodyParsers.json(body);
  }

  /**
   * Parses an XML document; the result is the root element's content.
   *
   * @throws IllegalArgumentException if {@code body} is empty or not well-formed XML
   */
  public static ResponseNode parseXml(byte[] body) {
    return BodyParsers.xml(body);
  }

  /** Returns a copy of this object node with field {@code name} set to {@code value}. */
  ResponseNode withField(String name, ResponseNode value) {
    Map<String, ResponseNode> copy = new LinkedHashMap<>(fields == null ? Map.of() : fields);
    copy.put(name, value);
    return object(copy);
  }

  /** Returns whether this is an object node. */
  public boolean isObject() {
    return fields != null;
  }

  /** Returns whether this is an array node. */
  public boolean isArray() {
    return items != null;
  }

  /** Returns whether this is a scalar value. */
  public boolean isValue() {
    return text != null;
  }

  /** Returns the field names of an object node, in document order; empty for other nodes. */
  public Set<String> fieldNames() {
    return fields == null ? Set.of() : fields.keySet();
  }

  /** Returns the raw child node {@code name}, or {@code null}. */
  public ResponseNode get(String name) {
    return fields == null ? null : fields.get(name);
  }

  /** Returns whether field {@code name} is present. */
  public boolean has(String name) {
    return fields != null && fields.containsKey(name);
  }

  /** Returns the request id ({@code RequestId}, else {@code requestId}), or {@code null}. */
  public String requestId() {
    String id = getString("RequestId");
    return id != null ? id : getString("requestId");
  }

  // ---- scalar getters ------------------------------------------------------------------

  /** Returns field {@code name} as text, or {@code null} if absent or not a scalar. */
  public String getString(String name) {
    ResponseNode node = get(name);
    return node == null ? null : node.text;
  }

  /** Returns field {@code name} as an Integer, or {@code null}. */
  public Integer getInteger(String name) {
    ResponseNode node = get(name);
    return node == null ? null : node.asInteger();
  }

  /** Returns field {@code name} as a Long, or {@code null}. */
  public Long getLong(String name) {
    ResponseNode node = get(name);
    return node == null ? null : node.asLong();
  }

  /** Returns field {@code name} as a Boolean, or {@code null}. */
  public Boolean getBoolean(String name) {
    ResponseNode node = get(name);
    return node == null ? null : node.asBoolean();
  }

  /** Returns field {@code name} as a Float, or {@code null}. */
  public Float getFloat(String name) {
    ResponseNode node = get(name);
    return node == null ? null : node.asFloat();
  }

  /** Returns field {@code name} as a Double, or {@code null}. */
  public Double getDouble(String name) {
    ResponseNode node = get(name);
    return node == null ? null : node.asDouble();
  }

  /** Returns object field {@code name}, or {@code null} if absent, empty text or not an object. */
  public ResponseNode getObject(String name) {
    ResponseNode node = get(name);
    return node != null && node.fields != null ? node : null;
  }

  /** Returns object field {@code name} mapped by {@code reader}, or {@code null}. */
  public <T> T getObject(String name, Function<ResponseNode, T> reader) {
    ResponseNode node = getObject(name);
    return node == null ? null : reader.apply(node);
  }

  // ---- this node as a scalar --------------------------------------------------------------

  /** Returns this scalar's text, or {@code null} for objects and arrays. */
  public String asString() {
    return text;
  }

  /** Returns this scalar as an Integer; {@code null} when empty or not a scalar. */
  public Integer asInteger() {
    String t = trimmed();
    if (t == null) {
      return null;
    }
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      return (int) parseDouble(t);
    }
  }

  /** Returns this scalar as a Long; {@code null} when empty or not a scalar. */
  public Long asLong() {
    String t = trimmed();
    if (t == null) {
      return null;
    }
    try {
      return Long.valueOf(t);
    } catch (NumberFormatException e) {
      return (long) parseDouble(t);
    }
  }

  /** Returns this scalar as a Float; {@code null} when empty or not a scalar. */
  public Float asFloat() {
    String t = trimmed();
    return t == null ? null : (float) parseDouble(t);
  }

  /** Returns this scalar as a Double; {@code null} when empty or not a scalar. */
  public Double asDouble() {
    String t = trimmed();
    return t == null ? null : parseDouble(t);
  }

  /** Returns this scalar as a Boolean ({@code true}/{@code false}, any case; also 1/0). */
  public Boolean asBoolean() {
    String t = trimmed();
    if (t == null) {
      return null;
    }
    if (t.equalsIgnoreCase("true") || t.equals("1")) {
      return Boolean.TRUE;
    }
    if (t.equalsIgnoreCase("false") || t.equals("0")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a boolean: \"" + t + "\"");
  }

  private String trimmed() {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    return t.isEmpty() ? null : t;
  }

  private static double parseDouble(String t) {
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: \"" + t + "\"", e);
    }
  }

  // ---- lists ------------------------------------------------------------------------------

  /**
   * Returns list field {@code name}, each element mapped by {@code reader}.
   *
   * <p>Accepts a bare array, the XML-style wrapper ({@code {"Entries":{"Entry":[...]}}}, also with
   * a single, unwrapped element) and a single object or value where a list is expected. Absent
   * fields give an empty list. The result is immutable.
   */
  public <T> List<T> getList(String name, Function<ResponseNode, T> reader) {
    return map(elements(get(name), name, null), reader);
  }

  /**
   * Returns list field {@code name} whose wrapper holds elements named {@code itemName}, as in
   * {@code {"VpnRouteEntries":{"VpnRouteEntry":[...]}}}; a bare array works too.
   */
  public <T> List<T> getList(String name, String itemName, Function<ResponseNode, T> reader) {
    return map(elements(get(name), name, itemName), reader);
  }

  /** Returns a list of strings ({@link #getList(String, Function)} rules). */
  public List<String> getStringList(String name) {
    return getList(name, ResponseNode::asString);
  }

  /** Returns a list of integers ({@link #getList(String, Function)} rules). */
  public List<Integer> getIntegerList(String name) {
    return getList(name, ResponseNode::asInteger);
  }

  /** Returns a list of longs ({@link #getList(String, Function)} rules). */
  public List<Long> getLongList(String name) {
    return getList(name, ResponseNode::asLong);
  }

  /** Returns a list of booleans ({@link #getList(String, Function)} rules). */
  public List<Boolean> getBooleanList(String name) {
    return getList(name, ResponseNode::asBoolean);
  }

  /** Returns a list of doubles ({@link #getList(String, Function)} rules). */
  public List<Double> getDoubleList(String name) {
    return getList(name, ResponseNode::asDouble);
  }

  /** Returns the elements of this array node (a single-element list for other nodes). */
  public List<ResponseNode> items() {
    return items != null ? items : List.of(this);
  }

  private static <T> List<T> map(List<ResponseNode> nodes, Function<ResponseNode, T> reader) {
    if (nodes.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(nodes.size());
    for (ResponseNode node : nodes) {
      T value = reader.apply(node);
      if (value != null) {
        out.add(value);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<ResponseNode> elements(ResponseNode node, String name, String itemName) {
    if (node == null) {
      return List.of();
    }
    if (node.items != null) {
      return node.items;
    }
    if (node.text != null) {
      return node.text.isEmpty() ? List.of() : List.of(node);
    }
    if (node.fields.isEmpty()) {
      return List.of();
    }
    if (itemName != null) {
      ResponseNode inner = node.fields.get(itemName);
      if (inner != null) {
        return inner.items != null ? inner.items : List.of(inner);
      }
      if (node.fields.size() == 1) {
        return List.of();
      }
      return List.of(node);
    }
    if (node.fields.size() == 1) {
      Map.Entry<String, ResponseNode> only = node.fields.entrySet().iterator().next();
      ResponseNode inner = only.getValue();
      if (inner.items != null) {
        return inner.items;
      }
      // A list wrapper around one element, which XML cannot mark as a list: an object inside
      // (MonitorData holding one InstanceMonitorData), or a value whose name the list's ends or
      // starts with (PublicIpAddress holding one IpAddress).
      if ((inner.fields != null && !inner.fields.isEmpty())
          || looksLikeItemName(name, only.getKey())) {
        return List.of(inner);
      }
    }
    return List.of(node);
  }

  /**
   * "VpnRouteEntries"/"VpnRouteEntry", "Tags"/"Tag", "Addresses"/"Address", and the item at the end
   * of its list's name: "PublicIpAddress"/"IpAddress".
   */
  private static boolean looksLikeItemName(String container, String member) {
    if (container == null || member.isEmpty()) {
      return false;
    }
    String stem = member.endsWith("y") ? member.substring(0, member.length() - 1) : member;
    return container.length() > stem.length()
        && (container.startsWith(stem) || container.endsWith(member));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResponseNode other)) {
      return false;
    }
    return java.util.Objects.equals(fields, other.fields)
        && java.util.Objects.equals(items, other.items)
        && java.util.Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(fields, items, text);
  }

  /** Returns a compact JSON-like rendering, for debugging. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    render(out);
    return out.toString();
  }

  private void render(StringBuilder out) {
    if (text != null) {
      out.append('"').append(text.replace("\"", "\\\"")).append('"');
    } else if (items != null) {
      out.append('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        items.get(i).render(out);
      }
      out.append(']');
    } else {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, ResponseNode> e : fields.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append('"').append(e.getKey()).append("\":");
        e.getValue().render(out);
      }
      out.append('}');
    }
  }
}

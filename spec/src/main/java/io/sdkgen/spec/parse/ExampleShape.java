package io.sdkgen.spec.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a response example: which names an object holds, which of them hold objects or
 * arrays, and the scalars' text. Read from the page's JSON example, leniently (comments, trailing
 * commas and single quotes are common in pages), or from its XML example; an example that cannot be
 * read has no shape.
 */
final class ExampleShape {

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .build();

  /** An XML start, end or empty-element tag; declarations and comments do not match. */
  private static final Pattern XML_TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*)[^<>]*?(/?)>");

  /** An object's members by name; null for a scalar. */
  private final Map<String, ExampleShape> members;

  /** The elements of an array; null for anything else. */
  private final List<ExampleShape> elements;

  /** A scalar's text ({@code 587}, {@code ONE_YEAR_85_PERCENT}); null for anything else. */
  private final String text;

  private ExampleShape(Map<String, ExampleShape> members, List<ExampleShape> elements) {
    this(members, elements, null);
  }

  private ExampleShape(
      Map<String, ExampleShape> members, List<ExampleShape> elements, String text) {
    this.members = members;
    this.elements = elements;
    this.text = text;
  }

  /** The shape of a page without a readable JSON example: an object that holds nothing. */
  static final ExampleShape NONE = new ExampleShape(Map.of(), null);

  /** Returns the shape of a JSON example, or null when it is not one JSON object. */
  static ExampleShape ofJson(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ExampleShape shape = read(parser);
      return parser.nextToken() == null ? shape : null;
    } catch (IOException | RuntimeException e) {
      return null; // An example that is not JSON nests nothing; the tables stand as written.
    }
  }

  /**
   * Returns the shape of an XML example, or null when its tags do not nest. As the service's XML
   * answers map to its JSON ones, an element with child elements is an object, a child name that
   * repeats is an array and an element without children a scalar; the root element is the one
   * member of the shape ({@code {"DescribeXResponse": {...}}}). A list of one item cannot be told
   * from an object in XML: {@code <Regions><Region>...</Region></Regions>} reads as an object
   * holding an object.
   */
  static ExampleShape ofXml(String xml) {
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = null;
    Matcher tag = XML_TAG.matcher(xml);
    int textStart = 0;
    while (tag.find()) {
      if (!open.isEmpty()) {
        open.peek().text.append(xml, textStart, tag.start());
      }
      textStart = tag.end();
      String name = tag.group(2);
      if (!tag.group(1).isEmpty()) {
        if (open.isEmpty() || !open.pop().name.equals(name)) {
          return null;
        }
        continue;
      }
      XmlElement element = new XmlElement(name);
      if (open.isEmpty()) {
        if (root != null) {
          return null;
        }
        root = element;
      } else {
        open.peek().children.add(element);
      }
      if (tag.group(3).isEmpty()) {
        open.push(element);
      }
    }
    return root == null || !open.isEmpty()
        ? null
        : new ExampleShape(Map.of(root.name, root.shape()), null);
  }

  /** An element of an XML example while it is read. */
  private static final class XmlElement {
    final String name;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlElement(String name) {
      this.name = name;
    }

    ExampleShape shape() {
      if (children.isEmpty()) {
        return new ExampleShape(null, null, text.toString().strip());
      }
      Map<String, List<ExampleShape>> byName = new LinkedHashMap<>();
      for (XmlElement child : children) {
        byName.computeIfAbsent(child.name, k -> new ArrayList<>()).add(child.shape());
      }
      Map<String, ExampleShape> members = new LinkedHashMap<>();
      byName.forEach(
          (name, shapes) ->
              members.put(
                  name, shapes.size() == 1 ? shapes.get(0) : new ExampleShape(null, shapes)));
      return new ExampleShape(members, null);
    }
  }

  /** Returns how many of {@code names} this shape holds at any depth. */
  int countNamed(Collection<String> names) {
    Set<String> held = new HashSet<>();
    addNames(held);
    int count = 0;
    for (String name : names) {
      if (held.contains(name)) {
        count++;
      }
    }
    return count;
  }

  private void addNames(Set<String> into) {
    if (members != null) {
      members.forEach(
          (name, value) -> {
            into.add(name);
            value.addNames(into);
          });
    } else if (elements != null) {
      elements.forEach(e -> e.addNames(into));
    }
  }

  private static ExampleShape read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, ExampleShape> members = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        // Pages pad names with spaces (" CACertificates") that the service never sends.
        String name = parser.currentName().strip();
        parser.nextToken();
        members.putIfAbsent(name, read(parser));
      }
      return new ExampleShape(members, null);
    }
    if (token == JsonToken.START_ARRAY) {
      List<ExampleShape> elements = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        elements.add(read(parser));
      }
      ExampleShape wrapper = asWrapper(elements);
      return wrapper != null ? wrapper : new ExampleShape(null, elements);
    }
    if (token == JsonToken.VALUE_NULL) {
      return new ExampleShape(null, null);
    }
    return new ExampleShape(null, null, parser.getText());
  }

  /**
   * Returns the list wrapper that {@code elements} spell as an array, or null: objects that each
   * hold only a list of objects, under one name ({@code "TaskSet": [{"Task": [...]}]}, an XML
   * answer turned into JSON by hand), stand for the wrapper the service sends ({@code "TaskSet":
   * {"Task": [...]}}), holding all their items.
   */
  private static ExampleShape asWrapper(List<ExampleShape> elements) {
    String name = null;
    List<ExampleShape> items = new ArrayList<>();
    for (ExampleShape element : elements) {
      ExampleShape list = element.wrappedList();
      String only = list == null ? null : element.members.keySet().iterator().next();
      if (list == null
          || (name != null && !name.equals(only))
          || list.elements.stream().noneMatch(e -> e.members != null)) {
        return null;
      }
      name = only;
      items.addAll(list.elements);
    }
    return name == null
        ? null
        : new ExampleShape(Map.of(name, new ExampleShape(null, items)), null);
  }

  /**
   * Returns a scalar's text, quoted or not ({@code 587}, {@code true}, {@code
   * ONE_YEAR_85_PERCENT}); null for {@code null}, an object or an array.
   */
  String scalarText() {
    return text;
  }

  /** Returns true for an object or an array. */
  boolean isStructure() {
    return members != null || elements != null;
  }

  /**
   * Returns the array this object wraps as its only member ({@code {"KeyPair": [...]}}), or null
   * for anything else.
   */
  ExampleShape wrappedList() {
    if (members == null || members.size() != 1) {
      return null;
    }
    ExampleShape only = members.values().iterator().next();
    return only.elements != null ? only : null;
  }

  /** Returns this array, or the array this object wraps as its only member; else null. */
  ExampleShape asList() {
    return elements != null ? this : wrappedList();
  }

  /** Returns true for a non-empty array none of whose elements is an object or an array. */
  boolean holdsOnlyScalars() {
    return elements != null
        && !elements.isEmpty()
        && elements.stream().noneMatch(ExampleShape::isStructure);
  }

  /** Returns true for an array. */
  boolean isArray() {
    return elements != null;
  }

  /** Returns an object holding the members of both, {@code first}'s where both name one. */
  static ExampleShape merged(ExampleShape first, ExampleShape second) {
    Map<String, ExampleShape> both = new LinkedHashMap<>(first.members);
    second.members.forEach(both::putIfAbsent);
    return new ExampleShape(both, null);
  }

  /** Returns true for an array without elements. */
  boolean isEmptyArray() {
    return elements != null && elements.isEmpty();
  }

  /** Returns the text of the first element of this array, or null when it is not a scalar. */
  String firstText() {
    return elements == null || elements.isEmpty() ? null : elements.get(0).text;
  }

  /** Returns true when this is an object with a member {@code name}. */
  boolean has(String name) {
    return members != null && members.containsKey(name);
  }

  /** Returns member {@code name} of this object, or null. */
  ExampleShape member(String name) {
    return members == null ? null : members.get(name);
  }

  /** Returns the names of this object's members; empty for anything else. */
  List<String> names() {
    return members == null ? List.of() : List.copyOf(members.keySet());
  }

  /**
   * Returns true for a wrapper of one non-empty list of plain values ({@code {"IpAddress":
   * ["10.0.0.1"]}}): the list's own item is all it holds, so no other row of a table belongs under
   * it.
   */
  boolean isPlainListWrapper() {
    ExampleShape list = wrappedList();
    return list != null && list.holdsOnlyScalars();
  }

  /**
   * Returns true for a wrapper of one empty list ({@code {"ActivityDetail": []}}): the example
   * names the list and shows none of its items' fields.
   */
  boolean isEmptyListWrapper() {
    ExampleShape list = wrappedList();
    return list != null && list.isEmptyArray();
  }

  /**
   * Returns the names a table may put under this value: its {@link #scope()}, and when that is a
   * wrapper of one list ({@code {"CustomerGateway": [...]}}) also the members of the list's items,
   * which tables often list without the item row.
   */
  ExampleShape tableScope() {
    ExampleShape scope = scope();
    if (scope == null || scope.members.size() != 1) {
      return scope;
    }
    ExampleShape item = scope.members.values().iterator().next().scope();
    if (item == null) {
      return scope;
    }
    Map<String, ExampleShape> both = new LinkedHashMap<>(scope.members);
    item.members.forEach(both::putIfAbsent);
    return new ExampleShape(both, null);
  }

  /**
   * Returns where the names under this value are found: the object itself, or for an array one
   * object holding the members of all its object elements; null when there are none.
   */
  ExampleShape scope() {
    if (members != null) {
      return this;
    }
    if (elements == null) {
      return null;
    }
    Map<String, ExampleShape> merged = new LinkedHashMap<>();
    for (ExampleShape element : elements) {
      if (element.members != null) {
        element.members.forEach(merged::putIfAbsent);
      }
    }
    return merged.isEmpty() ? null : new ExampleShape(merged, null);
  }
}

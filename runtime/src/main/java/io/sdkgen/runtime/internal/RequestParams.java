package io.sdkgen.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sdkgen.runtime.RequestWriter;
import io.sdkgen.runtime.http.Params;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Collects one request's parameters; generated requests write themselves into it with explicit
 * calls, no reflection.
 *
 * <p>Flattening follows the reference: lists become {@code Name.1}, {@code Name.2}, ... (1-based);
 * nested objects {@code Name.Field}; {@code null} values and empty strings are never written;
 * scalars render with {@link String#valueOf(Object)} ({@code true}, {@code 0}, {@code 1.5}, {@code
 * 1.0E10}). For RPC every {@code add} is an operation parameter; the client decides whether it
 * travels in the query or the form body. For ROA {@code add} writes a query parameter, and {@link
 * #path}, {@link #header} and {@link #body} fill the rest; {@link #bodyField} builds a JSON object
 * body field by field, nested objects ({@link RequestWriter}s) written into it as JSON objects.
 *
 * <p>A view returned by {@link #child(String)} shares the storage and prefixes names. Not
 * thread-safe; one instance per call.
 */
public final class RequestParams {
  private static final JsonFactory JSON = new JsonFactory();

  /** {@code "0"} to {@code "127"}: weights, counts and page sizes, rendered once. */
  private static final String[] SMALL_INTS = new String[128];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = Integer.toString(i);
    }
  }

  private final Store store;
  private final String prefix;

  private RequestParams(Store store, String prefix) {
    this.store = store;
    this.prefix = prefix;
  }

  /** Returns a new, empty parameter collection. */
  public static RequestParams create() {
    return new RequestParams(new Store(), "");
  }

  private static final class Store {
    final Params.Builder params = Params.builder();
    Params.Builder path;
    Params.Builder headers;
    byte[] body;
    String contentType;

    /** ROA: the fields of a JSON object body, in order; written out when the body is read. */
    Map<String, Object> bodyFields;

    /**
     * Set while a {@link RequestWriter} is read as a JSON object: the values it writes, typed, by
     * flattened name ({@code Ips.1}), instead of {@link #params}.
     */
    Map<String, Object> json;
  }

  private String qualify(String name) {
    return prefix.isEmpty() ? name : prefix + name;
  }

  private void put(String name, String text, Object value) {
    if (store.json != null) {
      store.json.put(qualify(name), value);
    } else {
      store.params.add(qualify(name), text);
    }
  }

  /** Writes a string parameter; skips {@code null} and empty strings. */
  public RequestParams add(String name, String value) {
    if (value != null && !value.isEmpty()) {
      put(name, value, value);
    }
    return this;
  }

  /** Writes an integer parameter; skips {@code null}. */
  public RequestParams add(String name, Integer value) {
    if (value != null) {
      int v = value;
      put(name, v >= 0 && v < SMALL_INTS.length ? SMALL_INTS[v] : Integer.toString(v), value);
    }
    return this;
  }

  /** Writes a long parameter; skips {@code null}. */
  public RequestParams add(String name, Long value) {
    if (value != null) {
      put(name, value.toString(), value);
    }
    return this;
  }

  /** Writes a boolean parameter ({@code true}/{@code false}); skips {@code null}. */
  public RequestParams add(String name, Boolean value) {
    if (value != null) {
      put(name, value.toString(), value);
    }
    return this;
  }

  /** Writes a float parameter as {@link String#valueOf(float)}; skips {@code null}. */
  public RequestParams add(String name, Float value) {
    if (value != null) {
      put(name, value.toString(), value);
    }
    return this;
  }

  /** Writes a double parameter as {@link String#valueOf(double)}; skips {@code null}. */
  public RequestParams add(String name, Double value) {
    if (value != null) {
      put(name, value.toString(), value);
    }
    return this;
  }

  /**
   * Writes any value: a {@link RequestWriter} as a nested object, a {@link List} as a flat list, a
   * {@link Map} as nested names, numbers and booleans as the typed {@code add}s do, anything else
   * via {@link String#valueOf(Object)}. Skips {@code null} and empty strings.
   */
  public RequestParams add(String name, Object value) {
    if (value == null) {
      return this;
    }
    if (value instanceof Number || value instanceof Boolean) {
      put(name, String.valueOf(value), value);
    } else if (value instanceof RequestWriter writer) {
      writer.writeTo(child(name));
    } else if (value instanceof List<?> list) {
      addList(name, list);
    } else if (value instanceof Map<?, ?> map) {
      RequestParams child = child(name);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        child.add(String.valueOf(e.getKey()), e.getValue());
      }
    } else {
      add(name, String.valueOf(value));
    }
    return this;
  }

  /** Writes a nested object under {@code name}: its fields become {@code name.Field}. */
  public RequestParams addObject(String name, RequestWriter value) {
    if (value != null) {
      value.writeTo(child(name));
    }
    return this;
  }

  /**
   * Writes a list as {@code name.1}, {@code name.2}, ...; elements may be scalars, {@link
   * RequestWriter}s or lists. {@code null} or empty lists write nothing; {@code null} elements keep
   * their index but write nothing.
   */
  public RequestParams addList(String name, List<?> values) {
    if (values == null) {
      return this;
    }
    for (int i = 0; i < values.size(); i++) {
      add(name + "." + (i + 1), values.get(i));
    }
    return this;
  }

  /** Writes a list of objects with an explicit element writer: {@code name.N.Field}. */
  public <E> RequestParams addObjectList(
      String name, List<E> elements, BiConsumer<? super E, RequestParams> writer) {
    if (elements == null) {
      return this;
    }
    for (int i = 0; i < elements.size(); i++) {
      E element = elements.get(i);
      if (element != null) {
        writer.accept(element, child(name + "." + (i + 1)));
      }
    }
    return this;
  }

  /** Returns a view whose names are prefixed with {@code prefix + "."}. */
  public RequestParams child(String prefix) {
    return new RequestParams(store, qualify(prefix) + ".");
  }

  /** ROA: sets the value of path placeholder {@code {name}}; skips {@code null}. */
  public RequestParams path(String name, Object value) {
    if (value != null) {
      if (store.path == null) {
        store.path = Params.builder();
      }
      store.path.set(name, String.valueOf(value));
    }
    return this;
  }

  /** ROA: sets a request header; skips {@code null} and empty values. */
  public RequestParams header(String name, Object value) {
    if (value != null && !(value instanceof String s && s.isEmpty())) {
      if (store.headers == null) {
        store.headers = Params.builder();
      }
      store.headers.set(name.toLowerCase(java.util.Locale.ROOT), String.valueOf(value));
    }
    return this;
  }

  /**
   * ROA: sets field {@code name} of the JSON object body; skips {@code null}. Strings, numbers and
   * booleans are written as such, lists as arrays, {@link RequestWriter}s as objects of the fields
   * they write (lists of them as arrays of objects), anything else as its {@link String#valueOf}.
   * The body is written out when first read; a raw {@link #body(String)} set as well wins.
   */
  public RequestParams bodyField(String name, Object value) {
    if (value != null) {
      if (store.bodyFields == null) {
        store.bodyFields = new LinkedHashMap<>();
      }
      store.bodyFields.put(name, jsonValue(value));
    }
    return this;
  }

  /**
   * ROA: sets the whole body to {@code value} written as JSON, for operations whose body is one
   * list or object rather than named fields ({@code ["plugin-a", "plugin-b"]}); skips {@code null}.
   */
  public RequestParams bodyValue(Object value) {
    if (value != null) {
      setJsonBody(jsonValue(value));
    }
    return this;
  }

  /** Returns {@code value} as the runtime's JSON writer takes it: maps, lists and scalars. */
  private static Object jsonValue(Object value) {
    if (value instanceof RequestWriter writer) {
      return objectOf(writer);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(e -> out.add(e == null ? null : jsonValue(e)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : jsonValue(v)));
      return out;
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return String.valueOf(value); // open enums write their wire value
  }

  /**
   * Returns the fields {@code writer} writes as a JSON object: the flattened names it uses for
   * query parameters ({@code Ips.1}, {@code Configs.2.Name}) become arrays and nested objects.
   */
  private static Map<String, Object> objectOf(RequestWriter writer) {
    RequestParams collector = new RequestParams(new Store(), "");
    collector.store.json = new LinkedHashMap<>();
    writer.writeTo(collector);
    Map<String, Object> root = new LinkedHashMap<>();
    collector.store.json.forEach((name, value) -> place(root, name.split("\\."), 0, value));
    return root;
  }

  /** Puts {@code value} at {@code path} under {@code container}, a map or a list (1-based). */
  @SuppressWarnings("unchecked")
  private static void place(Object container, String[] path, int i, Object value) {
    String key = path[i];
    boolean last = i == path.length - 1;
    Object child;
    if (container instanceof List<?> raw) {
      List<Object> list = (List<Object>) raw;
      int index = Integer.parseInt(key) - 1;
      while (list.size() <= index) {
        list.add(null);
      }
      if (last) {
        list.set(index, value);
        return;
      }
      child = list.get(index);
      if (child == null) {
        child = isIndex(path[i + 1]) ? new ArrayList<>() : new LinkedHashMap<String, Object>();
        list.set(index, child);
      }
    } else {
      Map<String, Object> map = (Map<String, Object>) container;
      if (last) {
        map.put(key, value);
        return;
      }
      child =
          map.computeIfAbsent(
              key, k -> isIndex(path[i + 1]) ? new ArrayList<>() : new LinkedHashMap<>());
    }
    place(child, path, i + 1, value);
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(segment) > 0;
  }

  private void setJsonBody(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writeJson(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.body = out.toByteArray();
    store.contentType = "application/json; charset=utf-8";
  }

  /** ROA: sets the body to a raw JSON document ({@code application/json; charset=utf-8}). */
  public RequestParams body(String json) {
    if (json != null) {
      store.body = json.getBytes(StandardCharsets.UTF_8);
      store.contentType = "application/json; charset=utf-8";
    }
    return this;
  }

  /**
   * ROA: sets the body to {@code values} written as a JSON object. Values may be strings, numbers,
   * booleans, maps, lists and {@code null}s (which are left out).
   */
  public RequestParams body(Map<String, ?> values) {
    if (values != null) {
      setJsonBody(values);
    }
    return this;
  }

  private static void writeJson(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) {
          g.writeFieldName(String.valueOf(e.getKey()));
          writeJson(g, e.getValue());
        }
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object element : list) {
        writeJson(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      g.writeNumber(n.toString());
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  /** Returns the value of operation parameter {@code name} (prefix applied), or {@code null}. */
  public String get(String name) {
    return store.params.get(qualify(name));
  }

  /** Returns the operation parameters written so far, in order. */
  public Params params() {
    return store.params.build();
  }

  /** Returns the path parameters. */
  public Params pathParams() {
    return store.path == null ? Params.empty() : store.path.build();
  }

  /** Returns the explicit headers (names lower case). */
  public Params headers() {
    return store.headers == null ? Params.empty() : store.headers.build();
  }

  /** Returns the body bytes, or {@code null}. */
  public byte[] body() {
    if (store.body == null && store.bodyFields != null) {
      setJsonBody(store.bodyFields);
    }
    return store.body;
  }

  /** Returns the body's content type, or {@code null}. */
  public String contentType() {
    body();
    return store.contentType;
  }

  @Override
  public String toString() {
    return "RequestParams" + store.params.build();
  }
}

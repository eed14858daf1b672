package io.sdkgen.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sdkgen.runtime.RequestWriter;
import io.sdkgen.runtime.http.Params;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * #path}, {@link #header} and {@link #body} fill the rest.
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
  }

  private String qualify(String name) {
    return prefix.isEmpty() ? name : prefix + name;
  }

  /** Writes a string parameter; skips {@code null} and empty strings. */
  public RequestParams add(String name, String value) {
    if (value != null && !value.isEmpty()) {
      store.params.add(qualify(name), value);
    }
    return this;
  }

  /** Writes an integer parameter; skips {@code null}. */
  public RequestParams add(String name, Integer value) {
    if (value != null) {
      int v = value;
      store.params.add(
          qualify(name), v >= 0 && v < SMALL_INTS.length ? SMALL_INTS[v] : Integer.toString(v));
    }
    return this;
  }

  /** Writes a long parameter; skips {@code null}. */
  public RequestParams add(String name, Long value) {
    if (value != null) {
      store.params.add(qualify(name), value.toString());
    }
    return this;
  }

  /** Writes a boolean parameter ({@code true}/{@code false}); skips {@code null}. */
  public RequestParams add(String name, Boolean value) {
    if (value != null) {
      store.params.add(qualify(name), value.toString());
    }
    return this;
  }

  /** Writes a float parameter as {@link String#valueOf(float)}; skips {@code null}. */
  public RequestParams add(String name, Float value) {
    if (value != null) {
      store.params.add(qualify(name), value.toString());
    }
    return this;
  }

  /** Writes a double parameter as {@link String#valueOf(double)}; skips {@code null}. */
  public RequestParams add(String name, Double value) {
    if (value != null) {
      store.params.add(qualify(name), value.toString());
    }
    return this;
  }

  /**
   * Writes any value: a {@link RequestWriter} as a nested object, a {@link List} as a flat list, a
   * {@link Map} as nested names, anything else via {@link String#valueOf(Object)}. Skips {@code
   * null} and empty strings.
   */
  public RequestParams add(String name, Object value) {
    if (value == null) {
      return this;
    }
    if (value instanceof RequestWriter writer) {
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
    if (values == null) {
      return this;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writeJson(g, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.body = out.toByteArray();
    store.contentType = "application/json; charset=utf-8";
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
    return store.body;
  }

  /** Returns the body's content type, or {@code null}. */
  public String contentType() {
    return store.contentType;
  }

  @Override
  public String toString() {
    return "RequestParams" + store.params.build();
  }
}

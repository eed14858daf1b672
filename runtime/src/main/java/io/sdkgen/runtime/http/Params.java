package io.sdkgen.runtime.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, ordered list of name/value pairs: query parameters, form fields or headers.
 *
 * <p>Names may repeat; {@link #get(String)} returns the first. {@link #toString()} redacts the
 * values of sensitive names ({@code Signature}, {@code AccessKeyId}, {@code SecurityToken}, {@code
 * authorization}, {@code x-acs-security-token}, {@code x-acs-accesskey-id}).
 */
public final class Params {
  private static final Params EMPTY = new Params(new String[0], 0);
  private static final Set<String> SENSITIVE =
      Set.of(
          "signature",
          "accesskeyid",
          "securitytoken",
          "authorization",
          "x-acs-security-token",
          "x-acs-accesskey-id");

  /** Value printed in place of a sensitive value. */
  public static final String REDACTED = "██";

  private final String[] pairs;
  private final int size;

  private Params(String[] pairs, int size) {
    this.pairs = pairs;
    this.size = size;
  }

  /** Returns the empty list. */
  public static Params empty() {
    return EMPTY;
  }

  /** Returns a list of {@code name, value, name, value, ...}. */
  public static Params of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected name/value pairs");
    }
    Builder builder = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      builder.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /** Returns the pairs of {@code map} in its iteration order. */
  public static Params of(Map<String, String> map) {
    Builder builder = builder();
    map.forEach(builder::add);
    return builder.build();
  }

  /** Returns a new empty builder. */
  public static Builder builder() {
    return new Builder(8);
  }

  /** Returns a new empty builder with room for {@code expectedPairs} pairs before it grows. */
  public static Builder builder(int expectedPairs) {
    return new Builder(Math.max(expectedPairs, 1));
  }

  /** Returns a builder holding these pairs. */
  public Builder toBuilder() {
    return toBuilder(8);
  }

  /** Returns a builder holding these pairs, with room for {@code morePairs} more. */
  public Builder toBuilder(int morePairs) {
    Builder builder = new Builder(size + Math.max(morePairs, 1));
    System.arraycopy(pairs, 0, builder.pairs, 0, size * 2);
    builder.size = size;
    return builder;
  }

  /** Returns the number of pairs. */
  public int size() {
    return size;
  }

  /** Returns whether there are no pairs. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Returns the name of pair {@code i}. */
  public String name(int i) {
    checkIndex(i);
    return pairs[2 * i];
  }

  /** Returns the value of pair {@code i}. */
  public String value(int i) {
    checkIndex(i);
    return pairs[2 * i + 1];
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
  }

  /** Returns the value of the first pair named exactly {@code name}, or {@code null}. */
  public String get(String name) {
    for (int i = 0; i < size; i++) {
      if (pairs[2 * i].equals(name)) {
        return pairs[2 * i + 1];
      }
    }
    return null;
  }

  /** Returns the pairs as a map (first value wins), in order; for tests and oracles. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.putIfAbsent(pairs[2 * i], pairs[2 * i + 1]);
    }
    return map;
  }

  /**
   * Returns whether values of {@code name} are secrets that logs and {@code toString} must not
   * show: the signature, access key, security token and authorization of the request, and operation
   * parameters that carry the caller's own secrets, whose names hold {@code password}, {@code
   * passwd}, {@code secret} or {@code privatekey} in any case ({@code Password}, {@code
   * SystemDisk.Password}, {@code VncPassword}, {@code PrivateKeyBody}).
   */
  public static boolean isSensitive(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return SENSITIVE.contains(lower)
        || lower.contains("password")
        || lower.contains("passwd")
        || lower.contains("secret")
        || lower.contains("privatekey");
  }

  /**
   * Returns {@value #REDACTED} for a value that is set, {@code null} for one that is not: what a
   * generated {@code toString} shows of a field that holds a secret.
   */
  public static String redacted(Object value) {
    return value == null ? null : REDACTED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Params p
        && size == p.size
        && Arrays.equals(pairs, 0, size * 2, p.pairs, 0, size * 2);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < size * 2; i++) {
      h = 31 * h + pairs[i].hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.append(", ");
      }
      String name = pairs[2 * i];
      out.append(name).append('=').append(isSensitive(name) ? REDACTED : pairs[2 * i + 1]);
    }
    return out.append('}').toString();
  }

  /**
   * Collects pairs; not thread-safe.
   *
   * <p>{@link #build()} hands its array to the {@link Params} without copying; a later change to
   * the builder copies it first, so what was built never changes.
   */
  public static final class Builder {
    private String[] pairs;
    private int size;
    private boolean shared;

    private Builder(int capacity) {
      pairs = new String[capacity * 2];
    }

    /** Appends a pair; {@code null} names or values are rejected. */
    public Builder add(String name, String value) {
      if (name == null || value == null) {
        throw new NullPointerException(name == null ? "name" : "value of " + name);
      }
      if (size * 2 == pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2 + 8);
        shared = false;
      } else if (shared) {
        unshare();
      }
      pairs[2 * size] = name;
      pairs[2 * size + 1] = value;
      size++;
      return this;
    }

    /** Replaces the value of every pair named {@code name}, or appends one if there is none. */
    public Builder set(String name, String value) {
      boolean found = false;
      for (int i = 0; i < size; i++) {
        if (pairs[2 * i].equals(name)) {
          if (shared) {
            unshare();
          }
          pairs[2 * i + 1] = value;
          found = true;
        }
      }
      return found ? this : add(name, value);
    }

    /** Removes every pair named {@code name}. */
    public Builder remove(String name) {
      if (shared) {
        unshare();
      }
      int w = 0;
      for (int i = 0; i < size; i++) {
        if (!pairs[2 * i].equals(name)) {
          pairs[2 * w] = pairs[2 * i];
          pairs[2 * w + 1] = pairs[2 * i + 1];
          w++;
        }
      }
      Arrays.fill(pairs, 2 * w, 2 * size, null);
      size = w;
      return this;
    }

    /** Returns the value of the first pair named {@code name}, or {@code null}. */
    public String get(String name) {
      for (int i = 0; i < size; i++) {
        if (pairs[2 * i].equals(name)) {
          return pairs[2 * i + 1];
        }
      }
      return null;
    }

    private void unshare() {
      pairs = pairs.clone();
      shared = false;
    }

    /** Returns the number of pairs so far. */
    public int size() {
      return size;
    }

    /** Returns the name of pair {@code i} so far. */
    public String name(int i) {
      Objects.checkIndex(i, size);
      return pairs[2 * i];
    }

    /** Returns the value of pair {@code i} so far. */
    public String value(int i) {
      Objects.checkIndex(i, size);
      return pairs[2 * i + 1];
    }

    /** Returns the immutable list; the builder stays usable. */
    public Params build() {
      if (size == 0) {
        return EMPTY;
      }
      shared = true;
      return new Params(pairs, size);
    }
  }
}

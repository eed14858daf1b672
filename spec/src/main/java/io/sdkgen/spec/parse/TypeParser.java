package io.sdkgen.spec.parse;

import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the type cells of pages ({@code String}, {@code int}, {@code Array of Tag}, {@code
 * List<String>}, {@code RepeatList}, {@code Struct}) to {@link TypeRef}s, case-insensitively.
 */
final class TypeParser {

  private static final Map<String, TypeKind> SCALARS =
      Map.ofEntries(
          Map.entry("string", TypeKind.STRING),
          Map.entry("str", TypeKind.STRING),
          Map.entry("char", TypeKind.STRING),
          Map.entry("integer", TypeKind.INTEGER),
          Map.entry("int", TypeKind.INTEGER),
          Map.entry("int32", TypeKind.INTEGER),
          Map.entry("short", TypeKind.INTEGER),
          Map.entry("long", TypeKind.LONG),
          Map.entry("int64", TypeKind.LONG),
          Map.entry("boolean", TypeKind.BOOLEAN),
          Map.entry("bool", TypeKind.BOOLEAN),
          Map.entry("float", TypeKind.FLOAT),
          Map.entry("double", TypeKind.DOUBLE),
          Map.entry("number", TypeKind.DOUBLE),
          Map.entry("date", TypeKind.DATE_TIME),
          Map.entry("datetime", TypeKind.DATE_TIME),
          Map.entry("timestamp", TypeKind.DATE_TIME),
          Map.entry("json", TypeKind.JSON_STRING),
          Map.entry("jsonstring", TypeKind.JSON_STRING),
          Map.entry("binary", TypeKind.BINARY),
          Map.entry("file", TypeKind.BINARY),
          Map.entry("byte[]", TypeKind.BINARY),
          Map.entry("object", TypeKind.OBJECT),
          Map.entry("struct", TypeKind.OBJECT),
          Map.entry("jsonobject", TypeKind.OBJECT));

  /** The type names long enough that a page's misspelling of them cannot be another name. */
  private static final Map<String, TypeKind> MISSPELLABLE =
      Map.of(
          "String", TypeKind.STRING,
          "Integer", TypeKind.INTEGER,
          "Boolean", TypeKind.BOOLEAN,
          "Double", TypeKind.DOUBLE,
          "Struct", TypeKind.OBJECT,
          "Object", TypeKind.OBJECT);

  private static final Pattern LIST_OF =
      Pattern.compile("(?:array|list|repeatlist|set)\\s*(?:of\\s+|<\\s*)([^<>]+?)\\s*>?");
  private static final Pattern JSON_DESCRIPTION =
      Pattern.compile(
          "(?i)json\\s*(?:格式|字符串|format|string|-formatted|array|object)|json-formatted"
              + "|格式为\\s*json|format\\s+of\\s+json|in\\s+json");

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

  private TypeParser() {}

  /**
   * Returns the type a cell names, or null when the cell is empty. An unknown name becomes {@code
   * STRING} with a warning naming {@code what} (the parameter or field) and the text.
   */
  static TypeRef parse(String cell, String what, int line, Diagnostics diagnostics) {
    String page = pageText(cell);
    if (page.isEmpty()) {
      return null;
    }
    TypeRef type = parseText(page);
    if (type == null) {
      String meant = misspelled(page);
      if (meant != null) {
        diagnostics.warning(
            Diagnostics.TYPE_MISSPELLED,
            line,
            "unknown type \""
                + page
                + "\" for "
                + what
                + "; read as "
                + meant
                + ", the one known type it is a letter or two from");
        return TypeRef.of(MISSPELLABLE.get(meant), page);
      }
      diagnostics.warning(
          Diagnostics.UNKNOWN_TYPE,
          line,
          "unknown type \"" + page + "\" for " + what + "; read as String");
      return TypeRef.of(TypeKind.STRING, page);
    }
    return type;
  }

  /**
   * Returns the type name that {@code page} misspells ({@code Interger}, {@code Integre}, {@code
   * Struts}), or null: a word of five letters or more, one or two letters from exactly one of the
   * longer type names, and not that name with more letters after it ({@code Strings}, {@code
   * Objects}, which name something else).
   */
  private static String misspelled(String page) {
    String key = page.toLowerCase(Locale.ROOT);
    if (key.length() < 5 || !key.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return null;
    }
    String found = null;
    for (String name : MISSPELLABLE.keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!key.startsWith(lower) && EditDistance.of(key, lower, 2) <= 2) {
        if (found != null) {
          return null;
        }
        found = name;
      }
    }
    return found;
  }

  /**
   * Returns true when a non-empty cell names no type this parser knows (such as a link), nor
   * misspells one.
   */
  static boolean isUnknown(String cell) {
    String page = pageText(cell);
    return !page.isEmpty() && parseText(page) == null && misspelled(page) == null;
  }

  /**
   * Returns the kind a cell names when it is one of the plain names ({@code String}, {@code Long},
   * {@code Struct} ...) or misspells one ({@code Interger}), without warning; null for anything
   * else, lists and unknown names included.
   */
  static TypeKind plainKind(String cell) {
    String page = pageText(cell);
    TypeKind kind = SCALARS.get(page.toLowerCase(Locale.ROOT));
    if (kind == null) {
      String meant = misspelled(page);
      return meant == null ? null : MISSPELLABLE.get(meant);
    }
    return kind;
  }

  /** Returns a type cell's text as a name: plain text, without code or emphasis marks. */
  private static String pageText(String cell) {
    return CellText.plain(cell).replace("`", "").replace("*", "").strip();
  }

  private static TypeRef parseText(String page) {
    String key = page.toLowerCase(Locale.ROOT);
    TypeKind scalar = SCALARS.get(key);
    if (scalar != null) {
      return TypeRef.of(scalar, page);
    }
    switch (key) {
      case "array", "list", "repeatlist", "jsonarray", "set" -> {
        return TypeRef.listOf(TypeRef.of(TypeKind.STRING, ""), page);
      }
      case "map", "hashmap", "dict" -> {
        return new TypeRef(TypeKind.MAP, TypeRef.of(TypeKind.STRING, ""), page);
      }
      default -> {}
    }
    if (key.endsWith("[]")) {
      TypeKind element = SCALARS.get(key.substring(0, key.length() - 2).strip());
      return element == null ? null : TypeRef.listOf(TypeRef.of(element, ""), page);
    }
    Matcher m = LIST_OF.matcher(key);
    if (m.matches()) {
      TypeKind element = SCALARS.get(m.group(1));
      TypeKind kind = element == null ? TypeKind.OBJECT : element;
      return TypeRef.listOf(TypeRef.of(kind, ""), page);
    }
    return null;
  }

  /**
   * Returns the type of an element that has nested members or children: a bare {@code Array} or
   * {@code RepeatList} becomes a list of objects.
   */
  static TypeRef withChildren(TypeRef type) {
    if (type.kind() == TypeKind.LIST && type.element().kind() != TypeKind.OBJECT) {
      String page = type.pageName().toLowerCase(Locale.ROOT);
      boolean explicitElement = page.contains(" of ") || page.contains("<") || page.endsWith("[]");
      if (!explicitElement) {
        return TypeRef.listOf(TypeRef.of(TypeKind.OBJECT, ""), type.pageName());
      }
    }
    return type;
  }

  /** Returns a string type as a JSON string when the description says the value is JSON. */
  static TypeRef jsonIfDescribed(TypeRef type, String description) {
    if (type.kind() == TypeKind.STRING
        && description.length() < 20_000
        && (description.contains("JSON") || description.contains("json"))
        && JSON_DESCRIPTION.matcher(description).find()) {
      return TypeRef.of(TypeKind.JSON_STRING, type.pageName());
    }
    return type;
  }

  /**
   * Returns true when the runtime can read {@code text} as a value of {@code kind}: any text for
   * strings and structures; for numbers what {@code Double.parseDouble} reads; for booleans {@code
   * true}, {@code false}, 1 or 0 in any case (as {@code ResponseNode} reads them).
   */
  static boolean holds(TypeKind kind, String text) {
    String t = text.strip();
    switch (kind) {
      case INTEGER, LONG, FLOAT, DOUBLE -> {
        try {
          Double.parseDouble(t);
          return true;
        } catch (NumberFormatException e) {
          return false;
        }
      }
      case BOOLEAN -> {
        return t.equalsIgnoreCase("true")
            || t.equalsIgnoreCase("false")
            || t.equals("1")
            || t.equals("0");
      }
      default -> {
        return true;
      }
    }
  }

  /** Infers a type from an example value: number, boolean, else string; empty page name. */
  static TypeRef fromExample(String example) {
    String e = example.strip();
    if (e.equals("true") || e.equals("false")) {
      return TypeRef.of(TypeKind.BOOLEAN, "");
    }
    if (!e.isEmpty() && e.length() < 19 && e.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long value = Long.parseLong(e);
      return TypeRef.of(value > Integer.MAX_VALUE ? TypeKind.LONG : TypeKind.INTEGER, "");
    }
    if (e.length() < 30 && DECIMAL.matcher(e).matches()) {
      return TypeRef.of(TypeKind.DOUBLE, "");
    }
    return TypeRef.of(TypeKind.STRING, "");
  }
}

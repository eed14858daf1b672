package io.sdkgen.spec.parse;

import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.Location;
import io.sdkgen.spec.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one page. The codes are defined once here, so that every message of
 * the same kind carries the same stable code.
 */
final class Diagnostics {

  /** The page has no title, sections or link of an API reference. */
  static final String NOT_AN_API_PAGE = "NOT_AN_API_PAGE";

  /** The file is empty or blank. */
  static final String EMPTY_PAGE = "EMPTY_PAGE";

  /** The file is not text (binary content). */
  static final String NOT_TEXT = "NOT_TEXT";

  /** The file is not valid UTF-8, or holds control characters, which were replaced. */
  static final String BAD_CHARACTERS = "BAD_CHARACTERS";

  /** The file could not be read. */
  static final String IO_ERROR = "IO_ERROR";

  /** Neither the page nor the configuration names the product or version. */
  static final String NO_PRODUCT = "NO_PRODUCT";

  /** The page's sections look like an API reference but no operation name could be found. */
  static final String NO_OPERATION_NAME = "NO_OPERATION_NAME";

  /** The title and the OpenAPI Explorer link name different operations. */
  static final String NAME_MISMATCH = "NAME_MISMATCH";

  /** Pages spell one operation's name in different letter case; they are read as one. */
  static final String NAME_CASE = "NAME_CASE";

  /** An expected section is missing. */
  static final String MISSING_SECTION = "MISSING_SECTION";

  /** A section that should hold a table holds none that can be read. */
  static final String NO_TABLE = "NO_TABLE";

  /** A table row had more or fewer cells than its header. */
  static final String TABLE_ROW_MALFORMED = "TABLE_ROW_MALFORMED";

  /** A type cell names no known type. */
  static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";

  /** A type cell misspells a known type ({@code Interger}); it is read as that type. */
  static final String TYPE_MISSPELLED = "TYPE_MISSPELLED";

  /** A type cell is empty and the type was inferred. */
  static final String TYPE_INFERRED = "TYPE_INFERRED";

  /** A structure without a type that names and describes a collection is read as a list. */
  static final String LIST_BY_NAME = "LIST_BY_NAME";

  /** A field's example value cannot be of its documented type; it is read as a String. */
  static final String TYPE_FROM_EXAMPLE = "TYPE_FROM_EXAMPLE";

  /** A row's name cell is empty or not a name. */
  static final String BAD_NAME = "BAD_NAME";

  /** A nested row skips a level. */
  static final String BAD_NESTING = "BAD_NESTING";

  /**
   * A structure lists a field twice: an answer holds one value of a name there, so the first row is
   * read and the other left out.
   */
  static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";

  /** An error row's HTTP status is not a number. */
  static final String BAD_HTTP_STATUS = "BAD_HTTP_STATUS";

  /** A flat response table was nested as the page's JSON example nests the fields. */
  static final String NESTED_BY_EXAMPLE = "NESTED_BY_EXAMPLE";

  /** A ROA parameter named by a placeholder of the path was placed in the path. */
  static final String IN_PATH = "IN_PATH";

  /** A ROA parameter without a position was read as a field of the structure before it. */
  static final String NESTED_BY_POSITION = "NESTED_BY_POSITION";

  /** Pages of one operation disagree. */
  static final String PAGES_DISAGREE = "PAGES_DISAGREE";

  /**
   * The page was not compared with the chosen one: it has no OpenAPI Explorer link where the chosen
   * page has one, so it is of an older generation of pages, and the differences are its age.
   */
  static final String OLDER_PAGE = "OLDER_PAGE";

  /** The page was not read: a page in the preferred locale documents the same operation. */
  static final String OTHER_LOCALE_SKIPPED = "OTHER_LOCALE_SKIPPED";

  /** Reading the page failed unexpectedly; a bug in the reader. */
  static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  private final String path;
  private final List<Diagnostic> list = new ArrayList<>();

  Diagnostics(String path) {
    this.path = path;
  }

  /** Adds an error at {@code line} (or -1). */
  void error(String code, int line, String message) {
    add(Severity.ERROR, code, line, message);
  }

  /** Adds a warning at {@code line} (or -1). */
  void warning(String code, int line, String message) {
    add(Severity.WARNING, code, line, message);
  }

  /** Adds an informational note at {@code line} (or -1). */
  void info(String code, int line, String message) {
    add(Severity.INFO, code, line, message);
  }

  void add(Severity severity, String code, int line, String message) {
    list.add(new Diagnostic(severity, code, new Location(path, line, -1), message));
  }

  /** Returns the location of {@code line} in this page. */
  Location at(int line) {
    return new Location(path, line, -1);
  }

  /** Returns the diagnostics in line order (file-wide ones first), stable otherwise. */
  List<Diagnostic> sorted() {
    List<Diagnostic> result = new ArrayList<>(list);
    result.sort(Comparator.comparingInt(d -> d.location().line()));
    return result;
  }
}

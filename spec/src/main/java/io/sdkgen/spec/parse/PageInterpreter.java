package io.sdkgen.spec.parse;

import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Example;
import io.sdkgen.spec.ExampleKind;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a {@link PageElement} its meaning as an API reference page: which sections hold the
 * parameters, response and errors, which operation, product, version and style it documents. Pages
 * that are not API references come back without an operation and a {@code NOT_AN_API_PAGE} note.
 */
final class PageInterpreter {

  /** A leaf element of an XML example: {@code <RuleId>ONE_YEAR_85_PERCENT</RuleId>}. */
  private static final Pattern XML_LEAF = Pattern.compile("<(\\w+)>([^<>]*)</\\1>");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern LEADING_IDENTIFIER = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)\\b");

  private final String defaultProduct;
  private final String defaultVersion;
  private final ApiStyle defaultStyle;

  PageInterpreter(String defaultProduct, String defaultVersion, ApiStyle defaultStyle) {
    this.defaultProduct = defaultProduct;
    this.defaultVersion = defaultVersion;
    this.defaultStyle = defaultStyle;
  }

  /**
   * Returns which operation {@code head} (a page read by {@link MarkdownPageReader#readHead})
   * names, with the product, version and locale {@link #interpret} would give it; null when the
   * page names no operation, product or version. Reads no section.
   */
  PageKey key(PageElement head, String text) {
    ExplorerLink link = ExplorerLink.find(text);
    String name = operationName(head, link, new Diagnostics(head.path()));
    String product = product(link);
    String version = version(link);
    if (name.isEmpty() || product.isEmpty() || version.isEmpty()) {
      return null;
    }
    return new PageKey(product, version, name, Locales.of(head.path(), localeSample(head)));
  }

  /**
   * The operation a page documents and the page's locale.
   *
   * @param product the product code
   * @param version the API version
   * @param operation the operation name
   * @param locale {@code en-US} or {@code zh-CN}
   */
  record PageKey(String product, String version, String operation, String locale) {

    /**
     * Returns the key without its locale, and with the operation name in lower case: pages of one
     * operation in any locale share it, also those whose titles spell the name differently.
     */
    PageKey anyLocale() {
      return new PageKey(product, version, operation.toLowerCase(Locale.ROOT), "");
    }
  }

  private static String localeSample(PageElement page) {
    return page.title() + "\n" + page.intro();
  }

  /** Returns what {@code page} documents; adds problems to {@code diagnostics}. */
  PageResult interpret(PageElement page, String text, Diagnostics diagnostics) {
    ExplorerLink link = ExplorerLink.find(text);
    Sections sections = new Sections(page);
    String name = operationName(page, link, diagnostics);
    boolean looksLikeApi =
        sections.has(SectionKind.REQUEST_PARAMETERS)
            || sections.has(SectionKind.RESPONSE)
            || (link != null && !link.api().isEmpty());
    String product = product(link);
    String version = version(link);
    if (!looksLikeApi || (name.isEmpty() && !sections.has(SectionKind.REQUEST_PARAMETERS))) {
      diagnostics.info(
          Diagnostics.NOT_AN_API_PAGE,
          -1,
          "not an API reference page: no request or response parameter section"
              + (link == null ? " and no OpenAPI Explorer link" : ""));
      return new PageResult(page.path(), null, product, version, null, diagnostics.sorted());
    }
    if (name.isEmpty()) {
      diagnostics.error(
          Diagnostics.NO_OPERATION_NAME,
          Math.max(page.titleLine(), 1),
          "no operation name: the page has no API name as its title and no OpenAPI Explorer link");
      return new PageResult(page.path(), null, product, version, null, diagnostics.sorted());
    }
    if (product.isEmpty() || version.isEmpty()) {
      diagnostics.error(
          Diagnostics.NO_PRODUCT,
          -1,
          "no product/version: the page has no OpenAPI Explorer link"
              + (link != null ? " naming them" : "")
              + "; pass --product and --version");
    }
    RequestLine requestLine = requestLine(sections);
    ApiStyle style = style(link, sections, requestLine);
    Operation operation = operation(page, name, sections, style, requestLine, diagnostics);
    return new PageResult(
        page.path(),
        operation,
        product,
        version,
        style,
        diagnostics.sorted(),
        link == null ? "" : link.api());
  }

  /** Returns the product the link names, else the configured one. */
  private String product(ExplorerLink link) {
    return link != null && !link.product().isEmpty() ? link.product() : defaultProduct;
  }

  /** Returns the API version the link names, else the configured one. */
  private String version(ExplorerLink link) {
    return link != null && !link.version().isEmpty() ? link.version() : defaultVersion;
  }

  private String operationName(PageElement page, ExplorerLink link, Diagnostics diagnostics) {
    String title = CellText.plain(page.title());
    String fromTitle = "";
    if (IDENTIFIER.matcher(title).matches()) {
      fromTitle = title;
    } else {
      var m = LEADING_IDENTIFIER.matcher(title);
      if (m.find() && m.group(1).length() > 3 && Character.isUpperCase(title.charAt(0))) {
        fromTitle = m.group(1);
      }
    }
    String fromLink = link == null ? "" : link.api();
    if (!fromTitle.isEmpty() && !fromLink.isEmpty() && !fromTitle.equals(fromLink)) {
      // A title that differs only in case is a typo of the API's own name, which the link takes
      // from the API's metadata; any other difference is more often a link copied from another
      // page (ModifySecurityGroupEgressRule linking to DescribeImageSupportInstanceTypes).
      boolean caseOnly = fromTitle.equalsIgnoreCase(fromLink);
      diagnostics.warning(
          Diagnostics.NAME_MISMATCH,
          page.titleLine(),
          "the title names "
              + fromTitle
              + " but the OpenAPI Explorer link names "
              + fromLink
              + "; read as "
              + (caseOnly ? fromLink : fromTitle));
      if (caseOnly) {
        return fromLink;
      }
    }
    return fromTitle.isEmpty() ? fromLink : fromTitle;
  }

  private ApiStyle style(ExplorerLink link, Sections sections, RequestLine requestLine) {
    if (link != null && link.style() != null) {
      return link.style();
    }
    if (defaultStyle != null) {
      return defaultStyle;
    }
    return requestLine != null && requestLine.path().length() > 1 ? ApiStyle.ROA : ApiStyle.RPC;
  }

  private RequestLine requestLine(Sections sections) {
    for (SectionElement s : sections.of(SectionKind.REQUEST_SYNTAX)) {
      RequestLine line = RequestLine.find(s.body());
      if (line != null) {
        return line;
      }
    }
    return null;
  }

  private Operation operation(
      PageElement page,
      String name,
      Sections sections,
      ApiStyle style,
      RequestLine requestLine,
      Diagnostics diagnostics) {
    List<Example> examples = new ArrayList<>();
    for (SectionElement s : sections.of(SectionKind.EXAMPLES)) {
      examples.addAll(ExampleReader.read(s, page.lines(), diagnostics));
    }
    List<Parameter> parameters = parameters(sections, style, diagnostics);
    List<ResponseField> response =
        response(
            sections,
            firstShape(examples, ExampleKind.SUCCESS_JSON, ExampleShape::ofJson),
            firstShape(examples, ExampleKind.SUCCESS_XML, ExampleShape::ofXml),
            xmlTexts(examples),
            diagnostics);
    List<ErrorCode> errors = new ArrayList<>();
    for (SectionElement s : sections.of(SectionKind.ERRORS)) {
      for (TableElement table : s.tables()) {
        Map<ColumnRole, Integer> roles = ColumnRole.roles(table.header());
        if (ErrorReader.isErrorTable(roles)) {
          errors.addAll(ErrorReader.read(table, roles, diagnostics));
        }
      }
    }
    if (requestLine == null && style == ApiStyle.ROA) {
      for (Example example : examples) {
        requestLine = requestLine != null ? requestLine : RequestLine.find(example.content());
      }
    }
    if (requestLine != null && style == ApiStyle.ROA) {
      parameters = placedInPath(parameters, requestLine.path(), diagnostics);
    }
    String description = "";
    for (SectionElement s : sections.of(SectionKind.DESCRIPTION)) {
      description = s.body().strip();
      break;
    }
    return new Operation(
        name,
        summary(page.intro()),
        description,
        requestLine == null ? List.of() : requestLine.methods(),
        requestLine == null || style != ApiStyle.ROA ? "" : requestLine.path(),
        parameters,
        response,
        errors,
        examples,
        Locales.of(page.path(), localeSample(page)),
        diagnostics.at(Math.max(page.titleLine(), 1)));
  }

  private List<Parameter> parameters(Sections sections, ApiStyle style, Diagnostics diagnostics) {
    List<Parameter> parameters = new ArrayList<>();
    List<SectionElement> request = sections.of(SectionKind.REQUEST_PARAMETERS);
    if (request.isEmpty()) {
      diagnostics.warning(Diagnostics.MISSING_SECTION, -1, "no request parameters section (请求参数)");
    }
    for (SectionElement s : request) {
      List<TreeRow> rows = firstFieldTable(s, "request parameters", diagnostics);
      // ROA pages whose only request table is the body ("RequestBody中需要填入以下参数").
      boolean body = style == ApiStyle.ROA && s.body().contains("RequestBody");
      ParameterLocation in = body ? ParameterLocation.BODY : ParameterLocation.QUERY;
      parameters.addAll(new ParameterReader(diagnostics, in).read(rows));
    }
    for (SectionElement s : sections.of(SectionKind.REQUEST_BODY)) {
      boolean table = false;
      for (TableElement t : s.tables()) {
        Map<ColumnRole, Integer> roles = ColumnRole.roles(t.header());
        if (TableRows.isFieldTable(roles)) {
          List<TreeRow> rows = TableRows.read(t, roles, diagnostics);
          parameters.addAll(new ParameterReader(diagnostics, ParameterLocation.BODY).read(rows));
          table = true;
          break;
        }
      }
      if (!table && style == ApiStyle.ROA && !s.body().isBlank()) {
        // A body the page shows only in prose or by example ("the zone IDs to restore:
        // ["cn-hangzhou-i","cn-hangzhou-h"]"): one parameter for the whole body, as JSON text.
        parameters.add(
            new Parameter(
                Parameter.WHOLE_BODY,
                TypeRef.of(TypeKind.STRING, "String"),
                false,
                "",
                s.body().strip(),
                List.of(),
                ParameterLocation.BODY,
                List.of(),
                diagnostics.at(s.line())));
      }
    }
    return parameters;
  }

  /**
   * Returns {@code parameters} with those named by a placeholder of the ROA {@code path} ({@code
   * {InstanceId}}, {@code [InstanceId]}) in the path, whatever their position cell says: tables
   * without a position column read as query parameters, which the request could not be sent with.
   */
  private static List<Parameter> placedInPath(
      List<Parameter> parameters, String path, Diagnostics diagnostics) {
    List<Parameter> placed = new ArrayList<>(parameters.size());
    for (Parameter p : parameters) {
      boolean named = path.contains("{" + p.name() + "}") || path.contains("[" + p.name() + "]");
      if (named && p.in() != ParameterLocation.PATH) {
        diagnostics.info(
            Diagnostics.IN_PATH,
            p.location().line(),
            "parameter " + p.name() + " names a placeholder of " + path + ": it goes in the path");
        placed.add(p.withIn(ParameterLocation.PATH));
      } else {
        placed.add(p);
      }
    }
    return placed;
  }

  /** Returns the leaf element texts of the page's XML success example, by element name. */
  private static Map<String, List<String>> xmlTexts(List<Example> examples) {
    Map<String, List<String>> texts = new HashMap<>();
    for (Example example : examples) {
      if (example.kind() == ExampleKind.SUCCESS_XML) {
        Matcher m = XML_LEAF.matcher(example.content());
        while (m.find()) {
          texts.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
      }
    }
    return texts;
  }

  /**
   * Returns the shape of the first success example of {@code kind} that {@code reader} can read, or
   * null.
   */
  private static ExampleShape firstShape(
      List<Example> examples, ExampleKind kind, Function<String, ExampleShape> reader) {
    for (Example example : examples) {
      if (example.kind() == kind) {
        ExampleShape shape = reader.apply(example.content());
        if (shape != null) {
          return shape;
        }
      }
    }
    return null;
  }

  private List<ResponseField> response(
      Sections sections,
      ExampleShape example,
      ExampleShape xmlExample,
      Map<String, List<String>> xmlTexts,
      Diagnostics diagnostics) {
    List<ResponseField> fields = new ArrayList<>();
    List<SectionElement> response = sections.of(SectionKind.RESPONSE);
    if (response.isEmpty()) {
      diagnostics.warning(Diagnostics.MISSING_SECTION, -1, "no response parameters section (返回数据)");
    }
    for (SectionElement s : response) {
      fields.addAll(
          new ResponseReader(diagnostics, example, xmlExample, xmlTexts)
              .read(firstFieldTable(s, "response", diagnostics)));
    }
    return fields;
  }

  /**
   * Returns the rows of the first parameter table of {@code section}; later tables describe the
   * members of JSON-string parameters and are not read as parameters.
   */
  private static List<TreeRow> firstFieldTable(
      SectionElement section, String what, Diagnostics diagnostics) {
    for (TableElement table : section.tables()) {
      Map<ColumnRole, Integer> roles = ColumnRole.roles(table.header());
      if (TableRows.isFieldTable(roles)) {
        return TableRows.read(table, roles, diagnostics);
      }
    }
    if (!section.tables().isEmpty()) {
      diagnostics.error(
          Diagnostics.NO_TABLE,
          section.tables().get(0).line(),
          "the "
              + what
              + " table has no recognised header: |"
              + String.join("|", section.tables().get(0).header())
              + "|");
    }
    return List.of();
  }

  private static String summary(String intro) {
    int end = intro.indexOf("\n\n");
    return (end < 0 ? intro : intro.substring(0, end)).strip();
  }

  /** The sections of a page by kind, in page order. */
  private static final class Sections {
    private final List<SectionElement> all;
    private final List<SectionKind> kinds = new ArrayList<>();

    Sections(PageElement page) {
      this.all = page.sections();
      for (SectionElement s : all) {
        kinds.add(SectionKind.of(s.heading()));
      }
    }

    boolean has(SectionKind kind) {
      return kinds.contains(kind);
    }

    List<SectionElement> of(SectionKind kind) {
      List<SectionElement> result = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (kinds.get(i) == kind) {
          result.add(all.get(i));
        }
      }
      return result;
    }
  }
}

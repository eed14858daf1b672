package io.sdkgen.generator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdkgen.spec.Diagnostic;
import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ResponseField;
import java.util.List;

/**
 * Maps page results to JSON for {@code sdkgen parse --json}, field by field in a fixed order: the
 * model carries no Jackson annotations, so the JSON shape is defined here alone.
 */
final class SpecJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /** Returns one JSON array, one object per page, pretty-printed. */
  String pages(List<PageResult> pages) {
    ArrayNode array = mapper.createArrayNode();
    for (PageResult page : pages) {
      array.add(page(page));
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain nodes always serialises
    }
  }

  private ObjectNode page(PageResult page) {
    ObjectNode node = mapper.createObjectNode();
    Operation op = page.operation();
    node.put("source", page.source());
    node.put("operation", op == null ? null : op.name());
    node.put("explorerName", page.explorerName().isEmpty() ? null : page.explorerName());
    node.put("product", page.product());
    node.put("version", page.version());
    node.put("style", page.style() == null ? null : page.style().name());
    if (op != null) {
      node.put("locale", op.locale());
      node.put("summary", op.summary());
      ArrayNode methods = node.putArray("httpMethods");
      op.httpMethods().forEach(methods::add);
      node.put("path", op.path());
      ArrayNode parameters = node.putArray("parameters");
      op.parameters().forEach(p -> parameters.add(parameter(p)));
      ArrayNode response = node.putArray("response");
      op.response().forEach(f -> response.add(field(f)));
      ArrayNode errors = node.putArray("errors");
      op.errors().forEach(e -> errors.add(error(e)));
    } else {
      node.putArray("parameters");
      node.putArray("response");
      node.putArray("errors");
    }
    ArrayNode diagnostics = node.putArray("diagnostics");
    page.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
    return node;
  }

  private ObjectNode parameter(Parameter p) {
    ObjectNode node = mapper.createObjectNode();
    node.put("name", p.name());
    node.put("type", p.type().toString());
    node.put("required", p.required());
    node.put("in", p.in().name());
    node.put("example", p.example());
    ArrayNode values = node.putArray("allowedValues");
    p.allowedValues().forEach(values::add);
    node.put("line", p.location().line());
    if (!p.members().isEmpty()) {
      ArrayNode members = node.putArray("members");
      p.members().forEach(m -> members.add(parameter(m)));
    }
    return node;
  }

  private ObjectNode field(ResponseField f) {
    ObjectNode node = mapper.createObjectNode();
    node.put("name", f.name());
    node.put("type", f.type().toString());
    node.put("example", f.example());
    node.put("line", f.location().line());
    ArrayNode children = node.putArray("children");
    f.children().forEach(c -> children.add(field(c)));
    return node;
  }

  private ObjectNode error(ErrorCode e) {
    ObjectNode node = mapper.createObjectNode();
    node.put("httpStatus", e.httpStatus());
    node.put("code", e.code());
    node.put("message", e.message());
    node.put("line", e.location().line());
    return node;
  }

  private ObjectNode diagnostic(Diagnostic d) {
    ObjectNode node = mapper.createObjectNode();
    node.put("severity", d.severity().name());
    node.put("code", d.code());
    node.put("line", d.location().line());
    node.put("message", d.message());
    return node;
  }
}

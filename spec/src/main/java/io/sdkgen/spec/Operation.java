package io.sdkgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * One API operation read from a reference page.
 *
 * @param name the operation name ({@code CreateVpnRouteEntry})
 * @param summary the page's first sentence or paragraph, Markdown; empty when none
 * @param description the page's description, Markdown kept; empty when none
 * @param httpMethods the HTTP methods the page allows, in page order ({@code POST}, {@code GET});
 *     empty when the page does not say
 * @param path the resource path template of a ROA operation ({@code /openapi/instances/{Id}}), or
 *     empty for RPC
 * @param parameters request parameters in page order, the common {@code Action} included
 * @param response top-level response fields in page order
 * @param errors documented error codes in page order
 * @param examples example blocks in page order
 * @param locale the page's locale ({@code en-US}, {@code zh-CN}), or empty when unknown
 * @param location the page and the line of its title
 */
public record Operation(
    String name,
    String summary,
    String description,
    List<String> httpMethods,
    String path,
    List<Parameter> parameters,
    List<ResponseField> response,
    List<ErrorCode> errors,
    List<Example> examples,
    String locale,
    Location location) {

  /** Creates an operation; lists are copied, no component may be null. */
  public Operation {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(summary, "summary == null");
    Objects.requireNonNull(description, "description == null");
    httpMethods = List.copyOf(httpMethods);
    Objects.requireNonNull(path, "path == null");
    parameters = List.copyOf(parameters);
    response = List.copyOf(response);
    errors = List.copyOf(errors);
    examples = List.copyOf(examples);
    Objects.requireNonNull(locale, "locale == null");
    Objects.requireNonNull(location, "location == null");
  }

  /** Returns this operation under another name, everything else the same. */
  public Operation withName(String newName) {
    return new Operation(
        newName,
        summary,
        description,
        httpMethods,
        path,
        parameters,
        response,
        errors,
        examples,
        locale,
        location);
  }
}

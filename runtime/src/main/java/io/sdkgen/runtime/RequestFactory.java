package io.sdkgen.runtime;

import io.sdkgen.runtime.auth.PercentEncoder;
import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.internal.RequestParams;
import java.net.URI;
import java.util.UUID;

/**
 * Turns an operation and its parameter writer into the unsigned {@link Request}: fills an empty
 * ClientToken, defaults {@code RegionId} for RPC, places parameters and expands ROA paths.
 */
final class RequestFactory {
  private final ServiceInfo service;
  private final URI endpoint;
  private final String region;
  private final SignatureVersion rpcSignature;

  RequestFactory(ServiceInfo service, URI endpoint, String region, SignatureVersion rpcSignature) {
    this.service = service;
    this.endpoint = endpoint;
    this.region = region;
    this.rpcSignature = rpcSignature;
  }

  Request create(OperationInfo operation, RequestWriter writer) {
    RequestParams params = RequestParams.create();
    if (writer != null) {
      writer.writeTo(params);
    }
    String tokenName = operation.clientTokenParameter();
    if (tokenName != null && params.get(tokenName) == null) {
      // Once per logical call: every retry re-sends this same request, so the same token.
      params.add(tokenName, UUID.randomUUID().toString());
    }
    Request.Builder b =
        Request.builder()
            .service(service)
            .operation(operation)
            .method(operation.method())
            .endpoint(endpoint);
    if (operation.style() == ApiStyle.RPC) {
      if (region != null && params.get("RegionId") == null) {
        params.add("RegionId", region);
      }
      Params values = params.params();
      boolean inForm =
          rpcSignature == SignatureVersion.V1 && !"GET".equalsIgnoreCase(operation.method());
      b.path("/");
      if (inForm) {
        b.form(values);
      } else {
        b.query(values);
      }
      b.headers(params.headers());
    } else {
      b.path(expand(operation.pathTemplate(), params.pathParams()));
      b.query(params.params());
      Params.Builder headers = params.headers().toBuilder();
      if (params.body() != null && headers.get("content-type") == null) {
        headers.add("content-type", params.contentType());
      }
      b.headers(headers.build());
      b.body(params.body());
    }
    return b.build();
  }

  /** Replaces {@code {Name}} and {@code [Name]} with percent-encoded values. */
  static String expand(String template, Params pathParams) {
    if (template.indexOf('{') < 0 && template.indexOf('[') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      char close = c == '{' ? '}' : c == '[' ? ']' : 0;
      int end = close == 0 ? -1 : template.indexOf(close, i + 1);
      if (end < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = template.substring(i + 1, end);
      String value = pathParams.get(name);
      if (value == null) {
        throw new IllegalArgumentException("missing path parameter " + name + " for " + template);
      }
      PercentEncoder.encode(value, out);
      i = end + 1;
    }
    return out.toString();
  }
}

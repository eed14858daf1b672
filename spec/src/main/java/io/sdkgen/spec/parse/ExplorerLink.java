package io.sdkgen.spec.parse;

import io.sdkgen.spec.ApiStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an OpenAPI Explorer link on a page names: {@code
 * https://api.aliyun.com/#product=Vpc&api=CreateVpnRouteEntry&type=RPC&version=2016-04-28}, the
 * shorter {@code #product=Slb&api=X} of older pages, and the path form {@code
 * api.aliyun.com/api/Vpc/2016-04-28/CreateVpnRouteEntry}. Parts the link lacks are empty.
 */
record ExplorerLink(String product, String api, ApiStyle style, String version) {

  private static final Pattern FRAGMENT =
      Pattern.compile("api\\.aliyun\\.com/#/?\\??((?:[A-Za-z]+=[^&)\\s\"'>]*&?)+)");
  private static final Pattern PATH_FORM =
      Pattern.compile(
          "api\\.aliyun\\.com/(?:#/)?api/([A-Za-z][\\w-]*)/(\\d{4}-\\d{2}-\\d{2})/(\\w+)");

  /** Returns the first Explorer link in {@code text}, or null. */
  static ExplorerLink find(String text) {
    if (!text.contains("api.aliyun.com")) {
      return null;
    }
    Matcher m = FRAGMENT.matcher(text);
    if (m.find()) {
      String product = "";
      String api = "";
      String version = "";
      ApiStyle style = null;
      for (String pair : m.group(1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String value = pair.substring(eq + 1);
        switch (pair.substring(0, eq).toLowerCase(Locale.ROOT)) {
          case "product" -> product = value;
          case "api" -> api = value;
          case "version" -> version = value;
          case "type" -> style = style(value);
          default -> {}
        }
      }
      if (!product.isEmpty()) {
        return new ExplorerLink(product, api, style, version);
      }
    }
    Matcher p = PATH_FORM.matcher(text);
    if (p.find()) {
      return new ExplorerLink(p.group(1), p.group(3), null, p.group(2));
    }
    return null;
  }

  private static ApiStyle style(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "RPC" -> ApiStyle.RPC;
      case "ROA", "RESTFUL", "REST" -> ApiStyle.ROA;
      default -> null;
    };
  }
}

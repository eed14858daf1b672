package io.sdkgen.emulator;

import io.sdkgen.spec.ErrorCode;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The operations an emulator serves, by action and version, each with its prepared success body and
 * the scenario rules that apply to it.
 */
final class Catalog {

  /** Gateway codes a scenario may use although pages rarely list them. */
  private static final Map<String, ErrorCode> COMMON = commonCodes();

  /** One served operation. */
  record Route(Product product, Operation operation, SuccessBody body, List<Rule> rules) {}

  /** A scenario rule resolved against its operation's error table. */
  static final class Rule {
    private final Scenario scenario;
    private final int status;
    private final String message;
    private final AtomicInteger remaining;

    Rule(Scenario scenario, int status, String message) {
      this.scenario = scenario;
      this.status = status;
      this.message = message;
      this.remaining = new AtomicInteger(scenario.times());
    }

    /** Returns the error to answer when this rule matches and still fires, else empty. */
    Optional<ApiError> apply(Map<String, String> params) {
      for (Map.Entry<String, String> condition : scenario.when().entrySet()) {
        if (!condition.getValue().equals(params.get(condition.getKey()))) {
          return Optional.empty();
        }
      }
      if (scenario.times() > 0 && remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) == 0) {
        return Optional.empty();
      }
      return Optional.of(new ApiError(status, scenario.error(), message));
    }
  }

  private final Map<String, Map<String, Route>> routes;
  private final int size;

  private Catalog(Map<String, Map<String, Route>> routes, int size) {
    this.routes = routes;
    this.size = size;
  }

  /**
   * Builds the catalog of every operation of {@code products}, RPC and ROA, with {@code scenarios}
   * resolved.
   *
   * @throws EmulatorSetupException when a scenario names an unknown action or undocumented code
   */
  static Catalog of(List<Product> products, Scenarios scenarios) {
    Map<String, Map<String, Route>> routes = new TreeMap<>();
    int size = 0;
    for (Product product : products) {
      for (Operation operation : product.operations()) {
        List<Rule> rules = new ArrayList<>();
        for (Scenario scenario : scenarios.rules()) {
          if (scenario.action().equals(operation.name())) {
            rules.add(resolve(scenario, operation));
          }
        }
        Route route = new Route(product, operation, SuccessBody.of(operation), rules);
        if (routes
                .computeIfAbsent(operation.name(), name -> new LinkedHashMap<>())
                .put(product.version(), route)
            == null) {
          size++;
        }
      }
    }
    for (Scenario scenario : scenarios.rules()) {
      if (!routes.containsKey(scenario.action())) {
        throw new EmulatorSetupException(
            scenario.source()
                + ": error: action \""
                + scenario.action()
                + "\" is not an operation of the pages");
      }
    }
    return new Catalog(routes, size);
  }

  private static Rule resolve(Scenario scenario, Operation operation) {
    for (ErrorCode error : operation.errors()) {
      if (error.code().equals(scenario.error())) {
        return new Rule(scenario, statusOf(error), messageOf(error));
      }
    }
    ErrorCode common = COMMON.get(scenario.error());
    if (common == null) {
      throw new EmulatorSetupException(
          scenario.source()
              + ": error: error code \""
              + scenario.error()
              + "\" is not documented for "
              + operation.name()
              + " ("
              + operation.location().path()
              + ") nor a common gateway code");
    }
    return new Rule(scenario, common.httpStatus(), common.message());
  }

  private static int statusOf(ErrorCode error) {
    return error.httpStatus() >= 400 && error.httpStatus() <= 599 ? error.httpStatus() : 400;
  }

  private static String messageOf(ErrorCode error) {
    if (!error.message().isBlank()) {
      return error.message();
    }
    return error.description().isBlank() ? error.code() : error.description();
  }

  /** Returns the routes for {@code action} by version, or an empty map. */
  Map<String, Route> versionsOf(String action) {
    return routes.getOrDefault(action, Map.of());
  }

  /** Returns how many operation versions are served. */
  int size() {
    return size;
  }

  private static Map<String, ErrorCode> commonCodes() {
    Map<String, ErrorCode> codes = new LinkedHashMap<>();
    common(codes, 400, "Throttling", "Request was denied due to request throttling.");
    common(codes, 400, "Throttling.User", "Request was denied due to user flow control.");
    common(codes, 400, "Throttling.Api", "Request was denied due to api flow control.");
    common(
        codes,
        503,
        "ServiceUnavailable",
        "The request has failed due to a temporary failure of the server.");
    common(
        codes,
        500,
        "InternalError",
        "The request processing has failed due to some unknown error, exception or failure.");
    return Map.copyOf(codes);
  }

  private static void common(Map<String, ErrorCode> codes, int status, String code, String text) {
    codes.put(code, new ErrorCode(status, code, text, "", io.sdkgen.spec.Location.of("<gateway>")));
  }
}

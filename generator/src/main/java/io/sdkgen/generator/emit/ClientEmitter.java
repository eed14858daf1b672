package io.sdkgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sdkgen.spec.ApiStyle;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.ParameterLocation;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.lang.model.element.Modifier;
import javax.net.ssl.SSLContext;

/**
 * Emits a product's client: built with a builder over the runtime's client options, one method per
 * operation plus an async twin, {@link AutoCloseable}.
 */
public final class ClientEmitter {

  /** Operation name prefixes of calls that change nothing, so retrying them is always safe. */
  private static final List<String> READ_ONLY_PREFIXES =
      List.of("Describe", "List", "Get", "Query", "Check", "Search", "Preview", "Inquiry");

  private static final String CLIENT_TOKEN = "ClientToken";

  /**
   * One operation as the client calls it.
   *
   * @param operation the operation read from the page
   * @param style its product's API style: RPC, or ROA (method, path, JSON body)
   * @param request its generated request class
   * @param response its generated response class
   */
  public record Call(Operation operation, ApiStyle style, ClassName request, ClassName response) {}

  /**
   * What the client needs besides its calls.
   *
   * @param self the client class
   * @param product the product code ({@code Vpc})
   * @param version the API version ({@code 2016-04-28})
   * @param baseException the product's base exception
   * @param errors the generated error registry class
   * @param source what {@code @Generated} names as the source
   */
  public record Target(
      ClassName self,
      String product,
      String version,
      ClassName baseException,
      ClassName errors,
      String source) {}

  private final EmitContext context;

  /** Creates an emitter sharing {@code context}. */
  public ClientEmitter(EmitContext context) {
    this.context = context;
  }

  /** Returns the client class for {@code calls}, in their order. */
  public TypeSpec emit(Target target, List<Call> calls) {
    ClassName builder = target.self().nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(target.self())
            .addJavadoc(classJavadoc(target, calls))
            .addAnnotation(context.generated(target.source()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addField(service(target));
    NameAllocator constants = new NameAllocator();
    constants.newName("SERVICE", "SERVICE");
    NameAllocator methods = new NameAllocator();
    for (String reserved : List.of("builder", "close", "client")) {
      methods.newName(reserved, reserved);
    }
    for (Call call : calls) {
      String constant =
          constants.newName(
              JavaNames.constantName(call.operation().name()), call.operation().name());
      type.addField(operationInfo(call, constant));
    }
    type.addField(RuntimeTypes.SDK_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(constructor());
    type.addMethod(builderMethod(builder));
    for (Call call : calls) {
      String operation = call.operation().name();
      String name = methods.newName(JavaNames.memberName(operation), operation);
      String async = methods.newName(name + "Async", "async:" + operation);
      type.addMethod(syncMethod(call, name, constants.get(operation), target));
      type.addMethod(asyncMethod(call, async, constants.get(operation), target));
    }
    type.addMethod(close());
    type.addType(builderType(target.self(), builder));
    return type.build();
  }

  private String classJavadoc(Target target, List<Call> calls) {
    String example =
        calls.isEmpty()
            ? ""
            : "\n\n<pre>{@code\ntry ("
                + target.self().simpleName()
                + " client = "
                + target.self().simpleName()
                + ".builder().region(\"cn-hangzhou\").build()) {\n  client."
                + JavaNames.memberName(calls.get(0).operation().name())
                + "(request);\n}\n}</pre>";
    return "Client for "
        + JavadocRenderer.text(target.product())
        + " (API version "
        + JavadocRenderer.text(target.version())
        + "): one method per operation and an async twin.\n\n"
        + "<p>A client is immutable and thread-safe; share one and close it when done."
        + example
        + "\n";
  }

  // Example:
  // private static final ServiceInfo SERVICE =
  //     new ServiceInfo("Vpc", "2016-04-28", "vpc", Map.of(), VpcErrors.REGISTRY);
  private static FieldSpec service(Target target) {
    String product = target.product().toLowerCase(Locale.ROOT);
    String text =
        call(
            "new ServiceInfo",
            quoted(target.product()),
            quoted(target.version()),
            quoted(product),
            "Map.of()",
            target.errors().simpleName() + ".REGISTRY");
    return constant(
        RuntimeTypes.SERVICE_INFO,
        "SERVICE",
        text,
        "new $T($S,%s$S,%s$S,%s$T.of(),%s$T.REGISTRY)",
        RuntimeTypes.SERVICE_INFO,
        target.product(),
        target.version(),
        product,
        Map.class,
        target.errors());
  }

  // Example:
  // private static final OperationInfo CREATE_VPN_ROUTE_ENTRY =
  //     OperationInfo.rpc("CreateVpnRouteEntry", "POST", true, "ClientToken");
  // private static final OperationInfo RESTART_INSTANCE =
  //     OperationInfo.roa("RestartInstance", "POST",
  //         "/openapi/instances/{InstanceId}/actions/restart", true, "clientToken");
  private static FieldSpec operationInfo(Call call, String constant) {
    Operation operation = call.operation();
    if (call.style() == ApiStyle.ROA) {
      // A query parameter the page calls clientToken (ROA pages spell it so) is filled once per
      // call and kept across retries, as ClientToken is for RPC.
      String token =
          RequestEmitter.fields(operation).stream()
              .filter(p -> p.in() == ParameterLocation.QUERY)
              .map(Parameter::name)
              .filter(CLIENT_TOKEN::equalsIgnoreCase)
              .findFirst()
              .orElse(null);
      String method = httpMethod(operation);
      boolean mutating = !method.equals("GET") && !method.equals("HEAD");
      String text =
          call(
              "OperationInfo.roa",
              quoted(operation.name()),
              quoted(method),
              quoted(operation.path()),
              mutating,
              quoted(token));
      return constant(
          RuntimeTypes.OPERATION_INFO,
          constant,
          text,
          "$T.roa($S,%s$S,%s$S,%s$L,%s$S)",
          RuntimeTypes.OPERATION_INFO,
          operation.name(),
          method,
          operation.path(),
          mutating,
          token);
    }
    boolean hasToken =
        RequestEmitter.fields(operation).stream().anyMatch(p -> p.name().equals(CLIENT_TOKEN));
    String method = httpMethod(operation);
    boolean mutating = isMutating(operation.name());
    String token = hasToken ? CLIENT_TOKEN : null;
    String text =
        call(
            "OperationInfo.rpc", quoted(operation.name()), quoted(method), mutating, quoted(token));
    return constant(
        RuntimeTypes.OPERATION_INFO,
        constant,
        text,
        "$T.rpc($S,%s$S,%s$L,%s$S)",
        RuntimeTypes.OPERATION_INFO,
        operation.name(),
        method,
        mutating,
        token);
  }

  /** The column JavaPoet wraps at. */
  private static final int COLUMN_LIMIT = 100;

  /**
   * A {@code private static final} constant of the client laid out as google-java-format would: the
   * initializer on the declaration's line where the whole fits in {@link #COLUMN_LIMIT} columns,
   * else on a line of its own (+4), and where even that is too long, its arguments wrapped where
   * the line would pass the limit (+8). {@code text} is the initializer as it reads in the source,
   * for measuring; {@code format} marks with {@code %s} the places between arguments where it may
   * wrap.
   */
  private static FieldSpec constant(
      ClassName type, String name, String text, String format, Object... args) {
    // "  private static final Type NAME = " and the closing ";".
    int declaration = 2 + "private static final ".length() + type.simpleName().length() + 1;
    declaration += name.length() + " = ".length();
    String initializer;
    if (declaration + text.length() + 1 <= COLUMN_LIMIT) {
      initializer = format.replace("%s", " ");
    } else {
      // A line break and two levels of indent (+4) before the call, its arguments wrapping at
      // JavaPoet's continuation (+4 again) where the line would pass the limit. SourceFolders.text
      // drops the space JavaPoet leaves after the "=".
      String separator = 6 + text.length() + 1 <= COLUMN_LIMIT ? " " : "$W";
      initializer = "\n$>$>" + format.replace("%s", separator) + "$<$<";
    }
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer, args)
        .build();
  }

  /** Returns {@code callee(a, b, ...)} as it reads in the source, for measuring. */
  private static String call(String callee, Object... arguments) {
    StringJoiner text = new StringJoiner(", ", callee + "(", ")");
    for (Object argument : arguments) {
      text.add(String.valueOf(argument));
    }
    return text.toString();
  }

  /** Returns {@code value} as a Java string literal for measuring, or {@code null}. */
  private static String quoted(String value) {
    return value == null ? "null" : '"' + value + '"';
  }

  /**
   * Returns the HTTP method a call uses: POST where the page allows it (for ROA pages such as
   * {@code PATCH|POST /openapi/...} too, as the official SDKs send them), else the page's only or
   * first method; POST when the page names none.
   */
  private static String httpMethod(Operation operation) {
    if (operation.httpMethods().isEmpty() || operation.httpMethods().contains("POST")) {
      return "POST";
    }
    return operation.httpMethods().get(0);
  }

  private static boolean isMutating(String operation) {
    return READ_ONLY_PREFIXES.stream().noneMatch(operation::startsWith);
  }

  // Example:
  // private VpcClient(ClientOptions options) { this.client = new SdkClient(SERVICE, options); }
  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeTypes.CLIENT_OPTIONS, "options")
        .addStatement("this.client = new $T(SERVICE, options)", RuntimeTypes.SDK_CLIENT)
        .build();
  }

  // Example:
  // public static Builder builder() { return new Builder(); }
  private static MethodSpec builderMethod(ClassName builder) {
    return MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a builder for a new client.\n\n@return a new builder\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build();
  }

  // Example:
  // public CreateVpnRouteEntryResponse createVpnRouteEntry(CreateVpnRouteEntryRequest request) {
  //   return client.execute(CREATE_VPN_ROUTE_ENTRY, request, CreateVpnRouteEntryResponse::read);
  // }
  private MethodSpec syncMethod(Call call, String name, String constant, Target target) {
    String throwsText = " when the service returns an error; documented codes as subclasses";
    boolean fits =
        "@throws ".length() + target.baseException().simpleName().length() + throwsText.length()
            <= JavadocRenderer.LINE_WIDTH;
    return MethodSpec.methodBuilder(name)
        .addJavadoc(
            "$L\n\n@param request the request\n@return the response\n@throws $T$L\n",
            summary(call.operation()),
            target.baseException(),
            fits ? throwsText : throwsText.replace(" documented", "\n    documented"))
        .addModifiers(Modifier.PUBLIC)
        .returns(call.response())
        .addParameter(call.request(), "request")
        .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request == null")
        .addStatement("return client.execute($N, request,$W$T::read)", constant, call.response())
        .build();
  }

  // Example:
  // public CompletableFuture<CreateVpnRouteEntryResponse> createVpnRouteEntryAsync(
  //     CreateVpnRouteEntryRequest request) {
  //   return client.executeAsync(CREATE_VPN_ROUTE_ENTRY, request,
  //       CreateVpnRouteEntryResponse::read);
  // }
  private MethodSpec asyncMethod(Call call, String name, String constant, Target target) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(
            "$L\n\n<p>Runs asynchronously; service errors complete the future exceptionally with\n"
                + "{@link $T} or a subclass.\n\n@param request the request\n"
                + "@return the response, when it arrives\n",
            summary(call.operation()),
            target.baseException())
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), call.response()))
        .addParameter(call.request(), "request")
        .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request == null")
        .addStatement(
            "return client.executeAsync($N, request,$W$T::read)", constant, call.response())
        .build();
  }

  private String summary(Operation operation) {
    return context.doc(
        operation.summary(), "Calls {@code " + JavadocRenderer.text(operation.name()) + "}.");
  }

  // Example:
  // public void close() { client.close(); }
  private static MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addJavadoc(
            "Releases the threads this client created; calls still in flight may fail. Idempotent.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("client.close()")
        .build();
  }

  // Example:
  // public static final class Builder {
  //   private final ClientOptions.Builder options = ClientOptions.builder();
  //   public Builder region(String region) { options.region(region); return this; }
  //   public VpcClient build() { return new VpcClient(options.build()); }
  // }
  private static TypeSpec builderType(ClassName client, ClassName builder) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Configures a {@link $T}.\n", client)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        RuntimeTypes.CLIENT_OPTIONS_BUILDER,
                        "options",
                        Modifier.PRIVATE,
                        Modifier.FINAL)
                    .initializer("$T.builder()", RuntimeTypes.CLIENT_OPTIONS)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        option(
            builder,
            "region",
            ClassName.get(String.class),
            "the region ID, such as {@code cn-hangzhou}; also sent as\n    {@code RegionId} when a request leaves it unset"));
    type.addMethod(
        option(
            builder,
            "endpoint",
            ClassName.get(URI.class),
            "the endpoint to call instead of the product's regional one,\n    such as a local emulator"));
    type.addMethod(
        option(
            builder,
            "credentials",
            RuntimeTypes.CREDENTIALS_PROVIDER,
            "where access keys come from"));
    type.addMethod(
        option(
            builder,
            "signatureVersion",
            RuntimeTypes.SIGNATURE_VERSION,
            "how RPC requests are signed: V1 (HMAC-SHA1, the default)\n    or V3"
                + " (ACS3-HMAC-SHA256); ROA requests are always signed with V3"));
    type.addMethod(
        option(
            builder,
            "connectTimeout",
            ClassName.get(Duration.class),
            "how long to wait for a connection"));
    type.addMethod(
        option(
            builder,
            "readTimeout",
            ClassName.get(Duration.class),
            "how long to wait for a response"));
    type.addMethod(
        option(
            builder,
            "retryPolicy",
            RuntimeTypes.RETRY_POLICY,
            "when and how often failed calls are retried"));
    type.addMethod(
        option(
            builder,
            "addInterceptor",
            RuntimeTypes.INTERCEPTOR,
            "a hook run around every call, after those added before it"));
    type.addMethod(
        option(
            builder,
            "addNetworkInterceptor",
            RuntimeTypes.INTERCEPTOR,
            "a hook run around every attempt once it is signed, just\n    before it is sent; it sees"
                + " the signature, so it must not log it unredacted"));
    type.addMethod(
        option(
            builder,
            "format",
            RuntimeTypes.RESPONSE_FORMAT,
            "the format answers are asked for in: JSON (the default) or XML"));
    type.addMethod(
        option(
            builder,
            "httpClient",
            ClassName.get(HttpClient.class),
            "the JDK HTTP client to send with, shared and not closed by\n    this client; by default"
                + " the client builds its own"));
    type.addMethod(
        option(
            builder,
            "sslContext",
            ClassName.get(SSLContext.class),
            "the TLS context (trusted certificates, client keys) of the\n    HTTP client this client"
                + " builds for itself, such as one trusting a private\n    certificate authority;"
                + " not used with {@link #httpClient}"));
    type.addMethod(
        option(
            builder,
            "executor",
            ClassName.get(Executor.class),
            "where the async methods run, not shut down by this client;\n    by default the client"
                + " keeps a pool of its own"));
    type.addMethod(
        option(
            builder,
            "userAgent",
            ClassName.get(String.class),
            "the {@code User-Agent} header sent with every request"));
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc("Returns a new client with this configuration.\n\n@return the client\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addStatement("return new $T(options.build())", client)
            .build());
    return type.build();
  }

  private static MethodSpec option(ClassName builder, String name, TypeName type, String doc) {
    String parameter = name.startsWith("add") ? "interceptor" : name;
    String summary =
        switch (name) {
          case "addInterceptor" -> "Adds an interceptor";
          case "addNetworkInterceptor" -> "Adds a network interceptor";
          default -> "Sets the " + name;
        };
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L.\n\n@param $L $L\n@return this builder\n", summary, parameter, doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, parameter)
        .addStatement("options.$N($N)", name, parameter)
        .addStatement("return this")
        .build();
  }
}

package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.JavaFile;
import io.sdkgen.emulator.Emulator;
import io.sdkgen.generator.emit.JavaNames;
import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.CredentialsProvider;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.Parameter;
import io.sdkgen.spec.Product;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.TypeKind;
import io.sdkgen.spec.parse.SpecReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus's ROA product end to end: the client generated from the elasticsearch pages calls
 * every operation whose required parameters are plain values on an emulator serving the same pages.
 * Each call must pass the emulator's checks (method, path, V3 signature, required parameters,
 * types) and read its answer: what the generator writes, the runtime sends and the emulator expects
 * agree on every page.
 */
class RoaCorpusRoundTripTest {

  private static final String PACKAGE = "com.example.es";

  @TempDir Path classes;

  @Test
  void everyElasticsearchOperationRoundTripsThroughTheEmulator() throws Exception {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null, "sdkgen.shared is not set");
    Path docs = Path.of(shared, "corpus", "elasticsearch");
    assumeTrue(Files.isDirectory(docs), "no corpus at " + docs);

    GenerationResult result =
        new SdkGenerator(GeneratorOptions.builder().docs(docs).packageName(PACKAGE).build())
            .generate();
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : result.files()) {
      sources.add(file.toJavaFileObject());
    }
    assertThat(Compilation.compileTo(sources, List.of("-proc:none"), classes)).isEmpty();
    Spec spec = SpecReader.builder().readOtherLocales(false).build().read(List.of(docs));

    List<String> failures = new ArrayList<>();
    int called = 0;
    int skipped = 0;
    try (Emulator emulator =
            Emulator.builder().docs(docs).accessKey("test-id", "test-secret").build().start();
        URLClassLoader loader =
            new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> clientType = loader.loadClass(PACKAGE + ".ElasticsearchClient");
      Object builder = clientType.getMethod("builder").invoke(null);
      Class<?> builderType = builder.getClass();
      builderType.getMethod("endpoint", URI.class).invoke(builder, emulator.endpoint());
      builderType.getMethod("region", String.class).invoke(builder, "cn-hangzhou");
      builderType
          .getMethod("credentials", CredentialsProvider.class)
          .invoke(builder, new StaticCredentialsProvider(Credentials.of("test-id", "test-secret")));
      try (AutoCloseable client = (AutoCloseable) builderType.getMethod("build").invoke(builder)) {
        for (Product product : spec.products()) {
          for (Operation operation : product.operations()) {
            Object request = request(loader, operation);
            if (request == null) {
              skipped++;
              continue;
            }
            Method call =
                clientType.getMethod(JavaNames.memberName(operation.name()), request.getClass());
            try {
              Object response = call.invoke(client, request);
              Object requestId = response.getClass().getMethod("requestId").invoke(response);
              if (requestId == null) {
                failures.add(operation.name() + ": no RequestId read");
              }
            } catch (InvocationTargetException e) {
              failures.add(operation.name() + ": " + e.getCause());
            }
            called++;
          }
        }
      }
    }
    System.out.printf("elasticsearch: %d operations called, %d skipped%n", called, skipped);
    assertThat(failures).isEmpty();
    // 168 operations; those needing a structure or a value set are left out.
    assertThat(called).as("operations called (%d skipped)", skipped).isGreaterThan(140);
  }

  /**
   * Returns a request with every required parameter set to a plain value of its type, or null when
   * one needs more than a plain value (a structure, a documented value set) or two parameters share
   * a Java name.
   */
  private static Object request(ClassLoader loader, Operation operation) throws Exception {
    Class<?> type =
        loader.loadClass(PACKAGE + "." + JavaNames.typeName(operation.name()) + "Request");
    Object builder = type.getMethod("builder").invoke(null);
    Set<String> members = new HashSet<>();
    for (Parameter parameter : operation.parameters()) {
      if (!members.add(JavaNames.memberName(parameter.name()))) {
        return null; // Two names that map to one Java name: the setters are not told apart here.
      }
    }
    for (Parameter parameter : operation.parameters()) {
      if (!parameter.required()) {
        continue;
      }
      String setter = JavaNames.memberName(parameter.name());
      Object value = plainValue(parameter);
      Method method = findSetter(builder.getClass(), setter, value);
      if (value == null || method == null) {
        return null;
      }
      method.invoke(builder, value);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Object plainValue(Parameter parameter) {
    if (!parameter.members().isEmpty() || !parameter.allowedValues().isEmpty()) {
      return null;
    }
    String example = parameter.example().isBlank() ? "x" : parameter.example();
    return switch (parameter.type().kind()) {
      case STRING -> example;
      case INTEGER -> 1;
      case LONG -> 1L;
      case BOOLEAN -> true;
      case FLOAT -> 1f;
      case DOUBLE -> 1d;
      case LIST -> parameter.type().element().kind() == TypeKind.STRING ? List.of("x") : null;
      default -> null;
    };
  }

  private static Method findSetter(Class<?> builder, String name, Object value) {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == 1
          && value != null
          && method.getParameterTypes()[0].isInstance(value)) {
        return method;
      }
    }
    return null;
  }
}

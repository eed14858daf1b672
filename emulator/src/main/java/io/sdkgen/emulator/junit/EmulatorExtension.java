package io.sdkgen.emulator.junit;

import io.sdkgen.emulator.Emulator;
import io.sdkgen.spec.Product;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts an {@link Emulator} before the tests of a class and stops it after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmulatorExtension emulator =
 *     EmulatorExtension.builder().docs(Path.of("docs")).accessKey("id", "secret").build();
 *
 * @Test
 * void createsRoute() {
 *   var client = VpcClient.builder().endpoint(emulator.endpoint()) ... ;
 * }
 * }</pre>
 *
 * <p>Register it on a {@code static} field: the emulator lives for the whole class.
 */
public final class EmulatorExtension implements BeforeAllCallback, AfterAllCallback {

  private final Emulator.Builder builder;
  private Emulator emulator;

  private EmulatorExtension(Emulator.Builder builder) {
    this.builder = builder;
  }

  /** Returns a builder; it takes the same settings as {@link Emulator#builder()}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator = builder.build().start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (emulator != null) {
      emulator.close();
      emulator = null;
    }
  }

  /** Returns the running emulator. */
  public Emulator emulator() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator runs only during the tests of its class");
    }
    return emulator;
  }

  /** Returns {@code http://127.0.0.1:port} of the running emulator. */
  public URI endpoint() {
    return emulator().endpoint();
  }

  /** Returns the port of the running emulator. */
  public int port() {
    return emulator().port();
  }

  /** Configures an {@link EmulatorExtension}. */
  public static final class Builder {
    private final Emulator.Builder emulator = Emulator.builder();

    private Builder() {}

    /** Serves the operations of the pages under these paths (folders of {@code *.md} or files). */
    public Builder docs(Path... paths) {
      emulator.docs(paths);
      return this;
    }

    /** Serves these products. */
    public Builder products(List<Product> products) {
      emulator.products(products);
      return this;
    }

    /** Adds an access key pair requests may be signed with. */
    public Builder accessKey(String accessKeyId, String accessKeySecret) {
      emulator.accessKey(accessKeyId, accessKeySecret);
      return this;
    }

    /** Reads scenario rules from a JSON file. */
    public Builder scenarios(Path file) {
      emulator.scenarios(file);
      return this;
    }

    /** Sets where the one line per request goes. */
    public Builder requestLog(Consumer<String> requestLog) {
      emulator.requestLog(Objects.requireNonNull(requestLog, "requestLog == null"));
      return this;
    }

    /** Gives access to every other emulator setting. */
    public Builder configure(Consumer<Emulator.Builder> configuration) {
      configuration.accept(emulator);
      return this;
    }

    /** Returns the extension; the emulator is built and started before the first test. */
    public EmulatorExtension build() {
      return new EmulatorExtension(emulator);
    }
  }
}

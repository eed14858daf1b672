package io.sdkgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sdkgen.spec.ErrorCode;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits a product's exceptions: one base class extending the runtime's service exception, one final
 * subclass per distinct documented error code, and the registry table the runtime uses to pick the
 * class for a code (never a classpath scan).
 */
public final class ErrorEmitter {

  private final EmitContext context;

  /** Creates an emitter sharing {@code context}. */
  public ErrorEmitter(EmitContext context) {
    this.context = context;
  }

  // Example:
  // public class VpcException extends ServiceException {
  //   public VpcException(ServiceError error) { super(error); }
  // }
  /** Returns the product's base exception {@code self}. */
  public TypeSpec base(ClassName self, String product, String version, String source) {
    return TypeSpec.classBuilder(self)
        .addJavadoc(
            "An error the $L service (API version $L) returned.\n\n<p>Documented error codes arrive"
                + " as subclasses;\nany other code arrives as this class, with its code, message, request"
                + " id and HTTP status.\n",
            JavadocRenderer.text(product),
            JavadocRenderer.text(version))
        .addAnnotation(context.generated(source))
        .addModifiers(Modifier.PUBLIC)
        .superclass(RuntimeTypes.SERVICE_EXCEPTION)
        .addField(serialVersionUid())
        .addMethod(constructor())
        .build();
  }

  // Example:
  // /** {@code Forbbiden.SubUser} (HTTP 403): User not authorized ... */
  // public final class ForbbidenSubUserException extends VpcException {
  //   public static final String CODE = "Forbbiden.SubUser";
  //   public ForbbidenSubUserException(ServiceError error) { super(error); }
  // }
  /** Returns the exception {@code self} for one documented error code. */
  public TypeSpec code(ClassName self, ClassName base, ErrorCode error, String source) {
    StringBuilder doc =
        new StringBuilder("The error {@code ").append(text(error.code())).append('}');
    if (error.httpStatus() > 0) {
      doc.append(" (HTTP ").append(error.httpStatus()).append(')');
    }
    doc.append('.');
    if (!error.message().isBlank()) {
      doc.append("\n\n").append(JavadocRenderer.wrap("<p>Message: " + text(error.message())));
    }
    String description = context.javadoc().render(error.description());
    if (!description.isEmpty()) {
      doc.append("\n\n").append(EmitContext.paragraph(description));
    }
    return TypeSpec.classBuilder(self)
        .addJavadoc("$L\n", doc)
        .addAnnotation(context.generated(source))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(base)
        .addField(
            FieldSpec.builder(
                    String.class, "CODE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The error code this class stands for.\n")
                .initializer("$S", error.code())
                .build())
        .addField(serialVersionUid())
        .addMethod(constructor())
        .build();
  }

  // Example:
  // final class VpcErrors {
  //   static final ErrorRegistry REGISTRY = registry();
  //   private static ErrorRegistry registry() {
  //     ErrorRegistry.Builder errors = ErrorRegistry.builder();
  //     errors.register(ForbbidenSubUserException.CODE, ForbbidenSubUserException::new);
  //     return errors.fallback(VpcException::new).build();
  //   }
  // }
  /**
   * Returns the registry class {@code self} mapping each code to its exception class. One statement
   * per code rather than one long call chain: javac recurses once per chained call.
   *
   * @param classes exception class per error code, in code order
   */
  public TypeSpec registry(
      ClassName self, ClassName base, Map<String, ClassName> classes, String source) {
    ClassName builder = RuntimeTypes.ERROR_REGISTRY.nestedClass("Builder");
    MethodSpec.Builder registry =
        MethodSpec.methodBuilder("registry")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(RuntimeTypes.ERROR_REGISTRY)
            .addStatement("$T errors = $T.builder()", builder, RuntimeTypes.ERROR_REGISTRY);
    classes.forEach(
        (code, type) -> registry.addStatement("errors.register($T.CODE,$W$T::new)", type, type));
    registry.addStatement("return errors.fallback($T::new).build()", base);
    return TypeSpec.classBuilder(self)
        .addJavadoc("The documented error codes of the product and the exception class of each.\n")
        .addAnnotation(context.generated(source))
        .addModifiers(Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    RuntimeTypes.ERROR_REGISTRY, "REGISTRY", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Maps codes to exceptions; other codes become {@link $T}.\n", base)
                .initializer("registry()")
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(registry.build())
        .build();
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(
            TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }

  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc(
            "Creates the exception for an error the service returned.\n\n"
                + "@param error the parsed error body and status\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.SERVICE_ERROR, "error")
        .addStatement("super(error)")
        .build();
  }

  private static String text(String plain) {
    return JavadocRenderer.text(plain);
  }
}

package io.sdkgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import java.util.Objects;

/**
 * What every emitter of one generation run shares: the Javadoc renderer (and its cache) and the
 * generator version written into {@code @Generated}.
 */
public final class EmitContext {

  private final JavadocRenderer javadoc;
  private final String generatorVersion;

  /** Creates a context for one run; emitters may share it across threads. */
  public EmitContext(String generatorVersion) {
    this.javadoc = new JavadocRenderer();
    this.generatorVersion = Objects.requireNonNull(generatorVersion, "generatorVersion == null");
  }

  /** Returns the renderer for page text. */
  public JavadocRenderer javadoc() {
    return javadoc;
  }

  /** Returns the version written into generated files. */
  public String generatorVersion() {
    return generatorVersion;
  }

  /**
   * Returns {@code @Generated(value = "io.sdkgen.generator.SdkGenerator", comments = "sdkgen 1.0;
   * source: page.md")}; never a date, a host or an absolute path.
   */
  public AnnotationSpec generated(String source) {
    return AnnotationSpec.builder(RuntimeTypes.GENERATED)
        .addMember("value", "$S", "io.sdkgen.generator.SdkGenerator")
        .addMember("comments", "$S", "sdkgen " + generatorVersion + "; source: " + source)
        .build();
  }

  /** Returns rendered Markdown, or {@code fallback} (already Javadoc) when nothing is left. */
  String doc(String markdown, String fallback) {
    String rendered = javadoc.render(markdown);
    return rendered.isEmpty() ? fallback : rendered;
  }

  /** Starts rendered text with {@code <p>} unless it already opens a block. */
  static String paragraph(String rendered) {
    if (rendered.startsWith("<p>")
        || rendered.startsWith("<ul>")
        || rendered.startsWith("<ol>")
        || rendered.startsWith("<pre>")) {
      return rendered;
    }
    return "<p>" + rendered;
  }
}

package io.sdkgen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks sdkgen's annotation processor to generate a client from API reference pages while this
 * package or type compiles.
 *
 * <pre>
 * &#64;GenerateSdk(docs = "src/main/docs/vpc", product = "Vpc", version = "2016-04-28",
 *     packageName = "com.example.vpc")
 * package com.example;
 * </pre>
 *
 * <p>{@link #docs()} is resolved against the processor option {@code sdkgen.projectRoot} (Maven:
 * {@code -Asdkgen.projectRoot=${project.basedir}}; Gradle: {@code
 * -Asdkgen.projectRoot=${projectDir}}), or the working directory without it. The processor is in
 * {@code sdkgen-generator}; put it on the annotation processor path. Any error in the pages is
 * reported on the annotated element with the page's file and line, and no source is generated.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface GenerateSdk {

  /** The folder holding the reference pages ({@code *.md}), relative to the project root. */
  String docs();

  /** The product code for pages that do not name one ({@code Vpc}); empty for none. */
  String product() default "";

  /** The API version for pages that do not name one ({@code 2016-04-28}); empty for none. */
  String version() default "";

  /**
   * The package of the generated code; empty means the annotated element's package. With pages of
   * several products or versions, each gets a subpackage such as {@code vpc.v20160428}.
   */
  String packageName() default "";

  /** Which locale wins when an operation has pages in several: {@code en} or {@code zh}. */
  String locale() default "en";
}

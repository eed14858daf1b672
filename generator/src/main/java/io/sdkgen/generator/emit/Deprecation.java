package io.sdkgen.generator.emit;

import java.util.List;
import java.util.Locale;

/**
 * Tells from a description whether the page marks a parameter or field for removal: "This parameter
 * will be removed in the future. We recommend that you use Tag.N.Key ..." in English,
 * "该参数即将被弃用，...建议您尽量使用Tag.N.Key参数" in Chinese. Only sentences about the value itself count: "an
 * image in the deprecated state" describes something else.
 */
final class Deprecation {

  private static final List<String> MARKS =
      List.of(
          "this parameter will be removed",
          "this parameter is deprecated",
          "this parameter has been deprecated",
          "this field will be removed",
          "this field is deprecated",
          "this field has been deprecated",
          "该参数即将被弃用",
          "该参数已被弃用",
          "该参数已弃用",
          "该参数即将废弃",
          "该参数已废弃",
          "该字段即将被弃用",
          "该字段已废弃");

  /** The Javadoc tag text of a deprecated member. */
  static final String TAG = "@deprecated the API reference says this value will be removed";

  private Deprecation() {}

  /** Returns true when {@code description} marks its value for removal. */
  static boolean marks(String description) {
    String text = description.toLowerCase(Locale.ROOT);
    for (String mark : MARKS) {
      if (text.contains(mark)) {
        return true;
      }
    }
    return false;
  }
}

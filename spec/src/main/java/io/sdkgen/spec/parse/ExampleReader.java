package io.sdkgen.spec.parse;

import io.sdkgen.spec.Example;
import io.sdkgen.spec.ExampleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the example blocks of an examples section. A block's kind comes from its anchor ({@code
 * {#request_demo}}, {@code {#json_return_success_demo}}), else from the label before it (请求示例,
 * 正常返回示例, 错误返回示例, Request example, Error response ...) and its content ({@code <} is XML,
 * {@code {} is JSON).
 */
final class ExampleReader {

  private enum Mode {
    REQUEST,
    SUCCESS,
    ERROR
  }

  private static final Pattern REQUEST_LINE =
      Pattern.compile("(GET|POST|PUT|DELETE|PATCH|HEAD)\\s");

  private ExampleReader() {}

  /** Returns the examples of {@code section}; blocks of unknown kind are left out. */
  static List<Example> read(SectionElement section, List<String> lines, Diagnostics diagnostics) {
    List<Example> examples = new ArrayList<>();
    for (CodeBlockElement block : section.codeBlocks(lines)) {
      ExampleKind kind = kind(block, labelBefore(lines, section.firstLine(), block.line()));
      if (kind != null) {
        examples.add(new Example(kind, block.content(), diagnostics.at(block.line())));
      }
    }
    return examples;
  }

  private static Mode labelBefore(List<String> lines, int firstLine, int blockLine) {
    for (int i = blockLine - 2; i >= firstLine - 1 && i >= 0; i--) {
      String line = lines.get(i).toLowerCase(Locale.ROOT);
      if (line.startsWith("```") || line.strip().startsWith("```")) {
        return null; // the previous block's label does not reach past it
      }
      if (line.contains("错误") || line.contains("异常") || line.contains("error")) {
        return Mode.ERROR;
      }
      if (line.contains("返回") || line.contains("response") || line.contains("正常")) {
        return Mode.SUCCESS;
      }
      if (line.contains("请求") || line.contains("request")) {
        return Mode.REQUEST;
      }
    }
    return null;
  }

  private static ExampleKind kind(CodeBlockElement block, Mode label) {
    String info = block.info().toLowerCase(Locale.ROOT);
    String content = block.content().strip();
    boolean xml = content.startsWith("<") || info.contains("xml");
    boolean json = content.startsWith("{") || content.startsWith("[") || info.contains("json");
    if (info.contains("request")) {
      return ExampleKind.REQUEST;
    }
    Mode mode = label;
    if (info.contains("error")) {
      mode = Mode.ERROR;
    } else if (info.contains("success") || info.contains("return")) {
      mode = Mode.SUCCESS;
    }
    if (mode == null) {
      if (looksLikeRequest(content)) {
        return ExampleKind.REQUEST;
      }
      mode = xml || json ? Mode.SUCCESS : null;
    }
    if (mode == null) {
      return null;
    }
    return switch (mode) {
      case REQUEST -> ExampleKind.REQUEST;
      case SUCCESS ->
          xml ? ExampleKind.SUCCESS_XML : json ? ExampleKind.SUCCESS_JSON : requestOrNull(content);
      case ERROR -> xml ? ExampleKind.ERROR_XML : json ? ExampleKind.ERROR_JSON : null;
    };
  }

  private static ExampleKind requestOrNull(String content) {
    return looksLikeRequest(content) ? ExampleKind.REQUEST : null;
  }

  private static boolean looksLikeRequest(String content) {
    return content.startsWith("http")
        || content.contains("?Action=")
        || REQUEST_LINE.matcher(content).lookingAt();
  }
}

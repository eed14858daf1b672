package io.sdkgen.spec.parse;

/**
 * A fenced code block: its info string ({@code {#request_demo}}, {@code json}), its content and the
 * 1-based line of its opening fence.
 */
record CodeBlockElement(String info, String content, int line) {}

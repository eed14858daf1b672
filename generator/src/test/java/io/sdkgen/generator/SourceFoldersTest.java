package io.sdkgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFoldersTest {
  @Test
  void spacesBeforeALineBreakAreDroppedAndNothingElse() {
    assertThat(SourceFolders.withoutTrailingSpaces("a =  \n    b;\n  c\n"))
        .isEqualTo("a =\n    b;\n  c\n");
    assertThat(SourceFolders.withoutTrailingSpaces(" \n \n")).isEqualTo("\n\n");
    assertThat(SourceFolders.withoutTrailingSpaces("\"a b\" + c \nd "))
        .isEqualTo("\"a b\" + c\nd ");
  }

  @Test
  void textWithoutTrailingSpacesIsReturnedAsItIs() {
    String source = "class A {\n  int a = 1;\n}\n";
    assertThat(SourceFolders.withoutTrailingSpaces(source)).isSameAs(source);
  }
}

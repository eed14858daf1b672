package io.sdkgen.spec.parse;

/** How far apart two spellings are: for names that pages misspell. */
final class EditDistance {

  private EditDistance() {}

  /**
   * Returns the Levenshtein distance of {@code x} and {@code y} (insertions, deletions and
   * substitutions of one character), or {@code max + 1} as soon as it is known to exceed {@code
   * max}.
   */
  static int of(String x, String y, int max) {
    if (Math.abs(x.length() - y.length()) > max) {
      return max + 1;
    }
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        best = Math.min(best, current[j]);
      }
      if (best > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}

package io.sdkgen.runtime.auth;

/** Stable sort of parallel name/value arrays by name in code-point (UTF-16 unit) order. */
final class Sorting {
  private Sorting() {}

  /** Sorts {@code names[0..n)} and moves {@code values} along; stable. */
  static void sort(String[] names, String[] values, int n) {
    if (n <= 48) {
      for (int i = 1; i < n; i++) {
        String name = names[i];
        String value = values[i];
        int j = i - 1;
        while (j >= 0 && names[j].compareTo(name) > 0) {
          names[j + 1] = names[j];
          values[j + 1] = values[j];
          j--;
        }
        names[j + 1] = name;
        values[j + 1] = value;
      }
      return;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
    String[] sortedNames = new String[n];
    String[] sortedValues = new String[n];
    for (int i = 0; i < n; i++) {
      sortedNames[i] = names[order[i]];
      sortedValues[i] = values[order[i]];
    }
    System.arraycopy(sortedNames, 0, names, 0, n);
    System.arraycopy(sortedValues, 0, values, 0, n);
  }
}

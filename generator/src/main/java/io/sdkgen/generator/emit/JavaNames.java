package io.sdkgen.generator.emit;

import com.palantir.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns names from page text into legal Java identifiers, mechanically.
 *
 * <p>Every identifier an emitter derives from a page goes through this class; clashes between the
 * results are resolved afterwards by one {@link com.palantir.javapoet.NameAllocator} per type.
 */
public final class JavaNames {

  private JavaNames() {}

  /**
   * Returns an UpperCamelCase type name: {@code InvalidVpnGatewayInstanceId.NotFound} becomes
   * {@code InvalidVpnGatewayInstanceIdNotFound}, {@code 3rd-party} becomes {@code _3rdParty}.
   */
  public static String typeName(String text) {
    StringBuilder result = new StringBuilder();
    for (String word : words(text)) {
      result.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
      result.append(word, Character.charCount(word.codePointAt(0)), word.length());
    }
    return legal(result.toString(), "Unnamed");
  }

  /**
   * Returns {@code name} in the singular when it ends in an English plural ({@code Rules}: {@code
   * Rule}, {@code Queries}: {@code Query}, {@code Statuses}: {@code Status}, {@code Matches}:
   * {@code Match}, {@code Caches}: {@code Cache}, {@code Indices}: {@code Index}) or names a list
   * by a last word {@code List} ({@code dictList}: {@code dict}, {@code DataDiskList}: {@code
   * DataDisk}), else {@code name} itself ({@code Status}, {@code Address}, {@code Analysis}, {@code
   * List}, {@code Blacklist}).
   */
  public static String singular(String name) {
    if (name.length() > 4
        && name.endsWith("List")
        && Character.isLowerCase(name.charAt(name.length() - 5))) {
      return name.substring(0, name.length() - 4);
    }
    if (name.length() < 4 || !name.endsWith("s")) {
      return name;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("indices")) {
      return name.substring(0, name.length() - 4) + "ex";
    }
    if (lower.endsWith("ies")) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (lower.endsWith("sses")
        || lower.endsWith("uses")
        || lower.endsWith("xes")
        || lower.endsWith("tches")
        || lower.endsWith("nches")
        || lower.endsWith("rches")
        || lower.endsWith("shes")) {
      return name.substring(0, name.length() - 2);
    }
    if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
      return name;
    }
    return name.substring(0, name.length() - 1);
  }

  /**
   * Returns the type name of the elements of list {@code name} in the singular ({@code Rules}:
   * {@code Rule}) when no name in {@code siblings} (the type names of the members beside the list)
   * and no type {@code types} has handed out is that name; null otherwise. Nothing is allocated.
   */
  static String freeSingularTypeName(String name, NameAllocator types, Set<String> siblings) {
    String singular = typeName(singular(name));
    return !siblings.contains(singular) && isFree(singular, types) ? singular : null;
  }

  /** Returns true when {@code types} has not handed out {@code name}; nothing is allocated. */
  static boolean isFree(String name, NameAllocator types) {
    return types.clone().newName(name).equals(name);
  }

  /**
   * Returns a lowerCamelCase member name: {@code VpnGatewayId} becomes {@code vpnGatewayId}, {@code
   * VSwitchId} becomes {@code vSwitchId}, {@code ID} becomes {@code id}, {@code class} becomes
   * {@code class_}.
   */
  public static String memberName(String text) {
    String type = typeName(text);
    if (type.startsWith("_")) {
      return type;
    }
    int upper = 0;
    while (upper < type.length() && Character.isUpperCase(type.charAt(upper))) {
      upper++;
    }
    // Lower the whole leading capital run, except its last letter when a lower-case word follows
    // it: "OSType" -> "osType", "ID" -> "id", "VSwitchId" -> "vSwitchId".
    int lowerUpTo = upper;
    if (upper > 1 && upper < type.length() && Character.isLowerCase(type.charAt(upper))) {
      lowerUpTo = upper - 1;
    }
    lowerUpTo = Math.max(lowerUpTo, 1);
    String result =
        type.substring(0, lowerUpTo).toLowerCase(Locale.ROOT) + type.substring(lowerUpTo);
    return legal(result, "value");
  }

  /**
   * Returns an UPPER_SNAKE constant name: {@code pbr} becomes {@code PBR}, {@code cn-hangzhou}
   * becomes {@code CN_HANGZHOU}, {@code PayByTraffic} becomes {@code PAY_BY_TRAFFIC}, {@code 100}
   * becomes {@code _100}.
   */
  public static String constantName(String text) {
    StringBuilder result = new StringBuilder();
    for (String word : words(text)) {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        boolean boundary =
            i > 0
                && Character.isUpperCase(c)
                && (Character.isLowerCase(word.charAt(i - 1))
                    || (i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1))));
        if (boundary || (i == 0 && result.length() > 0)) {
          result.append('_');
        }
        result.append(Character.toUpperCase(c));
      }
    }
    return legal(result.toString(), "EMPTY");
  }

  /** Returns the subpackage name for a product and version: {@code vpc.v20160428}. */
  public static String productPackage(String product, String version) {
    String name = lettersAndDigits(product).toLowerCase(Locale.ROOT);
    String packageName = legal(name.isEmpty() ? "product" : name, "product");
    String digits = lettersAndDigits(version).toLowerCase(Locale.ROOT);
    return digits.isEmpty() ? packageName : packageName + ".v" + digits;
  }

  /** Returns true when {@code name} is a legal, dotted Java package name. */
  public static boolean isPackageName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
        return false;
      }
    }
    return true;
  }

  private static String lettersAndDigits(String text) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        result.append(c);
      }
    }
    return result.toString();
  }

  /** Splits on every character that cannot be part of a Java identifier (and on '_' and '$'). */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean part =
          i < text.length()
              && Character.isJavaIdentifierPart(text.charAt(i))
              && text.charAt(i) != '_'
              && text.charAt(i) != '$'
              && !Character.isIdentifierIgnorable(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static String legal(String name, String fallback) {
    if (name.isEmpty()) {
      return fallback;
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "_" + name;
    }
    if (SourceVersion.isKeyword(name) || name.equals("_")) {
      name = name + "_";
    }
    return name;
  }
}

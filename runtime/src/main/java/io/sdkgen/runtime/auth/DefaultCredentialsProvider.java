package io.sdkgen.runtime.auth;

import io.sdkgen.runtime.ResponseNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The default credentials chain. The first source that yields credentials wins, and its result is
 * cached for the life of the provider:
 *
 * <ol>
 *   <li>Java system properties {@code alibabacloud.accessKeyId}, {@code
 *       alibabacloud.accessKeySecret} (the older {@code alibabacloud.accessKeyIdSecret} wins when
 *       set) and {@code alibabacloud.sessionToken};
 *   <li>environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code
 *       ALIBABA_CLOUD_ACCESS_KEY_SECRET}, {@code ALIBABA_CLOUD_SECURITY_TOKEN}, each falling back
 *       to its {@code ALIBABACLOUD_*} and then {@code ALICLOUD_*} spelling;
 *   <li>the aliyun command-line tool's {@code ~/.aliyun/config.json}, profile {@code
 *       ALIBABA_CLOUD_PROFILE} or else the file's {@code current}, modes {@code AK} and {@code
 *       StsToken}; skipped when {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true};
 *   <li>the credentials file: {@code ALIBABA_CLOUD_CREDENTIALS_FILE}, else {@code
 *       ~/.alibabacloud/credentials.ini}, else {@code ~/.alibabacloud/credentials}; section {@code
 *       ALIBABA_CLOUD_PROFILE} or else {@code default}; only sections with {@code enable = true}
 *       and {@code type = access_key} count.
 * </ol>
 *
 * <p>Explicit credentials ({@link StaticCredentialsProvider} in the client options) bypass the
 * chain entirely. When every source fails, the {@link CredentialsException} lists each source's
 * reason. Reasons and messages name variables and files, never their secret values.
 */
public final class DefaultCredentialsProvider implements CredentialsProvider {
  private final Map<String, String> env;
  private final Properties systemProperties;
  private final Path home;
  private volatile Credentials cached;

  DefaultCredentialsProvider(Map<String, String> env, Properties systemProperties, Path home) {
    this.env = Map.copyOf(env);
    this.systemProperties = systemProperties;
    this.home = home;
  }

  /** Returns a chain over the real environment, system properties and {@code user.home}. */
  public static DefaultCredentialsProvider create() {
    return new DefaultCredentialsProvider(
        System.getenv(), System.getProperties(), Path.of(System.getProperty("user.home")));
  }

  @Override
  public Credentials resolve() {
    Credentials c = cached;
    if (c == null) {
      synchronized (this) {
        c = cached;
        if (c == null) {
          c = load();
          cached = c;
        }
      }
    }
    return c;
  }

  private Credentials load() {
    List<String> reasons = new ArrayList<>();
    Credentials c = fromSystemProperties(reasons);
    if (c == null) {
      c = fromEnvironment(reasons);
    }
    if (c == null) {
      c = fromCliConfig(reasons);
    }
    if (c == null) {
      c = fromCredentialsFile(reasons);
    }
    if (c == null) {
      throw new CredentialsException(
          "No Alibaba Cloud credentials found. Tried: " + String.join("; ", reasons));
    }
    return c;
  }

  private Credentials fromSystemProperties(List<String> reasons) {
    String id = systemProperties.getProperty("alibabacloud.accessKeyId");
    String secret = systemProperties.getProperty("alibabacloud.accessKeyIdSecret");
    if (isEmpty(secret)) {
      secret = systemProperties.getProperty("alibabacloud.accessKeySecret");
    }
    if (isEmpty(id) || isEmpty(secret)) {
      reasons.add(
          "system properties: alibabacloud.accessKeyId/alibabacloud.accessKeySecret not set");
      return null;
    }
    return Credentials.of(id, secret, systemProperties.getProperty("alibabacloud.sessionToken"));
  }

  private Credentials fromEnvironment(List<String> reasons) {
    String id = env("ACCESS_KEY_ID");
    String secret = env("ACCESS_KEY_SECRET");
    if (isEmpty(id) || isEmpty(secret)) {
      reasons.add(
          "environment: "
              + (isEmpty(id) ? "ALIBABA_CLOUD_ACCESS_KEY_ID" : "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
              + " not set");
      return null;
    }
    return Credentials.of(id, secret, env("SECURITY_TOKEN"));
  }

  private String env(String suffix) {
    for (String prefix : new String[] {"ALIBABA_CLOUD_", "ALIBABACLOUD_", "ALICLOUD_"}) {
      String value = env.get(prefix + suffix);
      if (!isEmpty(value)) {
        return value;
      }
    }
    return null;
  }

  private Credentials fromCliConfig(List<String> reasons) {
    if ("true".equalsIgnoreCase(env.get("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"))) {
      reasons.add("CLI config: disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED");
      return null;
    }
    Path file = home.resolve(".aliyun").resolve("config.json");
    if (!Files.isRegularFile(file)) {
      reasons.add("CLI config: no file " + file);
      return null;
    }
    ResponseNode root;
    try {
      root = ResponseNode.parseJson(Files.readAllBytes(file));
    } catch (IOException | IllegalArgumentException e) {
      reasons.add("CLI config: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
      return null;
    }
    String wanted = env("PROFILE");
    if (isEmpty(wanted)) {
      wanted = root.getString("current");
    }
    if (isEmpty(wanted)) {
      wanted = "default";
    }
    for (ResponseNode profile : root.getList("profiles", p -> p)) {
      if (!wanted.equals(profile.getString("name"))) {
        continue;
      }
      String mode = profile.getString("mode");
      if (!"AK".equals(mode) && !"StsToken".equals(mode)) {
        reasons.add("CLI config: profile " + wanted + " has unsupported mode " + mode);
        return null;
      }
      String id = profile.getString("access_key_id");
      String secret = profile.getString("access_key_secret");
      if (isEmpty(id) || isEmpty(secret)) {
        reasons.add("CLI config: profile " + wanted + " lacks access_key_id/access_key_secret");
        return null;
      }
      String token = "StsToken".equals(mode) ? profile.getString("sts_token") : null;
      if ("StsToken".equals(mode) && isEmpty(token)) {
        reasons.add("CLI config: profile " + wanted + " (StsToken) lacks sts_token");
        return null;
      }
      return Credentials.of(id, secret, token);
    }
    reasons.add("CLI config: no profile " + wanted + " in " + file);
    return null;
  }

  private Credentials fromCredentialsFile(List<String> reasons) {
    Path file;
    String configured = env.get("ALIBABA_CLOUD_CREDENTIALS_FILE");
    if (!isEmpty(configured)) {
      file = Path.of(configured);
    } else {
      Path dir = home.resolve(".alibabacloud");
      file = dir.resolve("credentials.ini");
      if (!Files.isRegularFile(file)) {
        file = dir.resolve("credentials");
      }
    }
    if (!Files.isRegularFile(file)) {
      reasons.add("credentials file: no file " + file);
      return null;
    }
    Map<String, Map<String, String>> sections;
    try {
      sections = parseIni(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      reasons.add("credentials file: cannot read " + file);
      return null;
    }
    String wanted = env.get("ALIBABA_CLOUD_PROFILE");
    if (isEmpty(wanted)) {
      wanted = "default";
    }
    Map<String, String> section = sections.get(wanted);
    if (section == null) {
      reasons.add("credentials file: no section [" + wanted + "] in " + file);
      return null;
    }
    if (!"true".equalsIgnoreCase(section.get("enable"))) {
      reasons.add("credentials file: section [" + wanted + "] is not enabled (enable = true)");
      return null;
    }
    String type = section.get("type");
    if (!"access_key".equals(type)) {
      reasons.add("credentials file: section [" + wanted + "] has unsupported type " + type);
      return null;
    }
    String id = section.get("access_key_id");
    String secret = section.get("access_key_secret");
    if (isEmpty(id) || isEmpty(secret)) {
      reasons.add("credentials file: section [" + wanted + "] lacks access_key_id/secret");
      return null;
    }
    return Credentials.of(id, secret);
  }

  /** Minimal ini reader: {@code [section]}, {@code key = value}, {@code #}/{@code ;} comments. */
  static Map<String, Map<String, String>> parseIni(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new LinkedHashMap<>();
        sections.put(line.substring(1, line.length() - 1).strip(), current);
        continue;
      }
      int eq = line.indexOf('=');
      if (eq > 0 && current != null) {
        current.put(
            line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
      }
    }
    return sections;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  @Override
  public String toString() {
    return "DefaultCredentialsProvider{home=" + home + "}";
  }
}

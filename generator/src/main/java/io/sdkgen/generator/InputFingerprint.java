package io.sdkgen.generator;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A digest of everything generation depends on: the generator version, the options and every page's
 * relative path and content. Equal fingerprints mean a new run would write the same files, so front
 * ends skip the run without reading a page.
 *
 * @param value the SHA-256 digest, in hex
 * @param pages how many pages went into it
 */
public record InputFingerprint(String value, int pages) {

  /**
   * Returns the fingerprint of a run whose inputs were not fingerprinted, such as {@code sdkgen
   * generate}, which always generates: hashing every page would cost it more than it saves. No
   * later run is ever up to date with it.
   */
  public static InputFingerprint none(int pages) {
    return new InputFingerprint("", pages);
  }

  /**
   * Computes the fingerprint of a run with {@code options}. The pages are the {@code *.md} files
   * below {@link GeneratorOptions#docs()}, as {@link io.sdkgen.spec.parse.SpecReader} reads them;
   * the docs folder's own place on disk is left out, so a moved checkout stays up to date.
   *
   * @throws IOException when the docs folder or a page cannot be read
   */
  public static InputFingerprint of(GeneratorOptions options) throws IOException {
    MessageDigest digest = sha256();
    update(digest, "sdkgen " + options.generatorVersion() + " " + generatorBuild());
    update(digest, options.packageName());
    update(digest, options.product());
    update(digest, options.version());
    update(digest, options.locale());
    List<Path> pages = pages(options.docs());
    for (Path page : pages) {
      String relative = options.docs().relativize(page).toString().replace('\\', '/');
      update(digest, relative);
      update(digest, HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(page))));
    }
    return new InputFingerprint(HexFormat.of().formatHex(digest.digest()), pages.size());
  }

  private static List<Path> pages(Path docs) throws IOException {
    if (!Files.isDirectory(docs)) {
      return List.of(docs);
    }
    try (Stream<Path> files = Files.walk(docs)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .sorted()
          .toList();
    }
  }

  /**
   * Returns the size and time of the jar this class came from when the version is a snapshot:
   * snapshot builds change code without changing the version, and stale output would go unnoticed.
   */
  private static String generatorBuild() {
    String version = SdkGenerator.VERSION;
    if (!version.equals("dev") && !version.endsWith("-SNAPSHOT")) {
      return "";
    }
    try {
      CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
      Path jar = source == null ? null : Path.of(source.getLocation().toURI());
      if (jar == null || !Files.isRegularFile(jar)) {
        return "";
      }
      return Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return ""; // no jar to look at (classes folder, odd class loader): the version alone decides
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

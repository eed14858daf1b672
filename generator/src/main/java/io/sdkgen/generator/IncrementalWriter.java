package io.sdkgen.generator;

import com.palantir.javapoet.JavaFile;
import io.sdkgen.spec.util.ParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes generated sources into a directory so that a build tool's own incremental steps keep
 * working: a file is written only when its bytes change (unchanged files keep their timestamps),
 * and sources this writer wrote before but no longer produces are deleted.
 *
 * <p>What was written, and the {@link InputFingerprint} it was written for, is kept in a small
 * state file outside the output directory. Only files named there are ever deleted, so files
 * someone else put into the output directory are left alone.
 *
 * <pre>{@code
 * IncrementalWriter writer = new IncrementalWriter(out, IncrementalWriter.defaultStateFile(out));
 * InputFingerprint fingerprint = InputFingerprint.of(options);
 * if (!writer.isUpToDate(fingerprint)) {
 *   writer.write(generator.generate(spec), fingerprint);
 * }
 * }</pre>
 */
public final class IncrementalWriter {

  private static final String HEADER = "# sdkgen output state; deleting it forces a full run";
  private static final String FINGERPRINT = "fingerprint ";
  private static final String FILE = "file ";

  private final Path outputDirectory;
  private final Path stateFile;

  /** Creates a writer into {@code outputDirectory} that remembers its work in {@code stateFile}. */
  public IncrementalWriter(Path outputDirectory, Path stateFile) {
    this.outputDirectory = outputDirectory;
    this.stateFile = stateFile;
  }

  /**
   * Returns the state file to use for {@code outputDirectory} when the front end has no better
   * place: {@code .<name>.sdkgen-state} next to it.
   */
  public static Path defaultStateFile(Path outputDirectory) {
    Path absolute = outputDirectory.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".sdkgen-state");
  }

  /**
   * Returns true when the last run wrote its files for {@code fingerprint} and all of them are
   * still there: a new run would change nothing.
   */
  public boolean isUpToDate(InputFingerprint fingerprint) throws IOException {
    State state = readState();
    if (state == null
        || state.fingerprint().isEmpty()
        || !state.fingerprint().equals(fingerprint.value())) {
      return false;
    }
    for (String file : state.files()) {
      if (!Files.isRegularFile(outputDirectory.resolve(file))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the files of {@code result} and records them under {@code fingerprint}; writes, deletes
   * and records nothing when the result has errors, so the output stays as it was.
   */
  public Report write(GenerationResult result, InputFingerprint fingerprint) throws IOException {
    if (result.hasErrors()) {
      return new Report(0, 0, 0);
    }
    return write(result.files(), fingerprint);
  }

  /** Writes {@code files}, deletes what the last run wrote and this one does not, saves state. */
  public Report write(List<JavaFile> files, InputFingerprint fingerprint) throws IOException {
    State previous = readState();
    Set<String> produced = new LinkedHashSet<>();
    for (JavaFile file : files) {
      String relative = SourceFolders.relativePath(file);
      if (!produced.add(relative)) {
        throw new IllegalArgumentException("two generated files at " + relative);
      }
    }
    // Files are independent: render, compare and write each on any core.
    SourceFolders folders = new SourceFolders(outputDirectory);
    long written;
    try {
      written =
          ParallelMap.map(
                  files,
                  file -> {
                    byte[] bytes = SourceFolders.render(file);
                    Path target = folders.target(file);
                    try {
                      if (sameBytes(target, bytes)) {
                        return false;
                      }
                      folders.write(target, bytes);
                      return true;
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .stream()
              .filter(Boolean::booleanValue)
              .count();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    int deleted = 0;
    if (previous != null) {
      for (String old : previous.files()) {
        if (!produced.contains(old) && Files.deleteIfExists(outputDirectory.resolve(old))) {
          deleted++;
          deleteEmptyParents(outputDirectory.resolve(old).getParent());
        }
      }
    }
    writeState(new State(fingerprint.value(), List.copyOf(produced)));
    return new Report((int) written, files.size() - (int) written, deleted);
  }

  private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
    // Most files of a first run do not exist yet: ask before reading, an exception costs more.
    if (!Files.isRegularFile(target)) {
      return false;
    }
    try {
      return Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  private void deleteEmptyParents(Path folder) throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    Path current = folder.toAbsolutePath().normalize();
    while (current.startsWith(root) && !current.equals(root) && isEmpty(current)) {
      Files.delete(current);
      current = current.getParent();
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    }
  }

  private State readState() throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
    String fingerprint = null;
    List<String> files = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(FINGERPRINT)) {
        fingerprint = line.substring(FINGERPRINT.length());
      } else if (line.startsWith(FILE)) {
        String file = line.substring(FILE.length());
        // A state file edited by hand must not make us delete outside the output directory.
        Path resolved = outputDirectory.resolve(file).normalize();
        if (resolved.startsWith(outputDirectory.normalize()) && file.endsWith(".java")) {
          files.add(file);
        }
      }
    }
    return fingerprint == null ? null : new State(fingerprint, files);
  }

  private void writeState(State state) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add(FINGERPRINT + state.fingerprint());
    for (String file : state.files()) {
      lines.add(FILE + file);
    }
    Files.createDirectories(stateFile.toAbsolutePath().getParent());
    Files.write(stateFile, lines, StandardCharsets.UTF_8);
  }

  private record State(String fingerprint, List<String> files) {}

  /**
   * What one {@link #write} did.
   *
   * @param written files created or rewritten because their bytes changed
   * @param unchanged files left untouched because their bytes were the same
   * @param deleted files of an earlier run removed because they are no longer generated
   */
  public record Report(int written, int unchanged, int deleted) {

    /** Returns {@code 3 written, 11 unchanged, 1 deleted}. */
    @Override
    public String toString() {
      return written + " written, " + unchanged + " unchanged, " + deleted + " deleted";
    }
  }
}

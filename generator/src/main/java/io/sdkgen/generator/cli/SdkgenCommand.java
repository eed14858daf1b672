package io.sdkgen.generator.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sdkgen} command line: one subcommand per task. */
@Command(
    name = "sdkgen",
    mixinStandardHelpOptions = true,
    versionProvider = SdkgenCommand.Version.class,
    description = "Turns API reference pages into a typed Java SDK.",
    subcommands = {ParseCommand.class, GenerateCommand.class, MockCommand.class, DiffCommand.class})
public final class SdkgenCommand {

  /** Exit code for bad usage: a missing or malformed option. */
  static final int USAGE = 2;

  private SdkgenCommand() {}

  /**
   * Runs the command line and exits with its code. A batch subcommand runs without HotSpot's C2
   * compiler, which costs a short run more than it saves ({@link ShortRunJit}).
   */
  public static void main(String[] args) {
    ShortRunJit.startFor(args);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new SdkgenCommand());
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(
        (e, arguments) -> {
          // One line, no usage dump and no stack trace: the user mistyped something.
          e.getCommandLine().getErr().println("sdkgen: " + e.getMessage());
          e.getCommandLine().getErr().flush();
          return USAGE;
        });
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("sdkgen: error: " + e);
          commandLine.getErr().flush();
          return 1;
        });
    return line.execute(args);
  }

  /** Prints sdkgen's own version for {@code sdkgen --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sdkgen " + io.sdkgen.generator.SdkGenerator.VERSION};
    }
  }
}

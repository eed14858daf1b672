package io.sdkgen.generator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sdkgen} command line: one subcommand per task. */
@Command(
    name = "sdkgen",
    mixinStandardHelpOptions = true,
    description = "Turns API reference pages into a typed Java SDK.",
    subcommands = {ParseCommand.class})
public final class SdkgenCommand {

  private SdkgenCommand() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SdkgenCommand()).execute(args));
  }
}

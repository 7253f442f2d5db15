package org.quizkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top of the command tree. It does nothing by itself: picocli reports a missing command as a
 * usage error because this class is neither {@code Runnable} nor {@code Callable}.
 */
@Command(
    name = "quiz",
    synopsisSubcommandLabel = "COMMAND",
    versionProvider = VersionProvider.class,
    description =
        "Learn where cancers spread: practise in the terminal, print worksheets, "
            + "export question banks.",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:data or runtime error", "2:usage error"},
    footer = {"", "Run 'quiz COMMAND --help' for a command's options."})
final class QuizCommand {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Show the version of quiz and of Java, and exit.")
  boolean version;
}

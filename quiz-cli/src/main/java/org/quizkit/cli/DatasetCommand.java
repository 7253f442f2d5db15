package org.quizkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code quiz dataset}: a group of commands on dataset files. It does nothing by itself, so picocli
 * reports a missing subcommand as a usage error.
 */
@Command(
    name = "dataset",
    synopsisSubcommandLabel = "COMMAND",
    description = "Check dataset files (for authors of another dataset).",
    commandListHeading = "%nCommands:%n")
final class DatasetCommand {
  @Mixin HelpOption help;
}

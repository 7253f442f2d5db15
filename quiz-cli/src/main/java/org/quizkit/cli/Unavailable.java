package org.quizkit.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The body of a command whose library front door is not in this build yet. It says so plainly
 * and fails, rather than pretending to work.
 */
final class Unavailable {
  private Unavailable() {}

  /** Prints {@code quiz NAME: not available in this build yet} to standard error; returns 1. */
  static int report(CommandSpec command, Context context) {
    context.err().println(command.qualifiedName() + ": not available in this build yet");
    return command.exitCodeOnExecutionException();
  }
}

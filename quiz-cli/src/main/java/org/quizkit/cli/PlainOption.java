package org.quizkit.cli;

import picocli.CommandLine.Option;

/** {@code --plain}, for commands that print to a terminal. */
final class PlainOption {
  @Option(
      names = "--plain",
      description =
          "Print plain text: no colour, no Unicode symbols (for screen readers, "
              + "logs and old terminals).")
  boolean plain;

  /** Whether output must avoid colour and non-ASCII symbols. */
  boolean plain() {
    return plain;
  }
}

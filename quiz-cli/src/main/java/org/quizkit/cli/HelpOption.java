package org.quizkit.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} on every subcommand. A mixin rather than an inherited option because picocli's
 * {@code help} command declares {@code -h} itself and would clash with it.
 */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}

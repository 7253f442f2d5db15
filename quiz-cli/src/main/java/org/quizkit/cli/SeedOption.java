package org.quizkit.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --seed S}, for every command that draws questions. Without it a seed is drawn from the
 * context's seed source and printed, so that any run can be repeated exactly.
 */
final class SeedOption {
  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "Seed for choosing and ordering questions; the same seed gives the same "
              + "questions. Default: a fresh seed, which is printed.")
  Long seed;

  /**
   * The seed given on the command line or, if none, a fresh one, which is printed to standard error
   * (not standard output, which may be a file or JSON).
   */
  long resolve(CommandSpec command, Context context) {
    if (seed != null) {
      return seed;
    }
    long drawn = context.seeds().getAsLong();
    context
        .err()
        .println(
            command.qualifiedName()
                + ": using seed "
                + drawn
                + " (repeat this run with --seed "
                + drawn
                + ")");
    return drawn;
  }
}

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
      converter = WholeNumber.class,
      description =
          "Seed for choosing and ordering questions; the same seed gives the same "
              + "questions. Default: a fresh seed, which is printed.")
  Long seed;

  /**
   * The seed given on the command line or, if none, a fresh one, which is printed to standard error
   * (not standard output, which may be a file or JSON).
   */
  long resolve(CommandSpec command, Context context) {
    if (seed == null) {
      long drawn = resolveQuietly(context);
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
    return seed;
  }

  /**
   * The seed given or a fresh one, not printed: for a session whose summary ends with the seed, so
   * that the learner sees it where it is useful, after the questions, rather than above them.
   */
  long resolveQuietly(Context context) {
    return seed != null ? seed : context.seeds().getAsLong();
  }
}

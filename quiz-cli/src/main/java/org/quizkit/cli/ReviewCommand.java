package org.quizkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quiz review}: the questions that are due again. */
@Command(
    name = "review",
    description = "Go over questions you missed, as each falls due again.")
final class ReviewCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin SeedOption seed;
  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;

  ReviewCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    long chosen = seed.resolve(spec, context);
    // Front door pending: the review schedule (progress store in dataDir) and a session over
    // the questions it says are due.
    return Unavailable.report(spec, context);
  }
}

package org.quizkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz learn}: a learning module, lesson by lesson. */
@Command(
    name = "learn",
    description = "Work through a learning module: lessons, then questions.")
final class LearnCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      paramLabel = "MODULE",
      arity = "0..1",
      description = "The module to work on (see 'quiz modules'). "
          + "Default: carry on where you left off.")
  String module;

  @Mixin SeedOption seed;
  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;

  LearnCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    long chosen = seed.resolve(spec, context);
    // Front door pending: the learning modules (quiz-content) run interactively over
    // context.in(), with progress kept in dataDir.
    return Unavailable.report(spec, context);
  }
}

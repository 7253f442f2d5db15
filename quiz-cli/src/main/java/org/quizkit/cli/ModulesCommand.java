package org.quizkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quiz modules}: the learning modules on offer. */
@Command(name = "modules", description = "List the learning modules.")
final class ModulesCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;

  ModulesCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    // Front door pending: the learning modules (quiz-content) built from the dataset.
    return Unavailable.report(spec, context);
  }
}

package org.quizkit.cli;

import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Masteries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quiz modules}: the learning modules on offer. */
@Command(
    name = "modules",
    description = {
      "List the learning modules, with your mastery of each.",
      "In teaching order. Mastery is the share of a module's facts whose latest answer was fully right."
    })
final class ModulesCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;
  @Mixin LearnerOption learner;

  ModulesCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    QuizContent content = dataset.content(context);
    String name = learner.resolve(context.env());
    try (Progress progress = Progress.forReading(dataDir.database(context.env()), name)) {
      Masteries masteries = Masteries.of(content, progress.attempts());
      int width = Columns.of(context);
      java.util.function.Consumer<String> say =
          line -> Columns.fit(line, width).forEach(context.out()::println);
      say.accept("Modules, with the mastery of " + name + ":");
      MasteryLines.of(masteries, Interaction.printStyle(context, plain.plain()), width)
          .forEach(context.out()::println);
      masteries
          .firstNotMastered()
          .ifPresentOrElse(
              next -> say.accept("Next: quiz learn " + next.id()),
              () -> say.accept("Every module is mastered. Keep it fresh: quiz review"));
    }
    return 0;
  }
}

package org.quizkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quizkit.core.question.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz practice}: an interactive round of questions. */
@Command(
    name = "practice",
    description = "Answer a round of questions, with feedback after each.")
final class PracticeCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--module",
      paramLabel = "M",
      description = "Ask only about this module (see 'quiz modules'). Default: every module.")
  String module;

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      defaultValue = "10",
      description = "Number of questions. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(
      names = "--kinds",
      paramLabel = "K",
      split = ",",
      converter = KindConverter.class,
      completionCandidates = KindConverter.class,
      description = "Ask only these kinds of question, comma separated: "
          + "${COMPLETION-CANDIDATES}. Default: every kind.")
  List<Kind> kinds = new ArrayList<>();

  @Mixin SeedOption seed;
  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;
  @Mixin DataDirOption dataDir;

  PracticeCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    long chosen = seed.resolve(spec, context);
    // Front door pending: a practice session (quiz-content) over the dataset, the module,
    // count, kinds and seed `chosen`, reading context.in() and recording progress in dataDir.
    return Unavailable.report(spec, context);
  }
}

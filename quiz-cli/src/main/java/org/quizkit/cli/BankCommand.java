package org.quizkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz bank}: the generated questions, for programs. */
@Command(
    name = "bank",
    description = "Print the generated question bank, with answers.")
final class BankCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = BankFormat.Converter.class,
      completionCandidates = BankFormat.Converter.class,
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  BankFormat format;

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      description = "Print only N questions drawn from the bank. Default: the whole bank.")
  Integer count;

  @Mixin SeedOption seed;
  @Mixin DatasetOption dataset;

  BankCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    long chosen = seed.resolve(spec, context);
    // Front door pending: the question generators (quiz-content) and the JSON writer.
    return Unavailable.report(spec, context);
  }
}

package org.quizkit.cli;

import java.util.concurrent.Callable;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.FactSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz facts}: the facts behind the questions. */
@Command(name = "facts", description = "List the facts behind the questions, with their sources.")
final class FactsCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = ReportFormat.Converter.class,
      completionCandidates = ReportFormat.Converter.class,
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Mixin PlainOption plain;
  @Mixin DatasetOption dataset;

  FactsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Dataset facts = dataset.load();
    context
        .out()
        .print(format == ReportFormat.JSON ? FactSheet.json(facts) : FactSheet.text(facts));
    context.out().flush();
    return 0;
  }
}

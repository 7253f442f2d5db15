package org.quizkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz progress}: how far the learner has got. */
@Command(
    name = "progress",
    description = "Show your progress in each module and what is due for review.")
final class ProgressCommand implements Callable<Integer> {
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
  @Mixin DataDirOption dataDir;

  ProgressCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    // Front door pending: the progress store in dataDir, summarised per module.
    return Unavailable.report(spec, context);
  }
}

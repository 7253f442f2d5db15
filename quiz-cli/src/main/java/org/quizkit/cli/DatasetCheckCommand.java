package org.quizkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz dataset check FILE}: validate a dataset file. */
@Command(
    name = "check",
    description = "Check a dataset file and report every problem in it, one per line.")
final class DatasetCheckCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "FILE", description = "The dataset file to check.")
  Path file;

  DatasetCheckCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    // Front door pending: the dataset loader and validator (quiz-content); its diagnostics
    // exception is reported by Failures, one diagnostic per line, exit 1.
    return Unavailable.report(spec, context);
  }
}

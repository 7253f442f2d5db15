package org.quizkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetException;
import org.quizkit.content.dataset.DatasetLoader;
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
    try {
      Dataset dataset = DatasetLoader.load(file);
      context
          .out()
          .printf(
              "%s: ok (%d cancers, %d sites, %d spread facts, %d concept claims)%n",
              file,
              dataset.cancers().size(),
              dataset.sites().size(),
              dataset.facts().size(),
              dataset.claims().size());
      return 0;
    } catch (DatasetException problems) {
      // Compiler style, one problem a line, so editors and scripts can jump to each.
      problems.diagnostics().forEach(d -> context.err().println(d));
      int n = problems.diagnostics().size();
      context.err().printf("%s: %d %s%n", file, n, n == 1 ? "problem" : "problems");
      return 1;
    }
  }
}

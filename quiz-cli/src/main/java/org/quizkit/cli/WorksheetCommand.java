package org.quizkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quizkit.core.question.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz worksheet}: printable worksheets with answer keys. */
@Command(
    name = "worksheet",
    description = "Write printable worksheets with answer keys.")
final class WorksheetCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--module",
      paramLabel = "M",
      split = ",",
      description = "Take questions from this module; repeat or separate with commas for "
          + "several. Default: every module.")
  List<String> modules = new ArrayList<>();

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      defaultValue = "20",
      description = "Number of questions on each worksheet. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(
      names = "--kinds",
      paramLabel = "K",
      split = ",",
      converter = KindConverter.class,
      completionCandidates = KindConverter.class,
      description = "Use only these kinds of question, comma separated: "
          + "${COMPLETION-CANDIDATES}. Default: every kind that prints well.")
  List<Kind> kinds = new ArrayList<>();

  @Option(
      names = "--versions",
      paramLabel = "V",
      converter = PositiveInt.class,
      defaultValue = "1",
      description = "Number of different versions to write (A, B, ...). "
          + "Default: ${DEFAULT-VALUE}.")
  int versions;

  @Option(
      names = "--variants",
      paramLabel = "HOW",
      converter = Variants.Converter.class,
      completionCandidates = Variants.Converter.class,
      defaultValue = "shuffle",
      description = "How versions differ: shuffle (same questions, new order) or resample "
          + "(fresh questions). Default: ${DEFAULT-VALUE}.")
  Variants variants;

  @Option(
      names = "--title",
      paramLabel = "T",
      description = "Title printed at the top. Default: the modules' titles.")
  String title;

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = SheetFormat.Converter.class,
      completionCandidates = SheetFormat.Converter.class,
      defaultValue = "pdf",
      description = "File format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  SheetFormat format;

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      converter = Paper.Converter.class,
      completionCandidates = Paper.Converter.class,
      defaultValue = "a4",
      description = "Paper size for PDF: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Paper paper;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the worksheets and answer keys into.")
  Path out;

  @Mixin SeedOption seed;
  @Mixin DatasetOption dataset;

  WorksheetCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    long chosen = seed.resolve(spec, context);
    // Front door pending: the worksheet builder and its PDF/HTML/Markdown renderers.
    return Unavailable.report(spec, context);
  }
}

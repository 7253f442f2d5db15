package org.quizkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.ExportReport;
import org.quizkit.core.export.Exporter;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz export}: questions for a learning management system. */
@Command(
    name = "export",
    description = "Write questions for a learning management system (LMS).")
final class ExportCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "F",
      required = true,
      converter = ExportFormat.Converter.class,
      completionCandidates = ExportFormat.Converter.class,
      description = "File format: ${COMPLETION-CANDIDATES}.")
  ExportFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "File to write.")
  Path out;

  @Option(
      names = "--module",
      paramLabel = "M",
      split = ",",
      description = "Take questions from this module; repeat or separate with commas for "
          + "several. Default: every module.")
  List<String> modules = new ArrayList<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Amount amount;

  @Option(
      names = "--pool",
      paramLabel = "N",
      converter = PositiveInt.class,
      description = "Put the questions in a pool from which the learning system draws N for "
          + "each attempt, where the format allows it.")
  Integer pool;

  @Mixin SeedOption seed;
  @Mixin DatasetOption dataset;

  /** How many questions to export: a count, or all of them. */
  static final class Amount {
    @Option(
        names = "--count",
        paramLabel = "N",
        converter = PositiveInt.class,
        description = "Export N questions drawn from the chosen modules.")
    Integer count;

    @Option(
        names = "--all",
        description = "Export every question in the chosen modules (the default).")
    boolean all;
  }

  ExportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    long chosen = seed.resolve(spec, context);
    QuizContent content = dataset.content();
    Set<String> tags = ModuleChoice.tags(content, modules, spec);
    List<Question> questions;
    if (amount != null && amount.count != null) {
      questions = content.quiz(QuizSpec.of(amount.count, chosen).withTags(tags)).questions();
    } else {
      QuizSpec all = QuizSpec.of(1, chosen).withTags(tags);
      questions = content.bank(chosen).stream().filter(all::matches).toList();
    }
    Exporter exporter = Exporters.byName(format.id());
    ExportOptions options =
        ExportOptions.defaults().withSeed(chosen).withPoolSize(pool == null ? 0 : pool);
    ExportReport report;
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
      report = exporter.write(questions, options, file);
    }
    report.converted().forEach(note -> context.err().println("converted " + note));
    report.skipped().forEach(note -> context.err().println("left out " + note));
    context
        .out()
        .printf(
            "wrote %d questions to %s (%s)%s%n",
            report.written(),
            out,
            exporter.format(),
            report.skipped().isEmpty() ? "" : "; left out " + report.skipped().size() + ", listed above");
    context.out().flush();
    return 0;
  }
}

package org.quizkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.assembly.Variation;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.ExportReport;
import org.quizkit.core.export.Exporter;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Question;
import org.quizkit.core.worksheet.Version;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz export}: questions for a learning management system. */
@Command(name = "export", description = "Write questions for a learning management system (LMS).")
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
      converter = NonBlank.PathValue.class,
      paramLabel = "FILE",
      required = true,
      description = "File to write.")
  Path out;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Amount amount;

  @Option(
      names = "--pool",
      paramLabel = "N",
      converter = PositiveInt.class,
      description =
          "Let the learning system draw N questions from each module for every "
              + "attempt, where the format allows it (QTI 2.1, QTI 3, Canvas).")
  Integer pool;

  @Option(
      names = "--versions",
      paramLabel = "V",
      converter = VersionCount.class,
      defaultValue = "1",
      description =
          "Write V versions of the --count draw to FILE-A, FILE-B, ..., FILE-Z, FILE-AA, ... "
              + "(up to 100): the same versions, in the same order, as quiz worksheet prints "
              + "for the same options and seed. Default: ${DEFAULT-VALUE}.")
  int versions;

  @Option(
      names = "--variants",
      paramLabel = "HOW",
      converter = Variants.Converter.class,
      completionCandidates = Variants.Converter.class,
      defaultValue = "shuffle",
      description =
          "How versions differ, as for quiz worksheet: shuffle (same questions, new order) or "
              + "resample (fresh questions). Default: ${DEFAULT-VALUE}.")
  Variants variants;

  @Mixin ModulesOption modules;
  @Mixin KindsOption kinds;
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
    Integer count = amount == null ? null : amount.count;
    long chosen = seed.resolve(spec, context);
    QuizContent content = dataset.content(context);
    Set<String> tags = modules.tags(content, spec);
    Exporter exporter = Exporters.byName(format.id());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    QuizSpec filter =
        QuizSpec.builder()
            .count(count == null ? 1 : count)
            .seed(chosen)
            .build()
            .withTags(tags)
            .withKinds(kinds.kinds());
    List<List<Question>> drawn = new ArrayList<>();
    if (count == null) {
      List<Question> all = content.bank(chosen).stream().filter(filter::matches).toList();
      for (int version = 0; version < versions; version++) {
        drawn.add(all);
      }
    } else {
      // One draw for one spec and seed: version A is what quiz bank --count and quiz worksheet
      // give, and every version is the worksheet's version of the same letter.
      Variation variation = variants == Variants.RESAMPLE ? Variation.RESAMPLE : Variation.SHUFFLE;
      content.versions(filter, versions, variation).forEach(quiz -> drawn.add(quiz.questions()));
    }
    if (drawn.get(0).isEmpty()) {
      // An empty package or file would import as nothing, or not at all (QTI needs a section).
      context.err().println(spec.qualifiedName() + ": no questions match these options");
      return 1;
    }
    if (count != null && drawn.get(0).size() < count) {
      int matching = content.available(filter);
      context
          .err()
          .println(
              drawn.get(0).size() == matching
                  ? Shortfall.note(spec, matching, count)
                  : Shortfall.rules(spec, drawn.get(0).size(), count));
    }
    for (int version = 0; version < versions; version++) {
      Path file = versions == 1 ? out : versionFile(out, version);
      ExportOptions options =
          ExportOptions.defaults().withSeed(chosen).withPoolSize(pool == null ? 0 : pool);
      if (versions > 1) {
        options = options.withTitle(options.title() + " version " + Version.label(version));
      }
      write(exporter, drawn.get(version), options, file);
    }
    context.out().flush();
    return 0;
  }

  private void write(Exporter exporter, List<Question> questions, ExportOptions options, Path file)
      throws IOException {
    ExportReport report;
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
      report = exporter.write(questions, options, stream);
    }
    report.converted().forEach(note -> context.err().println("converted " + note));
    report.skipped().forEach(note -> context.err().println("left out " + note));
    context
        .out()
        .printf(
            "wrote %d question%s to %s (%s)%s%n",
            report.written(),
            report.written() == 1 ? "" : "s",
            file,
            exporter.format(),
            report.skipped().isEmpty()
                ? ""
                : "; left out " + report.skipped().size() + ", listed above");
  }

  /** {@code bank.xml} becomes {@code bank-A.xml}, {@code bank-B.xml}, ..., {@code bank-AA.xml}. */
  static Path versionFile(Path out, int version) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String letter = Version.label(version);
    String versioned =
        dot > 0 ? name.substring(0, dot) + "-" + letter + name.substring(dot) : name + "-" + letter;
    return out.resolveSibling(versioned);
  }
}

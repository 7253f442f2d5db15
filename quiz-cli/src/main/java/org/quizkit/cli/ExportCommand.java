package org.quizkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Shortfall;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.assembly.Variation;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.ExportReport;
import org.quizkit.core.export.Exporter;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.scorm.Scorm;
import org.quizkit.worksheet.Version;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
      names = "--pass",
      paramLabel = "P",
      converter = PassMark.class,
      description =
          "SCORM only: the fraction of the total credit that passes, from 0 to 1 "
              + "(default 0.8, that is 80 %%).")
  Double pass;

  @Option(
      names = "--title",
      converter = NonBlank.Text.class,
      paramLabel = "T",
      description =
          "The name the learning system shows for the quiz or bank (and, in a SCORM package, the"
              + " player's heading). Default: quizkit.")
  String title;

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
    Exporter exporter = exporter();
    Integer count = amount == null ? null : amount.count;
    long chosen = seed.resolve(spec, context);
    QuizContent content = dataset.content(context);
    Set<String> tags = modules.tags(content, spec);
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
            .withKinds(count == null ? kinds.kinds() : heldKinds(exporter));
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
              spec.qualifiedName()
                  + ": "
                  + (drawn.get(0).size() == matching
                      ? Shortfall.note(matching, count)
                      : Shortfall.rules(drawn.get(0).size(), count)));
    }
    for (int version = 0; version < versions; version++) {
      Path file = versions == 1 ? out : versionFile(out, version);
      ExportOptions options =
          ExportOptions.defaults().withSeed(chosen).withPoolSize(pool == null ? 0 : pool);
      if (title != null) {
        options = options.withTitle(title);
      }
      if (versions > 1) {
        String label = Version.label(version);
        options = options.withTitle(options.title() + " version " + label).withVersion(label);
      }
      ExportReport report = write(exporter, drawn.get(version), options, file);
      if (report.written() == 0) {
        return 1;
      }
      int written = report.written();
      if (count != null && !report.skipped().isEmpty()) {
        context
            .err()
            .println(
                spec.qualifiedName()
                    + ": "
                    + file
                    + " holds "
                    + written
                    + (written == 1 ? " question" : " questions")
                    + ", not the "
                    + count
                    + " asked for: "
                    + exporter.format()
                    + " cannot hold the ones left out above");
      }
    }
    if (format.scorm()) {
      // A package has no server: a teacher who only runs the command must hear it here too.
      context
          .err()
          .println(
              "note: the answers are inside the package (masked, not secret: anyone who reads its"
                  + " script can find them); use it for practice, not for tests that count");
    }
    context.out().flush();
    return 0;
  }

  /** The format's exporter: quiz-scorm's for the SCORM packages, quiz-core's for the others. */
  private Exporter exporter() {
    if (pass != null && !format.scorm()) {
      throw new ParameterException(
          spec.commandLine(),
          "--pass is for the SCORM formats (scorm2004, scorm12), not " + format.id());
    }
    double mark = pass == null ? Scorm.DEFAULT_PASS : pass;
    return switch (format) {
      case SCORM2004 -> Scorm.scorm2004(mark);
      case SCORM12 -> Scorm.scorm12(mark);
      default -> Exporters.byName(format.id());
    };
  }

  /** Reads {@code --pass}: a fraction from 0 to 1, such as {@code 0.8}. */
  static final class PassMark implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double parsed = Double.parseDouble(value.strip());
        if (parsed >= 0 && parsed <= 1) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // told below
      }
      throw new TypeConversionException(
          "'" + value + "' is not a fraction from 0 to 1 (0.8 passes at 80 %)");
    }
  }

  /**
   * The kinds to draw for {@code --count}: those asked for (every kind when none are) that the
   * format can hold, so that a format which leaves some kinds out still gets the count from the
   * kinds it holds; says so when it narrows the draw.
   *
   * @throws ParameterException (a usage error) when the format holds none of the kinds asked for
   */
  private Set<Kind> heldKinds(Exporter exporter) {
    Set<Kind> wanted = kinds.kinds().isEmpty() ? EnumSet.allOf(Kind.class) : kinds.kinds();
    Set<Kind> held = EnumSet.copyOf(exporter.kinds());
    if (held.containsAll(wanted)) {
      return kinds.kinds();
    }
    String holds = exporter.format() + " holds only " + names(held) + " questions";
    held.retainAll(wanted);
    if (held.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), holds + ", not " + names(wanted) + " (--kinds)");
    }
    context
        .err()
        .println(
            spec.qualifiedName()
                + ": "
                + holds
                + ", so --count draws "
                + names(held)
                + " questions only");
    return held;
  }

  /** Such as {@code single-choice and true-false}. */
  private static String names(Set<Kind> kinds) {
    List<String> ids = kinds.stream().map(Kind::id).toList();
    return ids.size() == 1
        ? ids.get(0)
        : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
  }

  /**
   * Writes one file through a temporary file beside it, which takes the file's place only when at
   * least one question was written: an export that fails half way, or that leaves every question
   * out, never leaves a file that imports as nothing or not at all. When it writes no question, it
   * says why in one line and leaves {@code file} as it was.
   */
  private ExportReport write(
      Exporter exporter, List<Question> questions, ExportOptions options, Path file)
      throws IOException {
    // beside the file, so that the move is a rename; created new, with the usual permissions
    Path partial =
        file.toAbsolutePath()
            .resolveSibling(
                "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    ExportReport report;
    try {
      try (OutputStream stream =
          new BufferedOutputStream(
              Files.newOutputStream(
                  partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        report = exporter.write(questions, options, stream);
      }
      report.converted().forEach(note -> context.err().println("converted " + note));
      report.skipped().forEach(note -> context.err().println("left out " + note));
      if (report.written() == 0) {
        context
            .err()
            .println(
                spec.qualifiedName()
                    + ": wrote nothing to "
                    + file
                    + ": "
                    + exporter.format()
                    + " cannot hold any of the "
                    + questions.size()
                    + (questions.size() == 1 ? " question" : " questions")
                    + " (each is listed above with the reason)");
        return report;
      }
      try {
        Files.move(
            partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
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
    return report;
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

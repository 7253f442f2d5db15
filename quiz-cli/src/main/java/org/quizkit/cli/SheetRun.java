package org.quizkit.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quizkit.content.QuizContent;
import org.quizkit.core.diagnostic.DiagnosticException;
import org.quizkit.core.question.Question;
import org.quizkit.worksheet.Citation;
import org.quizkit.worksheet.Points;
import org.quizkit.worksheet.Version;
import org.quizkit.worksheet.WorksheetSpec;
import org.quizkit.worksheet.Worksheets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that decide which sheets a worksheet run prints, shared by {@code quiz worksheet} and
 * {@code quiz mark}: the same options and seed give the same versions, so a class's answers are
 * marked against exactly the sheets they sat.
 */
final class SheetRun {
  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      defaultValue = "20",
      description =
          "Number of questions on each worksheet; more than match the options is an error."
              + " Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(
      names = "--versions",
      paramLabel = "V",
      converter = VersionCount.class,
      defaultValue = "1",
      description =
          "Number of different versions (A, B, ..., Z, AA, AB, ...; up to 100). "
              + "Default: ${DEFAULT-VALUE}.")
  int versions;

  @Option(
      names = "--variants",
      paramLabel = "HOW",
      converter = Variants.Converter.class,
      completionCandidates = Variants.Converter.class,
      defaultValue = "shuffle",
      description =
          "How versions differ: shuffle (same questions, new order) or resample "
              + "(fresh questions). Default: ${DEFAULT-VALUE}.")
  Variants variants;

  @Option(
      names = "--points",
      paramLabel = "KIND=P,...",
      converter = PointsConverter.class,
      description =
          "Points per question by kind, such as multiple-response=2,matching=3;"
              + " kinds not named are worth 1. Default: 1 point per question.")
  Points points = Points.oneEach();

  @Mixin ModulesOption modules;
  @Mixin KindsOption kinds;
  @Mixin SeedOption seed;
  @Mixin DatasetOption dataset;

  /** Reads {@code --points}; a bad weight is a usage error naming the part at fault. */
  static final class PointsConverter implements ITypeConverter<Points> {
    @Override
    public Points convert(String value) {
      try {
        return Points.parse(value);
      } catch (DiagnosticException e) {
        // picocli names the option and the value; the problem says which part is wrong
        throw new TypeConversionException(e.diagnostics().get(0).message());
      }
    }
  }

  /** The bank, the spec and its versions, once the options are known to give full sheets. */
  record Drawn(
      QuizContent content, List<Question> bank, WorksheetSpec spec, List<Version> versions) {}

  /**
   * Draws the versions the options ask for, or says on standard error why it cannot (nothing
   * matches, fewer questions match than {@code --count}, or the assembly rules let fewer share a
   * sheet) and returns empty: a sheet with fewer questions than asked is never printed or marked.
   *
   * @throws org.quizkit.worksheet.WorksheetException when the bank cannot serve the sheet, for
   *     {@link Failures} to report
   */
  Optional<Drawn> draw(Context context, CommandSpec command, String title) {
    QuizContent content = dataset.content(context);
    Set<String> tags = modules.tags(content, command);
    long chosen = seed.resolve(command, context);
    WorksheetSpec sheet =
        WorksheetSpec.defaults(title != null ? title : defaultTitle(content))
            .withCount(count)
            .withVersions(versions)
            .withVariants(WorksheetSpec.Variants.valueOf(variants.name()))
            .withSeed(chosen)
            .withKinds(kinds.kinds())
            .withTags(tags)
            .withPoints(points);
    Optional<Citation> citation =
        content.dataset().source().map(s -> new Citation(s.title(), s.publisher(), s.reviewed()));
    if (citation.isPresent()) {
      sheet = sheet.withCitation(citation.get());
    }
    List<Question> bank = content.bank(chosen);
    int available = (int) bank.stream().filter(sheet::matches).count();
    String name = command.qualifiedName();
    if (available == 0) {
      context.err().println(name + ": no questions match these options");
      return Optional.empty();
    }
    if (available < count) {
      context
          .err()
          .println(
              name
                  + ": --count "
                  + count
                  + " asks for more questions than match these options ("
                  + available
                  + "); nothing written");
      return Optional.empty();
    }
    // a bank that cannot serve the sheet throws, and Failures reports every problem
    List<Version> drawn = Worksheets.versions(bank, sheet);
    int size = drawn.get(0).questions().size();
    if (size < count) {
      context
          .err()
          .println(
              name
                  + ": only "
                  + size
                  + (size == 1 ? " question" : " questions")
                  + " of the "
                  + available
                  + " that match can share a sheet under the assembly rules (no item giving"
                  + " away another, no template above a fifth, balanced true/false keys: see"
                  + " docs/assembly.md), not "
                  + count
                  + "; nothing written");
      return Optional.empty();
    }
    return Optional.of(new Drawn(content, bank, sheet, drawn));
  }

  /** The chosen modules' titles, or the dataset's name when every module is used. */
  private String defaultTitle(QuizContent content) {
    if (modules.ids().isEmpty()) {
      return content.dataset().name();
    }
    return modules.ids().stream()
        .map(id -> content.catalog().module(id).orElseThrow().title())
        .collect(Collectors.joining("; "));
  }
}

package org.quizkit.cli;

import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.quizkit.content.QuizContent;
import org.quizkit.core.question.Question;
import org.quizkit.worksheet.WorksheetException;
import org.quizkit.worksheet.WorksheetSpec;
import org.quizkit.worksheet.Worksheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz worksheet}: printable worksheets with answer keys. */
@Command(name = "worksheet", description = "Write printable worksheets with answer keys.")
final class WorksheetCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--count",
      paramLabel = "N",
      converter = PositiveInt.class,
      defaultValue = "20",
      description = "Number of questions on each worksheet. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(
      names = "--versions",
      paramLabel = "V",
      converter = VersionCount.class,
      defaultValue = "1",
      description =
          "Number of different versions to write (A, B, ..., Z, AA, AB, ...; up to 100). "
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
      names = "--title",
      converter = NonBlank.Text.class,
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
      converter = NonBlank.PathValue.class,
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the worksheets and answer keys into.")
  Path out;

  @Mixin ModulesOption modules;
  @Mixin KindsOption kinds;
  @Mixin SeedOption seed;
  @Mixin DatasetOption dataset;

  /**
   * PDFBox and openhtmltopdf log font fallbacks and CSS they skip through java.util.logging; none
   * of it is for a teacher, and the command owns this process.
   */
  private static void quietLibraryLogging() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
    XRLog.setLoggingEnabled(false);
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

  WorksheetCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    QuizContent content = dataset.content(context);
    Set<String> tags = modules.tags(content, spec);
    long chosen = seed.resolve(spec, context);
    WorksheetSpec sheet =
        WorksheetSpec.defaults(title != null ? title : defaultTitle(content))
            .withVersions(versions)
            .withVariants(WorksheetSpec.Variants.valueOf(variants.name()))
            .withSeed(chosen)
            .withFormat(
                format == SheetFormat.MD
                    ? WorksheetSpec.Format.MARKDOWN
                    : WorksheetSpec.Format.valueOf(format.name()))
            .withPaper(WorksheetSpec.Paper.valueOf(paper.name()))
            .withKinds(kinds.kinds())
            .withTags(tags);
    List<Question> bank = content.bank(chosen);
    // As practice and export do: fewer questions than asked is worth a note, not a refusal.
    int available = (int) bank.stream().filter(sheet::matches).count();
    if (available == 0) {
      context.err().println(spec.qualifiedName() + ": no questions match these options");
      return 1;
    }
    sheet = sheet.withCount(Math.min(count, available));
    quietLibraryLogging();
    List<Path> written;
    try {
      // One note: too few questions match, or the rules let fewer share a sheet.
      int drawn = Worksheets.versions(bank, sheet).get(0).questions().size();
      if (drawn < count) {
        context
            .err()
            .println(
                drawn == available
                    ? Shortfall.note(spec, available, count)
                    : Shortfall.rules(spec, drawn, count));
      }
      written = Worksheets.write(bank, sheet, out);
    } catch (WorksheetException problems) {
      problems.problems().forEach(p -> context.err().println(spec.qualifiedName() + ": " + p));
      return 1;
    }
    written.forEach(file -> context.out().println("wrote " + file));
    context.out().flush();
    return 0;
  }
}

package org.quizkit.cli;

import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.quizkit.worksheet.Header;
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

  @Mixin SheetRun run;

  @Option(
      names = "--title",
      converter = NonBlank.Text.class,
      paramLabel = "T",
      description = "Title printed at the top. Default: the modules' titles.")
  String title;

  @Option(
      names = "--course",
      converter = NonBlank.Text.class,
      paramLabel = "TEXT",
      description = "Course printed in the header. Default: an empty line.")
  String course = "";

  @Option(
      names = "--teacher",
      converter = NonBlank.Text.class,
      paramLabel = "NAME",
      description = "Teacher printed in the header. Default: an empty line.")
  String teacher = "";

  @Option(
      names = "--time-allowed",
      converter = NonBlank.Text.class,
      paramLabel = "TEXT",
      description =
          "Time allowed printed in the header, such as '40 minutes'. Default: an empty line.")
  String timeAllowed = "";

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
      description =
          "Folder to write the worksheets and answer keys into; one that holds worksheets of"
              + " another run is refused.")
  Path out;

  /**
   * PDFBox and openhtmltopdf log font fallbacks and CSS they skip through java.util.logging; none
   * of it is for a teacher, and the command owns this process.
   */
  private static void quietLibraryLogging() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
    XRLog.setLoggingEnabled(false);
  }

  WorksheetCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Optional<SheetRun.Drawn> drawn = run.draw(context, spec, title);
    if (drawn.isEmpty()) {
      return 1;
    }
    WorksheetSpec sheet =
        drawn
            .get()
            .spec()
            .withFormat(
                format == SheetFormat.MD
                    ? WorksheetSpec.Format.MARKDOWN
                    : WorksheetSpec.Format.valueOf(format.name()))
            .withPaper(WorksheetSpec.Paper.valueOf(paper.name()))
            .withHeader(new Header(course, teacher, timeAllowed));
    quietLibraryLogging();
    // a bank that cannot serve the sheet throws, and Failures reports every problem
    List<Path> written = Worksheets.write(drawn.get().bank(), sheet, out);
    written.forEach(file -> context.out().println("wrote " + file));
    context.out().flush();
    return 0;
  }
}

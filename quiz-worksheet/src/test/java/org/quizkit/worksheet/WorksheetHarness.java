package org.quizkit.worksheet;

import java.nio.file.Path;
import java.util.List;
import org.quizkit.worksheet.WorksheetSpec.Format;

/**
 * Not a test: renders 3 versions of 30 questions with keys to PDF and prints the time, for the
 * performance figure in docs/worksheets.md. Run with the test class path; argument: output
 * directory.
 */
final class WorksheetHarness {
  private WorksheetHarness() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    WorksheetSpec spec =
        WorksheetSpec.defaults("Timing sheet")
            .withCount(30)
            .withVersions(3)
            .withSeed(7)
            .withFormat(args.length > 1 ? Format.valueOf(args[1]) : Format.PDF);
    List<Path> files = Worksheets.write(Banks.mixed(60), spec, Path.of(args[0]));
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    System.out.println(files.size() + " files in " + elapsed + " ms");
  }
}

package org.quizkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quizkit.worksheet.marking.ClassMarking;
import org.quizkit.worksheet.marking.MarkedClass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quiz mark}: marks a class's answers to the sheets of one worksheet run, given by the same
 * options and seed, with the engine's scoring, and reports item statistics and results per fact.
 */
@Command(name = "mark", description = "Mark a class's answers to worksheets, with item statistics.")
final class MarkCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin SheetRun run;

  @Option(
      names = "--answers",
      converter = NonBlank.PathValue.class,
      paramLabel = "FILE",
      required = true,
      description =
          "The class's answers as CSV: one row per student, id, version, then one cell per"
              + " question as on the sheet (B, A C, T, 1b 2a, c a b, or the words written).")
  Path answers;

  @Option(
      names = "--out",
      converter = NonBlank.PathValue.class,
      paramLabel = "DIR",
      description =
          "Also write scores.csv, items.csv and facts.csv into this folder (each replaced whole,"
              + " never half-written).")
  Path out;

  MarkCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String name = spec.qualifiedName();
    if (run.seed.seed == null) {
      context.err().println(name + ": give the --seed the sheets were made with");
      return 2;
    }
    String text;
    try {
      text = Files.readString(answers, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      context.err().println(name + ": no such file: " + answers);
      return 1;
    }
    Optional<SheetRun.Drawn> drawn = run.draw(context, spec, null);
    if (drawn.isEmpty()) {
      return 1;
    }
    // answers that cannot be marked throw, and Failures reports every problem at its place
    MarkedClass marked =
        ClassMarking.mark(
            drawn.get().versions(), drawn.get().spec().points(), answers.toString(), text);
    if (out != null) {
      Map<String, String> files = new LinkedHashMap<>();
      files.put("scores.csv", marked.scoresCsv());
      files.put("items.csv", marked.itemsCsv());
      files.put("facts.csv", marked.factsCsv());
      for (Path written : writeAll(out, files)) {
        context.err().println("wrote " + written);
      }
    }
    context.out().print(marked.table());
    context.out().flush();
    return 0;
  }

  /**
   * Writes every file to a temporary name first and renames them only once all are written, so a
   * failure leaves the old files (or none), never some new and some half-written.
   */
  private static List<Path> writeAll(Path directory, Map<String, String> files) throws IOException {
    Files.createDirectories(directory);
    Map<Path, Path> temporary = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path temp = directory.resolve("." + file.getKey() + ".tmp");
        Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
        temporary.put(temp, directory.resolve(file.getKey()));
      }
    } catch (IOException e) {
      for (Path temp : temporary.keySet()) {
        Files.deleteIfExists(temp);
      }
      throw e;
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, Path> move : temporary.entrySet()) {
      try {
        Files.move(
            move.getKey(),
            move.getValue(),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(move.getValue());
    }
    return written;
  }
}

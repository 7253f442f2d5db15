package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;

class MarkCommandTests {
  private static final Pattern CELL = Pattern.compile("\\*\\*(\\d+)\\*\\* ([^|]+?) \\|");

  @TempDir Path dir;

  private static final String[] RUN = {
    "--count", "12", "--versions", "2", "--seed", "10", "--points", "multiple-response=2,matching=3"
  };

  private static String[] with(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(RUN));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** A version's key as a student's row: the marking grid's entries, in the sheet's notation. */
  private List<String> keyRow(String label) throws IOException {
    String key = Files.readString(dir.resolve("sheets/worksheet-" + label + "-key.md"));
    String grid = key.substring(key.indexOf("## Marking grid"), key.indexOf("## Marking rules"));
    List<String> cells = new ArrayList<>();
    Matcher cell = CELL.matcher(grid);
    while (cell.find()) {
      // a typed answer's grid lists each keyed wording; any one of them is right
      cells.add("\"" + cell.group(2).split(" / ")[0].replace("\\", "") + "\"");
    }
    return cells;
  }

  @Test
  void givesFullMarksToTheKeyAndNoneToBlanksAndWritesTheFiles() throws IOException {
    Result sheets =
        quiz().run(with("worksheet", "--format", "md", "--out", dir.resolve("sheets").toString()));
    assertEquals(0, sheets.code(), sheets::toString);
    List<String> a = keyRow("A");
    List<String> b = keyRow("B");
    assertEquals(12, a.size());
    Path answers = dir.resolve("answers.csv");
    Files.writeString(
        answers,
        "id,version\n"
            + "ann,A,"
            + String.join(",", a)
            + "\nbob,B,"
            + String.join(",", b)
            + "\ncai,A\n");
    Result result =
        quiz()
            .run(
                with(
                    "mark",
                    "--answers",
                    answers.toString(),
                    "--out",
                    dir.resolve("marks").toString()));

    assertEquals(0, result.code(), result::toString);
    String scores = Files.readString(dir.resolve("marks/scores.csv"));
    List<String> lines = scores.lines().toList();
    assertEquals(4, lines.size(), scores);
    String[] ann = lines.get(1).split(",");
    String[] bob = lines.get(2).split(",");
    String[] cai = lines.get(3).split(",");
    assertEquals(ann[ann.length - 1], ann[ann.length - 2], scores);
    assertEquals(bob[bob.length - 1], bob[bob.length - 2], scores);
    assertEquals("0", cai[cai.length - 2], scores);
    assertTrue(Files.readString(dir.resolve("marks/items.csv")).startsWith("question,kind,"));
    assertTrue(Files.readString(dir.resolve("marks/facts.csv")).startsWith("fact,questions,"));
    assertTrue(result.out().contains("Scores\n"), result::toString);
    assertTrue(result.out().contains("Facts, weakest first\n"), result::toString);
  }

  @Test
  void reportsUnreadableCellsWhereTheyAreAndWritesNothing() throws IOException {
    assertEquals(
        0,
        quiz()
            .run(with("worksheet", "--format", "md", "--out", dir.resolve("sheets").toString()))
            .code());
    Path answers = dir.resolve("answers.csv");
    Files.writeString(answers, "ann,A,ZZ\nbob,Q\n");
    Result result =
        quiz()
            .run(
                with(
                    "mark",
                    "--answers",
                    answers.toString(),
                    "--out",
                    dir.resolve("marks").toString()));

    assertEquals(1, result.code(), result::toString);
    assertEquals(3, result.errLines().size(), result::toString);
    assertTrue(
        result.errLines().get(0).startsWith("quiz mark: " + answers + ":1:3: '")
            && result.errLines().get(0).contains("' is not an option of question 1 ("),
        result::toString);
    assertEquals(
        answers + ":2:2: 'Q' is not a version of this run (A to B)", result.errLines().get(1));
    assertEquals("2 problems", result.errLines().get(2));
    assertTrue(Files.notExists(dir.resolve("marks")));
  }

  @Test
  void needsTheSeedTheSheetsWereMadeWith() throws IOException {
    Path answers = dir.resolve("answers.csv");
    Files.writeString(answers, "ann,A\n");
    Result result = quiz().run("mark", "--answers", answers.toString());
    assertEquals(2, result.code(), result::toString);
    assertEquals(
        List.of("quiz mark: give the --seed the sheets were made with"), result.errLines());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}

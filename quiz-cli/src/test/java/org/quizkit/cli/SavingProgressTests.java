package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.question.Question;
import org.quizkit.store.sqlite.SqliteStore;
import picocli.CommandLine.Help.Ansi;

/**
 * When the progress database is opened: checked before the first question, opened (and created)
 * only by the first answer to save.
 */
class SavingProgressTests {
  @TempDir Path dir;

  /** A data folder that does not exist yet. */
  private Path data() {
    return dir.resolve("data");
  }

  private Path database() {
    return data().resolve("progress.db");
  }

  private Result practice(String... input) {
    return quiz()
        .withInput(input)
        .run("practice", "--plain", "--seed", "1", "--data-dir", data().toString());
  }

  /** The first question {@code quiz practice --seed 1} asks. */
  private static Question firstPracticeQuestion() {
    return QuizContent.builtIn()
        .quiz(QuizSpec.builder().count(10).seed(1).build().withKinds(Set.of()).withTags(Set.of()))
        .questions()
        .get(0);
  }

  private List<Path> everything() throws IOException {
    try (var files = Files.walk(dir)) {
      return files.sorted().toList();
    }
  }

  @Nested
  class QuittingBeforeAnswering {
    @Test
    void practiceLeavesNoDatabaseNorDataFolder() {
      Result result = practice("q");

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("Question 1 of 10"), result::toString);
      assertFalse(Files.exists(data()), result::toString);
    }

    @Test
    void learnLeavesNoDatabase() {
      Result result =
          quiz()
              .withInput("", "q")
              .run("learn", "travel", "--seed", "1", "--data-dir", data().toString());

      assertEquals(0, result.code(), result::toString);
      assertTrue(result.out().contains("Question 1 of "), result::toString);
      assertFalse(Files.exists(database()), result::toString);
    }

    @Test
    void practiceLeavesAnExistingDatabaseAsItWas() throws IOException {
      practice(Keys.typed(firstPracticeQuestion()), "q");
      byte[] before = Files.readAllBytes(database());
      List<Path> files = everything();

      Result result = practice("q");

      assertEquals(0, result.code(), result::toString);
      assertArrayEquals(before, Files.readAllBytes(database()));
      assertEquals(files, everything());
    }

    @Test
    void practiceLoadsNoSqliteClass() throws Exception {
      Path log = dir.resolve("classes.log");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process child =
          new ProcessBuilder(
                  java.toString(),
                  "-Xlog:class+load=info:file=" + log,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "practice",
                  "--plain",
                  "--seed",
                  "1",
                  "--data-dir",
                  data().toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try (var in = child.getOutputStream()) {
        in.write("q\n".getBytes(StandardCharsets.UTF_8));
      }
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "quiz ended");
      assertEquals(0, child.exitValue());

      List<String> loaded = Files.readAllLines(log);
      // The drill ran, so the log covers the whole session up to the quit.
      assertTrue(loaded.stream().anyMatch(l -> l.contains("org.quizkit.core.drill.Drill ")));
      List<String> sqlite = loaded.stream().filter(l -> l.contains(" org.sqlite.")).toList();
      assertTrue(
          sqlite.isEmpty(), () -> sqlite.size() + " SQLite classes loaded, first " + sqlite.get(0));
      assertFalse(Files.exists(data()));
    }
  }

  @Nested
  class CountingAnAnswerAsRight {
    private Result practiceTyped(String... input) {
      return quiz()
          .withInput(input)
          .run(
              "practice",
              "--plain",
              "--seed",
              "1",
              "--count",
              "2",
              "--kinds",
              "short-answer",
              "--data-dir",
              data().toString());
    }

    @Test
    void savesTheAnswerAsOverriddenAndProgressSaysSo() {
      Result practice = practiceTyped("zzzz", "r", "q");

      assertEquals(0, practice.code(), practice::toString);
      try (ProgressStore store = SqliteStore.open(database())) {
        List<Attempt> attempts = store.attempts(LearnerOption.DEFAULT);
        assertEquals(1, attempts.size(), practice::toString);
        assertTrue(attempts.get(0).overridden(), practice::toString);
        assertEquals(1.0, attempts.get(0).score());
      }
      Result progress =
          quiz().run("progress", "--plain", "--facts", "--data-dir", data().toString());
      assertEquals(0, progress.code(), progress::toString);
      assertTrue(progress.out().contains("1 answer you marked right yourself"), progress::toString);
      assertTrue(
          progress.out().replaceAll("\\s+", " ").contains("(marked right by you once)"),
          progress::toString);
    }

    @Test
    void progressSaysNothingOfOverridesWhenThereWereNone() {
      Result practice = practiceTyped("zzzz", "q");

      assertEquals(0, practice.code(), practice::toString);
      Result progress =
          quiz().run("progress", "--plain", "--facts", "--data-dir", data().toString());
      assertFalse(progress.out().contains("marked right"), progress::toString);
    }
  }

  @Nested
  class FirstAnswer {
    @Test
    void createsTheDatabaseHoldingThatAnswer() {
      Question first = firstPracticeQuestion();

      Result result = practice(Keys.typed(first), "q");

      assertEquals(0, result.code(), result::toString);
      try (ProgressStore store = SqliteStore.open(database())) {
        List<Attempt> attempts = store.attempts(LearnerOption.DEFAULT);
        assertEquals(1, attempts.size());
        assertEquals(first.id(), attempts.get(0).questionId());
        assertEquals(1.0, attempts.get(0).score());
      }
    }

    @Test
    void thatFindsTheFileReplacedIsRefusedInOneLineNamingIt() {
      byte[] foreign = "my shopping list\n".getBytes(StandardCharsets.UTF_8);
      // The file appears after the check, while the learner reads the first question.
      InputStream answers =
          new InputStream() {
            private InputStream lines;

            @Override
            public int read() throws IOException {
              return lines().read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
              return lines().read(buffer, offset, length);
            }

            private InputStream lines() {
              if (lines == null) {
                try {
                  Files.createDirectories(data());
                  Files.write(database(), foreign);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                String typed = Keys.typed(firstPracticeQuestion()) + "\nq\n";
                lines = new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
              }
              return lines;
            }
          };
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Context context =
          new Context(
              answers,
              new PrintWriter(out),
              new PrintWriter(err),
              Map.of(),
              () -> 1L,
              Ansi.OFF,
              Clock.fixed(Quiz.START, ZoneOffset.UTC),
              false);

      int code =
          new Main(context)
              .run("practice", "--plain", "--seed", "1", "--data-dir", data().toString());

      assertEquals(1, code, out + "\n" + err);
      assertTrue(out.toString().contains("Question 1 of 10"), out::toString);
      List<String> errLines = err.toString().lines().toList();
      assertEquals(1, errLines.size(), err::toString);
      assertTrue(
          errLines.get(0).startsWith("quiz practice: " + database().toAbsolutePath() + ": "),
          err::toString);
      assertTrue(errLines.get(0).contains("not an SQLite database"), err::toString);
      assertArrayEquals(foreign, readAllBytes(database()));
    }
  }

  @Nested
  class ForeignFile {
    /** Refused with exit 1 and one line naming the file, before any question; left as it was. */
    private void assertRefusedBeforeAnyQuestion(String... args) throws IOException {
      byte[] before = Files.readAllBytes(database());
      List<Path> files = everything();

      Result result = quiz().withInput("t", "a", "q").run(args);

      assertEquals(1, result.code(), result::toString);
      assertEquals("", result.out(), result::toString);
      assertEquals(1, result.errLines().size(), result::toString);
      assertTrue(
          result.err().contains(": " + database().toAbsolutePath() + ": "), result::toString);
      assertArrayEquals(before, Files.readAllBytes(database()));
      assertEquals(files, everything());
    }

    private void assertEveryCommandRefusesIt() throws IOException {
      String data = data().toString();
      assertRefusedBeforeAnyQuestion("practice", "--plain", "--seed", "1", "--data-dir", data);
      assertRefusedBeforeAnyQuestion("learn", "--plain", "--seed", "1", "--data-dir", data);
      assertRefusedBeforeAnyQuestion(
          "learn", "travel", "--plain", "--seed", "1", "--data-dir", data);
      assertRefusedBeforeAnyQuestion("review", "--plain", "--seed", "1", "--data-dir", data);
    }

    @Test
    void aTextFileIsRefused() throws IOException {
      Files.createDirectories(data());
      Files.writeString(database(), "my shopping list\n");

      assertEveryCommandRefusesIt();
    }

    @Test
    void anSqliteDatabaseWithAnotherApplicationIdIsRefused() throws Exception {
      Files.createDirectories(data());
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database());
          Statement s = c.createStatement()) {
        s.execute("PRAGMA application_id = 42");
        s.execute("CREATE TABLE recipe (name TEXT)");
        s.execute("INSERT INTO recipe VALUES ('soup')");
      }

      assertEveryCommandRefusesIt();
    }

    @Test
    void aDataFolderThatCannotBeMadeIsRefusedBeforeAnyQuestion() throws IOException {
      Path plain = Files.writeString(dir.resolve("plain"), "not a folder");
      Path database = plain.resolve("quiz").resolve("progress.db");

      Result result =
          quiz()
              .withInput("t", "q")
              .run(
                  "practice",
                  "--plain",
                  "--seed",
                  "1",
                  "--data-dir",
                  plain.resolve("quiz").toString());

      assertEquals(1, result.code(), result::toString);
      assertEquals("", result.out(), result::toString);
      assertEquals(
          List.of(
              "quiz practice: " + database + ": cannot be created: " + plain + " is not a folder"),
          result.errLines());
    }
  }

  private static byte[] readAllBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.quizkit.core.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Phase;
import org.quizkit.core.schedule.Rating;
import org.quizkit.core.schedule.Scheduler;

class ProgressStoreTests {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final String SYNCHRONOUS_FULL = "PRAGMA synchronous: FULL is 2, NORMAL 1, OFF 0";
  private final Fsrs fsrs = Fsrs.withDefaults();

  @TempDir Path dir;

  private Path db() {
    return dir.resolve("nested/quiz/progress.db");
  }

  private static Attempt attempt(String question, Response response, double score, Instant at) {
    return new Attempt("ada", question, List.of("lung-bone", "lung-liver"), response, score, at);
  }

  @Nested
  class SavingAnswers {
    @Test
    void keepsEveryAttemptAcrossReopening() {
      List<Attempt> given =
          List.of(
              attempt("q1", Response.Choice.of("b", "a"), 1, T0),
              attempt("q2", new Response.Judgement(false), 0, T0.plusSeconds(5)),
              attempt("q3", new Response.Pairs(Map.of("1", "c", "2", "a")), 0.5, T0.plusSeconds(9)),
              attempt("q4", new Response.Sequence(List.of("c", "a", "b")), 1, T0.plusSeconds(12)),
              attempt("q5", new Response.Text("the \"bones\", ünïcode\n"), 0, T0.plusSeconds(20)));
      try (ProgressStore store = ProgressStore.open(db())) {
        long previous = 0;
        for (Attempt a : given) {
          long id = store.record(a, fsrs);
          assertTrue(id > previous, "ids increase");
          previous = id;
        }
      }

      try (ProgressStore store = ProgressStore.open(db())) {
        assertEquals(given, store.attempts("ada"));
        assertEquals(List.of("ada"), store.learners());
        assertEquals(List.of(), store.attempts("bob"));
      }
    }

    @Test
    void reviewsTheMemoryOfEachFactWithTheRatingOfTheScore() {
      try (ProgressStore store = ProgressStore.open(db())) {
        store.record(attempt("q1", Response.Choice.of("a"), 1, T0), fsrs);
        store.record(attempt("q2", Response.Choice.of("a"), 0, T0.plusSeconds(60)), fsrs);

        Memory expected =
            fsrs.review(
                fsrs.review(Memory.fresh(T0), org.quizkit.core.schedule.Rating.GOOD, T0),
                org.quizkit.core.schedule.Rating.AGAIN,
                T0.plusSeconds(60));
        assertEquals(expected, store.memory("ada", "lung-bone").orElseThrow());
        assertEquals(
            List.of("lung-bone", "lung-liver"), List.copyOf(store.memories("ada").keySet()));
        assertEquals(Phase.LEARNING, expected.phase());
        assertTrue(store.memory("bob", "lung-bone").isEmpty());
      }
    }

    @Test
    void savesNothingOfAnAnswerWhoseMemoryUpdateFails() {
      try (ProgressStore store = ProgressStore.open(db())) {
        Scheduler failsOnSecondFact =
            new Scheduler() {
              private int calls;

              @Override
              public Memory review(Memory memory, Rating rating, Instant at) {
                if (++calls == 2) {
                  throw new IllegalStateException("scheduler broke on the second fact");
                }
                return fsrs.review(memory, rating, at);
              }

              @Override
              public double retrievability(Memory memory, Instant at) {
                return fsrs.retrievability(memory, at);
              }
            };

        assertThrows(
            IllegalStateException.class,
            () -> store.record(attempt("q1", Response.Choice.of("a"), 1, T0), failsOnSecondFact));

        assertEquals(List.of(), store.attempts("ada"));
        assertEquals(Map.of(), store.memories("ada"));
        store.record(attempt("q2", Response.Choice.of("a"), 1, T0), fsrs);
        assertEquals(1, store.attempts("ada").size());
      }
    }

    @Test
    void listsDueFactsSoonestFirst() {
      try (ProgressStore store = ProgressStore.open(db())) {
        store.record(new Attempt("ada", "q1", List.of("b"), Response.Choice.of("a"), 0, T0), fsrs);
        store.record(
            new Attempt("ada", "q2", List.of("a"), Response.Choice.of("a"), 0, T0.plusSeconds(5)),
            fsrs);
        store.record(new Attempt("ada", "q3", List.of("c"), Response.Choice.of("a"), 1, T0), fsrs);

        // Again: due a minute later; Good on a new fact: due ten minutes later.
        assertEquals(List.of(), store.due("ada", T0.plusSeconds(59)));
        assertEquals(List.of("b", "a"), store.due("ada", T0.plusSeconds(65)));
        assertEquals(List.of("b", "a", "c"), store.due("ada", T0.plusSeconds(600)));
      }
    }

    /**
     * An answer reported saved must survive a crash of the machine: that rests on the write-ahead
     * log and on SQLite syncing it at every commit (synchronous FULL). NORMAL or OFF would keep
     * working and pass every other test, while the last answers would be lost when the power goes.
     */
    @Test
    void syncsTheLogToDiskAtEveryCommit() throws Exception {
      try (ProgressStore store = ProgressStore.open(db())) {
        store.record(attempt("q1", Response.Choice.of("a"), 1, T0), fsrs);

        assertEquals("wal", store.pragma("journal_mode"));
        assertEquals("2", store.pragma("synchronous"), SYNCHRONOUS_FULL);
      }
      // and again on a database that already exists
      try (ProgressStore store = ProgressStore.open(db())) {
        assertEquals("wal", store.pragma("journal_mode"));
        assertEquals("2", store.pragma("synchronous"), SYNCHRONOUS_FULL);
      }
    }

    @Test
    void createsTheDatabaseInWriteAheadLogModeWithOurMarks() throws Exception {
      ProgressStore.open(db()).close();

      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
          Statement s = c.createStatement()) {
        assertEquals("wal", s.executeQuery("PRAGMA journal_mode").getString(1));
        assertEquals(
            ProgressStore.APPLICATION_ID, s.executeQuery("PRAGMA application_id").getInt(1));
        assertEquals(ProgressStore.SCHEMA_VERSION, s.executeQuery("PRAGMA user_version").getInt(1));
      }
      try (var files = Files.list(db().getParent())) {
        assertEquals(
            List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
      }
    }
  }

  @Nested
  class RefusingOtherFiles {
    private void assertRefusedAndUntouched(Path file, String problem) throws IOException {
      byte[] before = Files.readAllBytes(file);
      List<Path> siblingsBefore = siblings(file);

      ProgressStoreException error =
          assertThrows(ProgressStoreException.class, () -> ProgressStore.open(file));

      assertEquals(file.toAbsolutePath(), error.file());
      assertTrue(error.getMessage().startsWith(file.toAbsolutePath() + ": "), error.getMessage());
      assertTrue(error.problem().contains(problem), error.problem());
      assertArrayEquals(before, Files.readAllBytes(file));
      assertEquals(siblingsBefore, siblings(file));
    }

    private List<Path> siblings(Path file) throws IOException {
      try (var files = Files.list(file.getParent())) {
        return files.sorted().toList();
      }
    }

    @Test
    void refusesATextFile() throws IOException {
      Path file = dir.resolve("progress.db");
      Files.writeString(file, "my shopping list\neggs\nmilk\n".repeat(20), StandardCharsets.UTF_8);

      assertRefusedAndUntouched(file, "not an SQLite database");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
      Path file = Files.createFile(dir.resolve("progress.db"));

      assertRefusedAndUntouched(file, "empty file");
    }

    @Test
    void refusesAnotherProgramsSqliteDatabase() throws Exception {
      Path file = dir.resolve("progress.db");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE recipe (name TEXT)");
        s.execute("INSERT INTO recipe VALUES ('soup')");
      }

      assertRefusedAndUntouched(file, "another program");
    }

    @Test
    void refusesADatabaseFromANewerVersion() throws Exception {
      Path file = db();
      ProgressStore.open(file).close();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = DELETE");
        s.execute("PRAGMA user_version = 7");
      }

      assertRefusedAndUntouched(file, "newer quiz (schema version 7");
    }

    @Test
    void refusesADamagedDatabase() throws Exception {
      Path file = db();
      try (ProgressStore store = ProgressStore.open(file)) {
        for (int i = 0; i < 50; i++) {
          store.record(attempt("q" + i, new Response.Text("x".repeat(200)), 1, T0), fsrs);
        }
      }
      byte[] bytes = Files.readAllBytes(file);
      for (int i = 4096 + 16; i < bytes.length; i++) {
        bytes[i] = (byte) (i * 31);
      }
      Files.write(file, bytes);

      assertRefusedAndUntouched(file, "damaged");
    }

    @Test
    void refusesADirectory() throws IOException {
      Path file = Files.createDirectories(dir.resolve("progress.db"));

      ProgressStoreException error =
          assertThrows(ProgressStoreException.class, () -> ProgressStore.open(file));

      assertTrue(error.problem().contains("not a regular file"), error.problem());
    }
  }

  @Nested
  class Concurrency {
    @Test
    void twoStoresWritingFromTwoThreadsLoseNothing() throws Exception {
      ProgressStore.open(db()).close();
      int each = 40;
      Thread[] writers = new Thread[2];
      Throwable[] failures = new Throwable[2];
      for (int w = 0; w < 2; w++) {
        int writer = w;
        writers[w] =
            new Thread(
                () -> {
                  try (ProgressStore store = ProgressStore.open(db())) {
                    for (int i = 0; i < each; i++) {
                      store.record(
                          new Attempt(
                              "ada",
                              "writer" + writer + "-q" + i,
                              List.of("shared"),
                              Response.Choice.of("a"),
                              1,
                              T0.plusSeconds(i)),
                          fsrs);
                    }
                  } catch (Throwable t) {
                    failures[writer] = t;
                  }
                });
        writers[w].start();
      }
      for (Thread writer : writers) {
        writer.join();
      }

      assertEquals(null, failures[0]);
      assertEquals(null, failures[1]);
      try (ProgressStore store = ProgressStore.open(db())) {
        assertEquals(2 * each, store.attempts("ada").size());
        // Both writers update the same row; a lost update would show as fewer reviews.
        assertEquals(2 * each, store.memory("ada", "shared").orElseThrow().reps());
      }
    }
  }

  @Test
  void rejectsAnAttemptWithAScoreOutsideTheUnitInterval() {
    assertThrows(
        IllegalArgumentException.class, () -> attempt("q", Response.Choice.of("a"), 1.5, T0));
  }
}

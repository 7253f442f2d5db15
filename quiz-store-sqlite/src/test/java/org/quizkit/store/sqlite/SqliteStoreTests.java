package org.quizkit.store.sqlite;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.progress.ProgressStoreException;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;

class SqliteStoreTests {
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
    /**
     * An answer reported saved must survive a crash of the machine: that rests on the write-ahead
     * log and on SQLite syncing it at every commit (synchronous FULL). NORMAL or OFF would keep
     * working and pass every other test, while the last answers would be lost when the power goes.
     */
    @Test
    void syncsTheLogToDiskAtEveryCommit() throws Exception {
      try (SqliteStorage storage = SqliteStore.openStorage(db());
          ProgressStore store = ProgressStore.over(storage)) {
        store.record(attempt("q1", Response.Choice.of("a"), 1, T0), fsrs);

        assertEquals("wal", storage.pragma("journal_mode"));
        assertEquals("2", storage.pragma("synchronous"), SYNCHRONOUS_FULL);
      }
      // and again on a database that already exists
      try (SqliteStorage storage = SqliteStore.openStorage(db())) {
        assertEquals("wal", storage.pragma("journal_mode"));
        assertEquals("2", storage.pragma("synchronous"), SYNCHRONOUS_FULL);
      }
    }

    @Test
    void createsTheDatabaseInWriteAheadLogModeWithOurMarks() throws Exception {
      SqliteStore.open(db()).close();

      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
          Statement s = c.createStatement()) {
        assertEquals("wal", s.executeQuery("PRAGMA journal_mode").getString(1));
        assertEquals(SqliteStore.APPLICATION_ID, s.executeQuery("PRAGMA application_id").getInt(1));
        assertEquals(SqliteStore.SCHEMA_VERSION, s.executeQuery("PRAGMA user_version").getInt(1));
      }
      try (var files = Files.list(db().getParent())) {
        assertEquals(
            List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
      }
    }
  }

  /** A progress database as quiz wrote it before schema version 2, with one answer in it. */
  private static void writeVersionOne(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = " + SqliteStore.APPLICATION_ID);
      s.execute(
          "CREATE TABLE attempt (id INTEGER PRIMARY KEY AUTOINCREMENT, learner TEXT NOT NULL,"
              + " question TEXT NOT NULL, facts TEXT NOT NULL, response TEXT NOT NULL,"
              + " score REAL NOT NULL CHECK (score >= 0 AND score <= 1),"
              + " answered_at TEXT NOT NULL)");
      s.execute("CREATE INDEX attempt_by_learner ON attempt (learner, id)");
      s.execute(
          "CREATE TABLE memory (learner TEXT NOT NULL, fact TEXT NOT NULL, phase TEXT NOT NULL,"
              + " step INTEGER NOT NULL, stability REAL NOT NULL, difficulty REAL NOT NULL,"
              + " last_review TEXT, due TEXT NOT NULL, reps INTEGER NOT NULL,"
              + " lapses INTEGER NOT NULL, PRIMARY KEY (learner, fact)) WITHOUT ROWID");
      s.execute(
          "INSERT INTO attempt (learner, question, facts, response, score, answered_at) VALUES"
              + " ('ada', 'q1', '[\"lung-bone\"]', '{\"kind\":\"judgement\",\"value\":true}',"
              + " 1, '2026-03-01T10:00:00Z')");
      s.execute("PRAGMA user_version = 1");
    }
  }

  @Nested
  class UpgradingOlderDatabases {
    @Test
    void addsTheColumnOfOverriddenAnswersToAVersionOneDatabaseOpenedToRecord() throws Exception {
      Path file = db();
      writeVersionOne(file);

      try (ProgressStore store = SqliteStore.open(file)) {
        assertEquals(
            List.of(false), store.attempts("ada").stream().map(a -> a.overridden()).toList());
        store.record(
            new Attempt("ada", "q2", List.of("lung-bone"), new Response.Text("bonse"), 1, T0, true),
            fsrs);
        assertEquals(
            List.of(false, true), store.attempts("ada").stream().map(a -> a.overridden()).toList());
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        assertEquals(SqliteStore.SCHEMA_VERSION, s.executeQuery("PRAGMA user_version").getInt(1));
      }
      SqliteStore.check(file);
    }

    @Test
    void readsAVersionOneDatabaseWithoutChangingIt() throws Exception {
      Path file = db();
      writeVersionOne(file);

      try (ProgressStore store = SqliteStore.openForReading(file)) {
        assertEquals(
            List.of(false), store.attempts("ada").stream().map(a -> a.overridden()).toList());
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        assertEquals(1, s.executeQuery("PRAGMA user_version").getInt(1));
      }
    }
  }

  @Nested
  class RefusingOtherFiles {
    private void assertRefusedAndUntouched(Path file, String problem) throws IOException {
      byte[] before = Files.readAllBytes(file);
      List<Path> siblingsBefore = siblings(file);

      ProgressStoreException error =
          assertThrows(ProgressStoreException.class, () -> SqliteStore.open(file));

      assertEquals(file.toAbsolutePath().toString(), error.location());
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
      SqliteStore.open(file).close();
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
      try (ProgressStore store = SqliteStore.open(file)) {
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
          assertThrows(ProgressStoreException.class, () -> SqliteStore.open(file));

      assertTrue(error.problem().contains("not a regular file"), error.problem());
    }
  }

  @Test
  void rejectsAnAttemptWithAScoreOutsideTheUnitInterval() {
    assertThrows(
        IllegalArgumentException.class, () -> attempt("q", Response.Choice.of("a"), 1.5, T0));
  }
}

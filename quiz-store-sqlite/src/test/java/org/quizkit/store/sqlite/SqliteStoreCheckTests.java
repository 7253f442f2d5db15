package org.quizkit.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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

/** {@link SqliteStore#check}: what {@link SqliteStore#open} would refuse, told in advance. */
class SqliteStoreCheckTests {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;

  private List<Path> everything() throws IOException {
    try (var files = Files.walk(dir)) {
      return files.sorted().toList();
    }
  }

  private static void record(ProgressStore store, int count) {
    for (int i = 0; i < count; i++) {
      store.record(
          new Attempt("ada", "q" + i, List.of("lung-bone"), Response.Choice.of("a"), 1, T0),
          Fsrs.withDefaults());
    }
  }

  @Nested
  class PassingWhatOpenWouldUse {
    @Test
    void passesWhenNothingIsThereYetAndCreatesNothing() throws IOException {
      List<Path> before = everything();

      assertDoesNotThrow(() -> SqliteStore.check(dir.resolve("not/yet/progress.db")));

      assertEquals(before, everything());
    }

    @Test
    void passesADatabaseTheStoreMadeAndLeavesItAsItWas() throws IOException {
      Path file = dir.resolve("progress.db");
      try (ProgressStore store = SqliteStore.open(file)) {
        record(store, 2);
      }
      byte[] bytes = Files.readAllBytes(file);
      List<Path> before = everything();

      assertDoesNotThrow(() -> SqliteStore.check(file));

      assertArrayEquals(bytes, Files.readAllBytes(file));
      assertEquals(before, everything());
    }

    @Test
    void passesADatabaseAnotherStoreIsWritingTo() {
      Path file = dir.resolve("progress.db");
      // Answers still in the write-ahead log leave the header in the main file as it was made.
      try (ProgressStore store = SqliteStore.open(file)) {
        record(store, 3);

        assertDoesNotThrow(() -> SqliteStore.check(file));
      }
    }
  }

  @Nested
  class RefusingWhatOpenWouldRefuse {
    /** Refused by check with open's own message, and left byte for byte as it was. */
    private void assertRefusedAsOpenRefusesIt(Path file, String problem) throws IOException {
      byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      List<Path> before = everything();

      ProgressStoreException checked =
          assertThrows(ProgressStoreException.class, () -> SqliteStore.check(file));

      assertEquals(file.toAbsolutePath().toString(), checked.location());
      assertTrue(checked.problem().contains(problem), checked.problem());
      assertEquals(before, everything());
      if (bytes != null) {
        assertArrayEquals(bytes, Files.readAllBytes(file));
      }
      ProgressStoreException opened =
          assertThrows(ProgressStoreException.class, () -> SqliteStore.open(file));
      assertEquals(opened.getMessage(), checked.getMessage());
    }

    @Test
    void refusesATextFile() throws IOException {
      Path file = dir.resolve("progress.db");
      Files.writeString(file, "my shopping list\neggs\nmilk\n".repeat(20), StandardCharsets.UTF_8);

      assertRefusedAsOpenRefusesIt(file, "not an SQLite database");
    }

    @Test
    void refusesAFileShorterThanAnSqliteHeader() throws IOException {
      Path file = dir.resolve("progress.db");
      Files.write(file, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));

      assertRefusedAsOpenRefusesIt(file, "not an SQLite database");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
      Path file = Files.createFile(dir.resolve("progress.db"));

      assertRefusedAsOpenRefusesIt(file, "empty file");
    }

    @Test
    void refusesAnSqliteDatabaseWithAnotherApplicationId() throws Exception {
      Path file = dir.resolve("progress.db");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        s.execute("PRAGMA application_id = 42");
        s.execute("CREATE TABLE recipe (name TEXT)");
        s.execute("INSERT INTO recipe VALUES ('soup')");
      }

      assertRefusedAsOpenRefusesIt(file, "another program (application id 0x0000002a");
    }

    @Test
    void refusesADatabaseFromANewerVersion() throws Exception {
      Path file = dir.resolve("progress.db");
      SqliteStore.open(file).close();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = DELETE");
        s.execute("PRAGMA user_version = 7");
      }

      assertRefusedAsOpenRefusesIt(file, "newer quiz (schema version 7");
    }

    @Test
    void refusesOurMarkWithoutASchemaVersion() throws Exception {
      Path file = dir.resolve("progress.db");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        s.execute("PRAGMA application_id = " + SqliteStore.APPLICATION_ID);
        s.execute("CREATE TABLE attempt (id INTEGER)");
      }

      assertRefusedAsOpenRefusesIt(file, "has no schema version");
    }

    @Test
    void refusesADirectory() throws IOException {
      Path file = Files.createDirectories(dir.resolve("progress.db"));

      assertRefusedAsOpenRefusesIt(file, "not a regular file");
    }

    @Test
    void refusesAPathUnderAFileAsNowhereToCreateTheDatabase() throws IOException {
      Path plain = Files.writeString(dir.resolve("plain"), "not a folder");
      Path file = plain.resolve("quiz").resolve("progress.db");
      List<Path> before = everything();

      ProgressStoreException checked =
          assertThrows(ProgressStoreException.class, () -> SqliteStore.check(file));

      assertEquals(file.toString(), checked.location());
      assertEquals("cannot be created: " + plain + " is not a folder", checked.problem());
      assertEquals(before, everything());
      assertThrows(ProgressStoreException.class, () -> SqliteStore.open(file));
    }
  }

  @Test
  void leavesDamagePastTheHeaderForOpenToFind() throws Exception {
    Path file = dir.resolve("progress.db");
    try (ProgressStore store = SqliteStore.open(file)) {
      record(store, 50);
    }
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 4096 + 16; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Files.write(file, bytes);

    assertDoesNotThrow(() -> SqliteStore.check(file));
    ProgressStoreException opened =
        assertThrows(ProgressStoreException.class, () -> SqliteStore.open(file));
    assertTrue(opened.problem().contains("damaged"), opened.problem());
  }
}

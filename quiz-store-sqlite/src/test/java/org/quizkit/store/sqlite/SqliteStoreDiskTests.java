package org.quizkit.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.progress.ProgressStoreException;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A read-only folder and a full disk are told as such, never as damage, and leave the data as it
 * was: on real read-only mounts and small disks where the tests may make them (see {@link Mounts}),
 * and through the errors SQLite gives for them everywhere.
 */
class SqliteStoreDiskTests {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final Fsrs fsrs = Fsrs.withDefaults();

  @TempDir Path dir;

  private static Attempt answer(int i) {
    return new Attempt(
        "ada", "q" + i, List.of("lung-bone"), Response.Choice.of("a"), 1, T0.plusSeconds(i));
  }

  private void record(Path file, int count) {
    try (ProgressStore store = SqliteStore.open(file)) {
      for (int i = 0; i < count; i++) {
        store.record(answer(i), fsrs);
      }
    }
  }

  private static List<String> questions(ProgressStore store) {
    return store.attempts("ada").stream().map(Attempt::questionId).toList();
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Nested
  class ReadOnlyFolder {
    @Test
    void showsTheProgressOfAReadOnlyFolder() throws Exception {
      Path data = Files.createDirectories(dir.resolve("data"));
      Path file = data.resolve("progress.db");
      record(file, 3);

      try (AutoCloseable readOnly = Mounts.readOnly(data);
          ProgressStore store = SqliteStore.openForReading(file)) {
        assertEquals(List.of("q0", "q1", "q2"), questions(store));
        assertEquals(3, store.memory("ada", "lung-bone").orElseThrow().reps());
      }
      assertEquals(List.of(file), files(data));
    }

    @Test
    void saysReadOnlyNotDamagedWhenAnswersCannotBeSaved() throws Exception {
      Path data = Files.createDirectories(dir.resolve("data"));
      Path file = data.resolve("progress.db");
      record(file, 2);
      byte[] before = Files.readAllBytes(file);

      ProgressStoreException opened;
      try (AutoCloseable readOnly = Mounts.readOnly(data)) {
        opened = assertThrows(ProgressStoreException.class, () -> SqliteStore.open(file));
      }

      assertTrue(opened.problem().contains("read-only"), opened.problem());
      assertFalse(opened.problem().contains("damaged"), opened.problem());
      assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }
  }

  @Nested
  class FullDisk {
    @Test
    void leavesNoHalfMadeDatabaseAndWorksOnceThereIsSpace() throws Exception {
      assumeTrue(Mounts.root(), "a small disk needs root to mount");
      Path disk = dir.resolve("disk");
      Path file = disk.resolve("quiz").resolve("progress.db");
      try (AutoCloseable small = Mounts.smallDisk(disk, "64k")) {
        // 64 KiB: room for the database but not for its write-ahead log and shared memory too.
        ProgressStoreException full =
            assertThrows(ProgressStoreException.class, () -> record(file, 1));

        assertTrue(full.problem().contains("disk full"), full.problem());
        assertFalse(full.problem().contains("damaged"), full.problem());
        List<Path> left = files(disk);
        assertTrue(left.stream().noneMatch(p -> p.toString().endsWith(".tmp")), left::toString);

        Mounts.resize(disk, "2m");
        record(file, 2);
        try (ProgressStore store = SqliteStore.open(file)) {
          assertEquals(List.of("q0", "q1"), questions(store));
        }
      }
    }

    @Test
    void saysDiskFullAndKeepsEverySavedAnswer() throws Exception {
      assumeTrue(Mounts.root(), "a small disk needs root to mount");
      Path disk = dir.resolve("disk");
      Path file = disk.resolve("progress.db");
      try (AutoCloseable small = Mounts.smallDisk(disk, "1m")) {
        record(file, 5);
        Path filler = Mounts.fill(disk);

        try (ProgressStore store = SqliteStore.openForReading(file)) {
          assertEquals(5, questions(store).size());
        }
        ProgressStoreException full =
            assertThrows(
                ProgressStoreException.class,
                () -> {
                  try (ProgressStore store = SqliteStore.open(file)) {
                    for (int i = 5; i < 10_000; i++) {
                      store.record(answer(i), fsrs);
                    }
                  }
                });
        assertTrue(full.problem().contains("disk full"), full.problem());
        assertFalse(full.problem().contains("damaged"), full.problem());

        Files.delete(filler);
        try (ProgressStore store = SqliteStore.open(file)) {
          List<String> kept = questions(store);
          assertEquals(List.of("q0", "q1", "q2", "q3", "q4"), kept.subList(0, 5));
          store.record(answer(99_999), fsrs);
        }
      }
    }
  }

  /** The errors SQLite gives, as it gives them on a full disk or in a read-only folder. */
  @Nested
  class Errors {
    private String reason(SQLiteErrorCode code) {
      return SqliteErrors.reason(
          new SQLiteException("[" + code.name() + "] " + code.message, code),
          dir.resolve("progress.db"));
    }

    @Test
    void tellsAFullDiskByTheCodesSqliteUsesForIt() {
      for (SQLiteErrorCode code :
          List.of(SQLiteErrorCode.SQLITE_FULL, SQLiteErrorCode.SQLITE_IOERR_SHMSIZE)) {
        assertTrue(reason(code).startsWith("disk full"), reason(code));
      }
    }

    @Test
    void tellsReadOnlyAndDamageApart() {
      for (SQLiteErrorCode code :
          List.of(
              SQLiteErrorCode.SQLITE_READONLY_DIRECTORY,
              SQLiteErrorCode.SQLITE_READONLY,
              SQLiteErrorCode.SQLITE_READONLY_CANTINIT)) {
        assertTrue(reason(code).startsWith("read-only"), reason(code));
      }
      assertTrue(reason(SQLiteErrorCode.SQLITE_CORRUPT).contains("damaged"));
      assertTrue(reason(SQLiteErrorCode.SQLITE_NOTADB).contains("damaged"));
      assertFalse(reason(SQLiteErrorCode.SQLITE_IOERR_SHMSIZE).contains("damaged"));
    }
  }
}

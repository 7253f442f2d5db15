package org.quizkit.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;

/** Loading SQLite ahead of the first answer, for a learner who is still reading the question. */
class SqliteStorePrepareTests {
  @TempDir Path dir;

  @Test
  void createsNoDatabaseAndLeavesTheStoreToOpenAsUsual() throws Exception {
    Path database = dir.resolve("data").resolve("progress.db");
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<?> preparing = other.submit(SqliteStore::prepare);
      SqliteStore.prepare();
      preparing.get();
    } finally {
      other.shutdown();
    }

    assertTrue(Files.notExists(dir.resolve("data")), "prepare made the data folder");
    try (ProgressStore store = SqliteStore.open(database)) {
      store.record(
          new Attempt("ana", "q1", List.of("f1"), new Response.Judgement(true), 1, Instant.EPOCH),
          Fsrs.withDefaults());
      assertEquals(1, store.attempts("ana").size());
    }
  }
}

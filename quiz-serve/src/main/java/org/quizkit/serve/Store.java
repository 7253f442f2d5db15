package org.quizkit.serve;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.schedule.Fsrs;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Scheduler;
import org.quizkit.store.sqlite.SqliteStore;

/**
 * One learner's progress in the SQLite file of the data directory, the one the terminal's commands
 * use. Opened at the first read of a file that is there or at the first answer, which creates it;
 * closed with the server.
 *
 * <p>Not thread-safe: the server calls it under its lock.
 */
final class Store implements AutoCloseable {
  private final Path database;
  private final String learner;
  private final Scheduler scheduler = Fsrs.withDefaults();
  private ProgressStore store;

  /**
   * @throws org.quizkit.core.progress.ProgressStoreException for a foreign or damaged file
   */
  Store(Path database, String learner) {
    SqliteStore.check(database);
    this.database = database;
    this.learner = learner;
  }

  String learner() {
    return learner;
  }

  List<Attempt> attempts() {
    return existing().map(s -> s.attempts(learner)).orElse(List.of());
  }

  Map<String, Memory> memories() {
    return existing().map(s -> s.memories(learner)).orElse(Map.of());
  }

  List<String> due(Instant now) {
    return existing().map(s -> s.due(learner, now)).orElse(List.of());
  }

  /** Records an answer and updates the memory of the facts it counts for. */
  void record(Attempt attempt) {
    opened().record(attempt, scheduler);
  }

  private Optional<ProgressStore> existing() {
    if (store == null && !Files.exists(database, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(opened());
  }

  private ProgressStore opened() {
    if (store == null) {
      store = SqliteStore.open(database);
    }
    return store;
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }
}

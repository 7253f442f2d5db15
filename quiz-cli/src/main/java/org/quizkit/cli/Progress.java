package org.quizkit.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.content.learner.Attempts;
import org.quizkit.core.drill.Recorder;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Scheduler;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.store.sqlite.SqliteStore;

/**
 * One learner's progress in the store of the data directory. Commands that only read it do not
 * create the database: with nothing there, the learner simply has no progress yet.
 *
 * <p>The store is opened only when it is first needed: to read progress that is there, or to save
 * the first answer. Opening it loads SQLite and its native library, which costs more than
 * everything else before a practice question is shown, and a learner who stops before answering
 * needs none of it.
 *
 * <p>Not thread-safe: one command uses it on one thread.
 */
final class Progress implements AutoCloseable {
  private final Path database;
  private final String learner;
  private final boolean recording;
  private final Scheduler scheduler = Fsrs.withDefaults();

  /** Null until first needed. */
  private ProgressStore store;

  private Progress(Path database, String learner, boolean recording, ProgressStore store) {
    this.database = database;
    this.learner = learner;
    this.recording = recording;
    this.store = store;
  }

  /**
   * Progress to record answers in, checked at once but opened (and created if need be) only when
   * first read or written: {@link SqliteStore#check} refuses, before any question, a foreign or
   * damaged file and a data directory where the database could not be made, without loading SQLite.
   *
   * @throws org.quizkit.core.progress.ProgressStoreException for a foreign or damaged file, which
   *     is left untouched, or a database that could not be created or written
   */
  static Progress forWriting(Path database, String learner) {
    SqliteStore.check(database);
    return new Progress(database, learner, true, null);
  }

  /**
   * Opens the database only to read it if there is one (checking it fully, as the first answer
   * recorded through {@link #forWriting} would), else none; it cannot record. Reading needs no
   * write access: progress shows from a read-only folder or a full disk.
   */
  static Progress forReading(Path database, String learner) {
    ProgressStore store =
        Files.exists(database, LinkOption.NOFOLLOW_LINKS)
            ? SqliteStore.openForReading(database)
            : null;
    return new Progress(database, learner, false, store);
  }

  /**
   * Starts loading SQLite on a thread of its own while the store is still to be opened for
   * recording, so that the first answer is saved without the wait: for a learner at a terminal, who
   * reads the question first. No database is created until the first answer.
   */
  void prepareInBackground() {
    if (recording && store == null) {
      Thread loader = new Thread(SqliteStore::prepare, "quiz-store-prepare");
      loader.setDaemon(true);
      loader.start();
    }
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

  /** When the next fact falls due, if any has been studied. */
  Optional<Instant> nextDue() {
    return memories().values().stream().map(Memory::due).min(java.util.Comparator.naturalOrder());
  }

  /**
   * Saves each answer to the store as the drill scores it, for the facts it counts for ({@link
   * CountedFacts}: a miss only against the facts the key depends on). The first answer opens the
   * store, creating the database if nothing is there; it is committed before the drill goes on, as
   * every later one is.
   *
   * @throws IllegalStateException for progress opened {@link #forReading}
   */
  Recorder recorder() {
    if (!recording) {
      throw new IllegalStateException("progress opened for reading cannot record");
    }
    return new Recorder() {
      @Override
      public void record(Question question, Response response, Feedback feedback, Instant at) {
        save(question, response, feedback, at, false);
      }

      @Override
      public void recordOverride(
          Question question, Response response, Feedback feedback, Instant at) {
        save(question, response, feedback, at, true);
      }
    };
  }

  /** Saves one answer, marked as overridden when the learner counted it as right themselves. */
  private void save(
      Question question, Response response, Feedback feedback, Instant at, boolean overridden) {
    opened().record(Attempts.of(learner, question, response, feedback, at, overridden), scheduler);
  }

  /**
   * The store to read, opened now if the database is there when recording; with nothing there,
   * there is nothing to read. Progress for reading keeps what it found when it was made.
   */
  private Optional<ProgressStore> existing() {
    if (store == null && (!recording || !Files.exists(database, LinkOption.NOFOLLOW_LINKS))) {
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
    }
  }
}

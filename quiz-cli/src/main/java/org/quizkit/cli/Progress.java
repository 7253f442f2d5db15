package org.quizkit.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.drill.Recorder;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.schedule.Fsrs;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Scheduler;

/**
 * One learner's progress in the store of the data directory. Commands that only read it do not
 * create the database: with nothing there, the learner simply has no progress yet.
 */
final class Progress implements AutoCloseable {
  private final ProgressStore store;
  private final String learner;
  private final Scheduler scheduler = Fsrs.withDefaults();

  private Progress(ProgressStore store, String learner) {
    this.store = store;
    this.learner = learner;
  }

  /**
   * Opens the database, creating it if needed, to record answers.
   *
   * @throws org.quizkit.core.progress.ProgressStoreException for a foreign or damaged file, which
   *     is left untouched
   */
  static Progress forWriting(Path database, String learner) {
    return new Progress(ProgressStore.open(database), learner);
  }

  /** Opens the database if there is one (checking it as {@link #forWriting} does), else none. */
  static Progress forReading(Path database, String learner) {
    if (!Files.exists(database, LinkOption.NOFOLLOW_LINKS)) {
      return new Progress(null, learner);
    }
    return forWriting(database, learner);
  }

  String learner() {
    return learner;
  }

  List<Attempt> attempts() {
    return store == null ? List.of() : store.attempts(learner);
  }

  Map<String, Memory> memories() {
    return store == null ? Map.of() : store.memories(learner);
  }

  List<String> due(java.time.Instant now) {
    return store == null ? List.of() : store.due(learner, now);
  }

  /** When the next fact falls due, if any has been studied. */
  Optional<java.time.Instant> nextDue() {
    return memories().values().stream().map(Memory::due).min(java.util.Comparator.naturalOrder());
  }

  /** Saves each answer to the store as the drill scores it; the facts are its basis. */
  Recorder recorder() {
    if (store == null) {
      throw new IllegalStateException("progress opened for reading cannot record");
    }
    return (question, response, feedback, at) ->
        store.record(
            new Attempt(
                learner,
                question.id(),
                question.info().basis().stream().distinct().toList(),
                response,
                feedback.score().value(),
                at),
            scheduler);
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}

package org.quizkit.core.progress;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Rating;
import org.quizkit.core.schedule.Scheduler;

/**
 * Learners' answers and the memory of each fact, kept in a {@link ProgressStorage}: an SQLite file
 * (module quiz-store-sqlite), a PostgreSQL server (quiz-store-postgres) or a database of your own.
 *
 * <p>This class holds the rules every storage shares: an answer updates the memory of each of its
 * facts with the rating its score earns, in the same transaction as the answer; responses and fact
 * ids are kept as JSON text; times are kept to the microsecond; reads come back in a fixed order.
 * So two storages given the same answers hold the same progress.
 *
 * <p>Thread-safe when its storage is (every storage must be).
 */
public final class ProgressStore implements AutoCloseable {
  private final ProgressStorage storage;

  private ProgressStore(ProgressStorage storage) {
    this.storage = storage;
  }

  /** A store that keeps its data in {@code storage}, and closes it when closed. */
  public static ProgressStore over(ProgressStorage storage) {
    return new ProgressStore(checkNotNull(storage, "storage"));
  }

  /** Where the data is: a file path, or a server and database name. */
  public String location() {
    return storage.location();
  }

  /**
   * Saves an answer and updates the memory of each of its facts, in one transaction committed
   * before returning. Each fact is reviewed with the rating {@link Rating#fromScore} gives the
   * score, at the time of the attempt, which is kept to the microsecond.
   *
   * @return the id of the saved attempt, increasing in the order the learner's answers were saved
   * @throws ProgressStoreException if the answer cannot be saved; nothing of it is then kept
   */
  public long record(Attempt attempt, Scheduler scheduler) {
    checkNotNull(attempt, "attempt");
    checkNotNull(scheduler, "scheduler");
    Rating rating = Rating.fromScore(attempt.score());
    Instant at = kept(attempt.at());
    StoredAttempt stored =
        new StoredAttempt(
            attempt.learner(),
            attempt.questionId(),
            ResponseJson.writeIds(attempt.facts()),
            ResponseJson.write(attempt.response()),
            attempt.score(),
            at,
            attempt.overridden());
    try {
      return storage.write(
          attempt.learner(),
          writes -> {
            long id = writes.add(stored);
            for (String fact : attempt.facts()) {
              Memory before = writes.memory(fact).orElseGet(() -> Memory.fresh(at));
              writes.put(fact, kept(scheduler.review(before, rating, at)));
            }
            return id;
          });
    } catch (ProgressStoreException e) {
      throw new ProgressStoreException(
          e.location(),
          "cannot save the answer to question '" + attempt.questionId() + "': " + e.problem(),
          e);
    }
  }

  /** Every attempt of {@code learner}, oldest first. */
  public List<Attempt> attempts(String learner) {
    checkNotNull(learner, "learner");
    List<Attempt> attempts = new ArrayList<>();
    for (StoredAttempt stored : storage.attempts(learner)) {
      try {
        attempts.add(
            new Attempt(
                stored.learner(),
                stored.questionId(),
                ResponseJson.readIds(stored.factsJson()),
                ResponseJson.read(stored.responseJson()),
                stored.score(),
                stored.at(),
                stored.overridden()));
      } catch (RuntimeException e) {
        throw new ProgressStoreException(
            location(),
            "is damaged: the answer of '"
                + learner
                + "' to question '"
                + stored.questionId()
                + "' cannot be read: "
                + e.getMessage(),
            e);
      }
    }
    return List.copyOf(attempts);
  }

  /** The memory of one fact, empty if the learner never answered a question about it. */
  public Optional<Memory> memory(String learner, String fact) {
    checkNotNull(learner, "learner");
    checkNotNull(fact, "fact");
    return storage.memory(learner, fact);
  }

  /** The memory of every fact the learner has answered about, by fact id in id order. */
  public Map<String, Memory> memories(String learner) {
    checkNotNull(learner, "learner");
    return Collections.unmodifiableMap(new TreeMap<>(storage.memories(learner)));
  }

  /**
   * The facts due for review at {@code now}, soonest due first (ties by fact id), so a session can
   * revisit what the learner is closest to forgetting.
   */
  public List<String> due(String learner, Instant now) {
    checkNotNull(learner, "learner");
    checkNotNull(now, "now");
    return memories(learner).entrySet().stream()
        .filter(entry -> entry.getValue().isDue(now))
        .sorted(
            Comparator.comparing((Map.Entry<String, Memory> entry) -> entry.getValue().due())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Every learner with at least one attempt, in name order (by UTF-16 code units). */
  public List<String> learners() {
    return storage.learners().stream().sorted().toList();
  }

  /** Closes the storage; everything recorded is already committed. */
  @Override
  public void close() {
    storage.close();
  }

  /** Times as every storage keeps them: to the microsecond, as PostgreSQL does. */
  private static Instant kept(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  private static Memory kept(Memory memory) {
    return new Memory(
        memory.phase(),
        memory.step(),
        memory.stability(),
        memory.difficulty(),
        memory.lastReview().map(ProgressStore::kept),
        kept(memory.due()),
        memory.reps(),
        memory.lapses());
  }
}

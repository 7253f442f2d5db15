package org.quizkit.core.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.schedule.Memory;

/**
 * Where a {@link ProgressStore} keeps its data: the seam a database plugs into. An implementation
 * only persists; what an answer does to the memory of its facts, and how a response is written as
 * text, are decided by {@link ProgressStore}, so every database keeps the same progress.
 *
 * <p>Implementations must be thread-safe, and safe for several processes (or servers) sharing the
 * same database: {@link #write} runs one learner's changes in one transaction that no other writer
 * of that learner interleaves with, and commits it durably before returning.
 *
 * <p>Every failure of the database is a {@link ProgressStoreException} whose problem says what went
 * wrong in a person's words ("disk full", "read-only", "damaged: ..."), never a stack trace.
 */
public interface ProgressStorage extends AutoCloseable {

  /** Where the data is, for messages: a file path or a server and database name; no password. */
  String location();

  /**
   * Runs {@code work} in one transaction that holds the write lock of {@code learner}, so that two
   * writers never read the same memory and overwrite each other's update. Commits durably (an
   * answer reported saved survives a crash of the process) before returning; if {@code work} or the
   * commit throws, nothing of it is kept, and the exception of {@code work} is rethrown as it is.
   *
   * @throws ProgressStoreException if the database fails; nothing is then kept
   */
  <T> T write(String learner, Work<T> work);

  /** Every attempt of {@code learner} in the order they were saved. */
  List<StoredAttempt> attempts(String learner);

  /** The memory of one fact of {@code learner}, empty if never written. */
  Optional<Memory> memory(String learner, String fact);

  /** The memory of every fact of {@code learner}, in any order. */
  Map<String, Memory> memories(String learner);

  /** Every learner with at least one attempt, in any order. */
  List<String> learners();

  /** Releases the database; everything written is already committed. */
  @Override
  void close();

  /** What one transaction of {@link #write} does. */
  @FunctionalInterface
  interface Work<T> {
    /** Does the work through {@code writes}; may throw to roll everything back. */
    T run(Writes writes);
  }

  /** The writes of one learner inside a transaction of {@link #write}. */
  interface Writes {
    /**
     * Adds an attempt of the transaction's learner.
     *
     * @return its id, greater than the id of every attempt saved before it
     */
    long add(StoredAttempt attempt);

    /** The memory of {@code fact} as it stands inside this transaction. */
    Optional<Memory> memory(String fact);

    /** Sets the memory of {@code fact}, replacing what was there. */
    void put(String fact, Memory memory);
  }
}

package org.quizkit.core.progress;

/**
 * Opens a store under test from a location string, in the test's JVM or in a child process (see
 * {@link ProgressWriter}): implementations are public, with a public constructor taking nothing.
 */
public interface StoreOpener {
  /**
   * Opens the store at {@code location}, as {@link ProgressStoreContract#freshDatabase} gave it.
   */
  ProgressStore open(String location);
}

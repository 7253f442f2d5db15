package org.quizkit.store.sqlite;

import java.nio.file.Path;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.progress.StoreOpener;

/** Opens the SQLite store at a file path, for the contract tests and their writer processes. */
public final class SqliteOpener implements StoreOpener {
  @Override
  public ProgressStore open(String location) {
    return SqliteStore.open(Path.of(location));
  }
}

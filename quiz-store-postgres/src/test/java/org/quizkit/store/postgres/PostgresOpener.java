package org.quizkit.store.postgres;

import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.progress.StoreOpener;

/** Opens the PostgreSQL store at a JDBC URL, for the contract tests and their writer processes. */
public final class PostgresOpener implements StoreOpener {
  @Override
  public ProgressStore open(String location) {
    return PostgresStore.open(location);
  }
}

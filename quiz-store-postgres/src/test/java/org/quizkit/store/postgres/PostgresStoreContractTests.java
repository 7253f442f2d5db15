package org.quizkit.store.postgres;

import org.quizkit.core.progress.ProgressStoreContract;
import org.quizkit.core.progress.StoreOpener;

/**
 * The PostgreSQL store keeps every promise of a progress store, on a real server (see {@link
 * PostgresServer}), each test in a database of its own.
 */
class PostgresStoreContractTests extends ProgressStoreContract {
  @Override
  protected String freshDatabase() {
    return PostgresServer.shared().newDatabase();
  }

  @Override
  protected Class<? extends StoreOpener> opener() {
    return PostgresOpener.class;
  }
}

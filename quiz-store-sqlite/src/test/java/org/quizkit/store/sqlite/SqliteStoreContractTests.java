package org.quizkit.store.sqlite;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.progress.ProgressStoreContract;
import org.quizkit.core.progress.StoreOpener;

/** The SQLite store keeps every promise of a progress store, on a real database file. */
class SqliteStoreContractTests extends ProgressStoreContract {
  @TempDir Path dir;

  @Override
  protected String freshDatabase() {
    return dir.resolve("data").resolve("progress.db").toString();
  }

  @Override
  protected Class<? extends StoreOpener> opener() {
    return SqliteOpener.class;
  }
}

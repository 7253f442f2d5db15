/**
 * The progress store in one SQLite file ({@link org.quizkit.store.sqlite.SqliteStore}), a {@code
 * ProgressStorage} of quiz-core over the SQLite JDBC driver.
 */
module org.quizkit.store.sqlite {
  requires transitive org.quizkit.core;
  requires com.google.common;
  requires java.logging;
  requires java.sql;
  requires org.xerial.sqlitejdbc;

  exports org.quizkit.store.sqlite;
}

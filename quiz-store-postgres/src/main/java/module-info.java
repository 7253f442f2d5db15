/**
 * The progress store on a PostgreSQL server ({@link org.quizkit.store.postgres.PostgresStore}), a
 * {@code ProgressStorage} of quiz-core over the PostgreSQL JDBC driver.
 */
module org.quizkit.store.postgres {
  requires transitive org.quizkit.core;
  requires transitive java.sql;
  requires com.google.common;
  requires org.postgresql.jdbc;

  exports org.quizkit.store.postgres;
}

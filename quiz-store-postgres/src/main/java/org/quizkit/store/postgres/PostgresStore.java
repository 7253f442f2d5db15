package org.quizkit.store.postgres;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.progress.ProgressStoreException;

/**
 * Learners' progress on a PostgreSQL server, for a school or LMS server shared by many learners:
 * the front door of quiz-store-postgres.
 *
 * <p>The tables ({@code quiz_attempt}, {@code quiz_memory} and {@code quiz_progress_schema}) are
 * made on first use in the database the connections reach, and may share it with other tables.
 * Every answer is committed before {@link ProgressStore#record} returns. Any number of processes
 * and servers may record at once: the writes of one learner take that learner's lock (a transaction
 * advisory lock), so two answers never overwrite each other's memory update, while different
 * learners never wait for each other.
 *
 * <p>Each call takes a connection from the data source and gives it back at once, so a pooling data
 * source (such as HikariCP's) serves many learners with few connections.
 */
public final class PostgresStore {
  /**
   * The schema this code reads and writes. Version 2 added {@code quiz_attempt.overridden}, an
   * answer the learner counted as right on their own word; tables of version 1 are upgraded in
   * place when the store is opened.
   */
  static final int SCHEMA_VERSION = 2;

  private static final String OVERRIDDEN_COLUMN = "overridden boolean NOT NULL DEFAULT false";

  /** First half of every advisory lock key of the store: "QZKT". */
  static final int LOCK_SPACE = 0x515A4B54;

  private static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE IF NOT EXISTS quiz_progress_schema (version integer NOT NULL)",
          "CREATE TABLE IF NOT EXISTS quiz_attempt ("
              + " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
              + " learner text NOT NULL,"
              + " question text NOT NULL,"
              + " facts json NOT NULL,"
              + " response json NOT NULL,"
              + " score double precision NOT NULL CHECK (score >= 0 AND score <= 1),"
              + " answered_at timestamptz NOT NULL,"
              + OVERRIDDEN_COLUMN
              + ")",
          "CREATE INDEX IF NOT EXISTS quiz_attempt_by_learner ON quiz_attempt (learner, id)",
          "CREATE TABLE IF NOT EXISTS quiz_memory ("
              + " learner text NOT NULL,"
              + " fact text NOT NULL,"
              + " phase text NOT NULL,"
              + " step integer NOT NULL,"
              + " stability double precision NOT NULL,"
              + " difficulty double precision NOT NULL,"
              + " last_review timestamptz,"
              + " due timestamptz NOT NULL,"
              + " reps integer NOT NULL,"
              + " lapses integer NOT NULL,"
              + " PRIMARY KEY (learner, fact))");

  private PostgresStore() {}

  /**
   * Opens the store in the database at {@code url}, such as {@code
   * jdbc:postgresql://db.school.example/quiz?user=quiz&password=...}, making its tables if they are
   * missing.
   *
   * @throws ProgressStoreException if the server cannot be reached, refuses the login, or holds
   *     tables of a newer quiz
   */
  public static ProgressStore open(String url) {
    checkNotNull(url, "url");
    PGSimpleDataSource source = new PGSimpleDataSource();
    try {
      source.setUrl(url);
    } catch (IllegalArgumentException e) {
      throw new ProgressStoreException(
          PostgresErrors.withoutSecrets(url), "is not a PostgreSQL JDBC URL: " + e.getMessage());
    }
    return open(source);
  }

  /**
   * Opens the store in the database {@code source} connects to, making its tables if they are
   * missing.
   *
   * @throws ProgressStoreException if the server cannot be reached, refuses the login, or holds
   *     tables of a newer quiz
   */
  public static ProgressStore open(DataSource source) {
    checkNotNull(source, "source");
    String location = PostgresErrors.describe(source);
    try (Connection connection = source.getConnection()) {
      location = PostgresErrors.withoutSecrets(connection.getMetaData().getURL());
      prepare(connection, location);
    } catch (SQLException e) {
      throw new ProgressStoreException(location, PostgresErrors.reason(e), e);
    }
    return ProgressStore.over(new PostgresStorage(source, location));
  }

  /** Makes the tables if missing and checks their version, one process at a time. */
  private static void prepare(Connection connection, String location) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_SPACE + ", 0)");
      for (String sql : SCHEMA) {
        statement.execute(sql);
      }
      int version = 0;
      try (ResultSet row =
          statement.executeQuery("SELECT max(version) FROM quiz_progress_schema")) {
        if (row.next()) {
          version = row.getInt(1);
        }
      }
      if (version > SCHEMA_VERSION) {
        connection.rollback();
        throw new ProgressStoreException(
            location,
            "holds the progress of a newer quiz (schema version "
                + version
                + ", this one reads up to "
                + SCHEMA_VERSION
                + "); it was left as it is");
      }
      if (version < 2) {
        // Tables of version 1 have no column of overridden answers; theirs were all as given.
        statement.execute("ALTER TABLE quiz_attempt ADD COLUMN IF NOT EXISTS " + OVERRIDDEN_COLUMN);
      }
      if (version == 0) {
        statement.execute(
            "INSERT INTO quiz_progress_schema (version) VALUES (" + SCHEMA_VERSION + ")");
      } else if (version < SCHEMA_VERSION) {
        statement.execute("UPDATE quiz_progress_schema SET version = " + SCHEMA_VERSION);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }
}

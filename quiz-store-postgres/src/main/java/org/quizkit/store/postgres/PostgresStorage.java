package org.quizkit.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.quizkit.core.progress.ProgressStorage;
import org.quizkit.core.progress.ProgressStoreException;
import org.quizkit.core.progress.StoredAttempt;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Phase;

/**
 * Progress in the tables of one PostgreSQL database: the storage {@link PostgresStore} opens. Holds
 * no connection between calls, so it is thread-safe and cheap to keep open.
 */
final class PostgresStorage implements ProgressStorage {
  private static final String MEMORY_COLUMNS =
      "phase, step, stability, difficulty, last_review, due, reps, lapses";

  private final DataSource source;
  private final String location;

  PostgresStorage(DataSource source, String location) {
    this.source = source;
    this.location = location;
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public <T> T write(String learner, Work<T> work) {
    try (Connection connection = source.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (PreparedStatement lock =
            connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
          lock.setInt(1, PostgresStore.LOCK_SPACE);
          lock.setString(2, learner);
          lock.execute();
        }
        T result = work.run(new PostgresWrites(connection, learner));
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure(e);
    } catch (Failed e) {
      throw failure(e.sql);
    }
  }

  @Override
  public List<StoredAttempt> attempts(String learner) {
    String sql =
        "SELECT question, facts, response, score, answered_at, overridden FROM quiz_attempt"
            + " WHERE learner = ? ORDER BY id";
    try (Connection connection = source.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, learner);
      List<StoredAttempt> attempts = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          attempts.add(
              new StoredAttempt(
                  learner,
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getDouble(4),
                  instant(row, 5),
                  row.getBoolean(6)));
        }
      }
      return attempts;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Optional<Memory> memory(String learner, String fact) {
    try (Connection connection = source.getConnection()) {
      return readMemory(connection, learner, fact);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Map<String, Memory> memories(String learner) {
    String sql = "SELECT fact, " + MEMORY_COLUMNS + " FROM quiz_memory WHERE learner = ?";
    try (Connection connection = source.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, learner);
      Map<String, Memory> memories = new HashMap<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          memories.put(row.getString(1), memoryAt(row, 2));
        }
      }
      return memories;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<String> learners() {
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT DISTINCT learner FROM quiz_attempt")) {
      List<String> learners = new ArrayList<>();
      while (row.next()) {
        learners.add(row.getString(1));
      }
      return learners;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Nothing to release: connections go back to the data source after each call. */
  @Override
  public void close() {}

  private ProgressStoreException failure(SQLException e) {
    return new ProgressStoreException(location, PostgresErrors.reason(e), e);
  }

  /** An SQL failure inside {@link Writes}, carried out of the work to {@link #write}. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SQLException sql;

    Failed(SQLException sql) {
      super(sql);
      this.sql = sql;
    }
  }

  private static final class PostgresWrites implements Writes {
    private final Connection connection;
    private final String learner;

    PostgresWrites(Connection connection, String learner) {
      this.connection = connection;
      this.learner = learner;
    }

    @Override
    public long add(StoredAttempt attempt) {
      String sql =
          "INSERT INTO quiz_attempt"
              + " (learner, question, facts, response, score, answered_at, overridden)"
              + " VALUES (?, ?, ?::json, ?::json, ?, ?, ?) RETURNING id";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, attempt.learner());
        statement.setString(2, attempt.questionId());
        statement.setString(3, attempt.factsJson());
        statement.setString(4, attempt.responseJson());
        statement.setDouble(5, attempt.score());
        statement.setObject(6, timestamp(attempt.at()));
        statement.setBoolean(7, attempt.overridden());
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      } catch (SQLException e) {
        throw new Failed(e);
      }
    }

    @Override
    public Optional<Memory> memory(String fact) {
      try {
        return readMemory(connection, learner, fact);
      } catch (SQLException e) {
        throw new Failed(e);
      }
    }

    @Override
    public void put(String fact, Memory memory) {
      String sql =
          "INSERT INTO quiz_memory (learner, fact, "
              + MEMORY_COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT (learner, fact) DO UPDATE SET phase = EXCLUDED.phase,"
              + " step = EXCLUDED.step, stability = EXCLUDED.stability,"
              + " difficulty = EXCLUDED.difficulty, last_review = EXCLUDED.last_review,"
              + " due = EXCLUDED.due, reps = EXCLUDED.reps, lapses = EXCLUDED.lapses";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, learner);
        statement.setString(2, fact);
        statement.setString(3, memory.phase().name());
        statement.setInt(4, memory.step());
        statement.setDouble(5, memory.stability());
        statement.setDouble(6, memory.difficulty());
        statement.setObject(7, memory.lastReview().map(PostgresStorage::timestamp).orElse(null));
        statement.setObject(8, timestamp(memory.due()));
        statement.setInt(9, memory.reps());
        statement.setInt(10, memory.lapses());
        statement.executeUpdate();
      } catch (SQLException e) {
        throw new Failed(e);
      }
    }
  }

  private static Optional<Memory> readMemory(Connection connection, String learner, String fact)
      throws SQLException {
    String sql = "SELECT " + MEMORY_COLUMNS + " FROM quiz_memory WHERE learner = ? AND fact = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, learner);
      statement.setString(2, fact);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(memoryAt(row, 1)) : Optional.empty();
      }
    }
  }

  private static Memory memoryAt(ResultSet row, int first) throws SQLException {
    OffsetDateTime lastReview = row.getObject(first + 4, OffsetDateTime.class);
    return new Memory(
        Phase.valueOf(row.getString(first)),
        row.getInt(first + 1),
        row.getDouble(first + 2),
        row.getDouble(first + 3),
        Optional.ofNullable(lastReview).map(OffsetDateTime::toInstant),
        instant(row, first + 5),
        row.getInt(first + 6),
        row.getInt(first + 7));
  }

  private static OffsetDateTime timestamp(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}

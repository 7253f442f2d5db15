package org.quizkit.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.progress.ProgressStorage;
import org.quizkit.core.progress.ProgressStoreException;
import org.quizkit.core.progress.StoredAttempt;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Phase;

/**
 * Progress in one SQLite file, on one connection: the storage {@link SqliteStore} opens. Methods
 * are synchronized on the storage, since a JDBC connection is not for two threads at once.
 */
final class SqliteStorage implements ProgressStorage {
  private static final String MEMORY_COLUMNS =
      "phase, step, stability, difficulty, last_review, due, reps, lapses";

  private final Path file;
  private final Connection connection;
  private final boolean readOnly;

  /**
   * The schema of the file: a database of version 1, read without upgrading it, has no column for
   * overridden answers, which it never held.
   */
  private final int schemaVersion;

  SqliteStorage(Path file, Connection connection, boolean readOnly, int schemaVersion) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
    this.schemaVersion = schemaVersion;
  }

  @Override
  public String location() {
    return file.toString();
  }

  @Override
  public synchronized <T> T write(String learner, Work<T> work) {
    if (readOnly) {
      throw new ProgressStoreException(location(), "was opened for reading only");
    }
    try {
      // IMMEDIATE takes the write lock up front, so two writers never read the same memory and
      // overwrite each other's update.
      execute("BEGIN IMMEDIATE");
      try {
        T result = work.run(new SqliteWrites(learner));
        execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure(e);
    } catch (Failed e) {
      throw failure(e.sql);
    }
  }

  @Override
  public synchronized List<StoredAttempt> attempts(String learner) {
    String sql =
        "SELECT question, facts, response, score, answered_at, "
            + (schemaVersion >= 2 ? "overridden" : "0")
            + " FROM attempt WHERE learner = ? ORDER BY id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
                  Instant.parse(row.getString(5)),
                  row.getInt(6) != 0));
        }
      }
      return attempts;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized Optional<Memory> memory(String learner, String fact) {
    try {
      return readMemory(learner, fact);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized Map<String, Memory> memories(String learner) {
    String sql = "SELECT fact, " + MEMORY_COLUMNS + " FROM memory WHERE learner = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
  public synchronized List<String> learners() {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT DISTINCT learner FROM attempt")) {
      List<String> learners = new ArrayList<>();
      while (row.next()) {
        learners.add(row.getString(1));
      }
      return learners;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * The value of {@code PRAGMA name} on this storage's own connection: settings such as {@code
   * synchronous} hold per connection, so only this one shows what the store runs with. For tests.
   */
  synchronized String pragma(String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      return row.getString(1);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new ProgressStoreException(
          location(), "cannot be closed: " + SqliteErrors.reason(e, file), e);
    }
  }

  private ProgressStoreException failure(SQLException e) {
    return new ProgressStoreException(location(), SqliteErrors.reason(e, file), e);
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

  private final class SqliteWrites implements Writes {
    private final String learner;

    SqliteWrites(String learner) {
      this.learner = learner;
    }

    @Override
    public long add(StoredAttempt attempt) {
      try {
        return insertAttempt(attempt);
      } catch (SQLException e) {
        throw new Failed(e);
      }
    }

    @Override
    public Optional<Memory> memory(String fact) {
      try {
        return readMemory(learner, fact);
      } catch (SQLException e) {
        throw new Failed(e);
      }
    }

    @Override
    public void put(String fact, Memory memory) {
      try {
        writeMemory(learner, fact, memory);
      } catch (SQLException e) {
        throw new Failed(e);
      }
    }
  }

  private long insertAttempt(StoredAttempt attempt) throws SQLException {
    String sql =
        "INSERT INTO attempt"
            + " (learner, question, facts, response, score, answered_at, overridden)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, attempt.learner());
      statement.setString(2, attempt.questionId());
      statement.setString(3, attempt.factsJson());
      statement.setString(4, attempt.responseJson());
      statement.setDouble(5, attempt.score());
      statement.setString(6, attempt.at().toString());
      statement.setInt(7, attempt.overridden() ? 1 : 0);
      statement.executeUpdate();
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT last_insert_rowid()")) {
      row.next();
      return row.getLong(1);
    }
  }

  private Optional<Memory> readMemory(String learner, String fact) throws SQLException {
    String sql = "SELECT " + MEMORY_COLUMNS + " FROM memory WHERE learner = ? AND fact = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, learner);
      statement.setString(2, fact);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(memoryAt(row, 1)) : Optional.empty();
      }
    }
  }

  private static Memory memoryAt(ResultSet row, int first) throws SQLException {
    String lastReview = row.getString(first + 4);
    return new Memory(
        Phase.valueOf(row.getString(first)),
        row.getInt(first + 1),
        row.getDouble(first + 2),
        row.getDouble(first + 3),
        lastReview == null ? Optional.empty() : Optional.of(Instant.parse(lastReview)),
        Instant.parse(row.getString(first + 5)),
        row.getInt(first + 6),
        row.getInt(first + 7));
  }

  private void writeMemory(String learner, String fact, Memory memory) throws SQLException {
    String sql =
        "INSERT OR REPLACE INTO memory (learner, fact, "
            + MEMORY_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, learner);
      statement.setString(2, fact);
      statement.setString(3, memory.phase().name());
      statement.setInt(4, memory.step());
      statement.setDouble(5, memory.stability());
      statement.setDouble(6, memory.difficulty());
      statement.setString(7, memory.lastReview().map(Instant::toString).orElse(null));
      statement.setString(8, memory.due().toString());
      statement.setInt(9, memory.reps());
      statement.setInt(10, memory.lapses());
      statement.executeUpdate();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void rollbackQuietly(Exception cause) {
    try {
      execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}

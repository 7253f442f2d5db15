package org.quizkit.core.progress;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quizkit.core.schedule.Memory;
import org.quizkit.core.schedule.Phase;
import org.quizkit.core.schedule.Rating;
import org.quizkit.core.schedule.Scheduler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Learners' answers and memory of each fact, in an embedded SQLite database file.
 *
 * <p>Every answer is committed (and synced) before {@link #record} returns, so a crash or a kill
 * loses at most the answer being written. The database runs in write-ahead-log mode with a busy
 * timeout, so several processes may read and write it at once.
 *
 * <p>A file at the path that is not a quiz progress database (a text file, another program's SQLite
 * database, a damaged or newer quiz database) is refused with a {@link ProgressStoreException}
 * naming the path and the problem, and is never written to: it is recognised from its header bytes
 * before SQLite opens it, and then checked through a read-only connection.
 *
 * <p>{@link #check} does the part of these checks that needs no SQLite, so that a caller may refuse
 * a foreign file, or a folder where the database could not be made, before the learner answers
 * anything, yet {@link #open} the store (loading SQLite's native library, the dearer part) only
 * when there is a first answer to save.
 *
 * <p>Thread-safe: methods are synchronized on the store.
 */
public final class ProgressStore implements AutoCloseable {
  /** Marks the file as ours in the SQLite header: "QZKT". */
  static final int APPLICATION_ID = 0x515A4B54;

  /** The schema this code reads and writes. */
  static final int SCHEMA_VERSION = 1;

  private static final byte[] SQLITE_MAGIC =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_SIZE = 100;
  // Big-endian 32-bit fields of the SQLite file header (sqlite.org/fileformat.html, 1.3).
  private static final int USER_VERSION_OFFSET = 60;
  private static final int APPLICATION_ID_OFFSET = 68;
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE attempt ("
              + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " learner TEXT NOT NULL,"
              + " question TEXT NOT NULL,"
              + " facts TEXT NOT NULL,"
              + " response TEXT NOT NULL,"
              + " score REAL NOT NULL CHECK (score >= 0 AND score <= 1),"
              + " answered_at TEXT NOT NULL)",
          "CREATE INDEX attempt_by_learner ON attempt (learner, id)",
          "CREATE TABLE memory ("
              + " learner TEXT NOT NULL,"
              + " fact TEXT NOT NULL,"
              + " phase TEXT NOT NULL,"
              + " step INTEGER NOT NULL,"
              + " stability REAL NOT NULL,"
              + " difficulty REAL NOT NULL,"
              + " last_review TEXT,"
              + " due TEXT NOT NULL,"
              + " reps INTEGER NOT NULL,"
              + " lapses INTEGER NOT NULL,"
              + " PRIMARY KEY (learner, fact)) WITHOUT ROWID");

  private final Path file;
  private final Connection connection;

  private ProgressStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the progress database at {@code file}, creating it (and its directory) when nothing is
   * there.
   *
   * @throws ProgressStoreException if something other than a quiz progress database is there, or
   *     the file cannot be created or opened; the file is left untouched
   */
  public static ProgressStore open(Path file) {
    Path path = checkNotNull(file, "file").toAbsolutePath();
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      checkHeader(path);
      checkReadOnly(path);
    } else {
      create(path);
    }
    try {
      return new ProgressStore(path, connect(path, false));
    } catch (SQLException e) {
      throw new ProgressStoreException(path, "cannot be opened: " + e.getMessage(), e);
    }
  }

  /**
   * Loads SQLite's driver and native library now, creating no database, so that a later {@link
   * #open} is quick: for a caller with idle time before its first answer to save, such as a learner
   * reading a question (about 60 ms of the first save otherwise). Safe from any thread and any
   * number of times. A failure is left for {@link #open} to report, with the file it concerns.
   */
  public static void prepare() {
    try {
      SQLiteJDBCLoader.initialize();
      new SQLiteConfig();
    } catch (Exception e) {
      // open reports it, naming the database
    }
  }

  /**
   * Checks, without loading SQLite, that {@link #open} could record answers in {@code file}, and
   * changes nothing on disk. When a file (or anything else) is at the path, its header must be a
   * quiz progress database's: the SQLite magic, the quiz's application id and a schema version this
   * code reads; and it must be writable. When nothing is there, the nearest folder that exists on
   * the way to it must be a writable folder, so that the database and any missing folders could be
   * created.
   *
   * <p>This catches, with the same messages as {@link #open}, every file it would refuse from the
   * header alone, at the cost of a few file-system calls and one read of 100 bytes. Damage past the
   * header (such as a missing table), and a file replaced after the check, are found only when
   * {@link #open} reads the database through SQLite.
   *
   * @throws ProgressStoreException naming the file and the problem; the file is left untouched
   */
  public static void check(Path file) {
    Path path = checkNotNull(file, "file").toAbsolutePath();
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer header = checkHeader(path);
      checkVersion(path, header.getInt(USER_VERSION_OFFSET));
      checkWritable(path);
    } else {
      checkCreatable(path);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /**
   * Saves an answer and updates the memory of each of its facts, in one transaction committed
   * before returning. Each fact is reviewed with the rating {@link Rating#fromScore} gives the
   * score, at the time of the attempt.
   *
   * @return the id of the saved attempt, increasing in the order answers were saved
   * @throws ProgressStoreException if the answer cannot be saved; nothing of it is then kept
   */
  public synchronized long record(Attempt attempt, Scheduler scheduler) {
    checkNotNull(attempt, "attempt");
    checkNotNull(scheduler, "scheduler");
    Rating rating = Rating.fromScore(attempt.score());
    try {
      // IMMEDIATE takes the write lock up front, so two writers never read the same memory and
      // overwrite each other's update.
      execute("BEGIN IMMEDIATE");
      try {
        long id = insertAttempt(attempt);
        for (String fact : attempt.facts()) {
          Memory before =
              readMemory(attempt.learner(), fact).orElseGet(() -> Memory.fresh(attempt.at()));
          writeMemory(attempt.learner(), fact, scheduler.review(before, rating, attempt.at()));
        }
        execute("COMMIT");
        return id;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(e);
        throw e;
      }
    } catch (SQLException e) {
      throw new ProgressStoreException(
          file,
          "cannot save the answer to question '" + attempt.questionId() + "': " + e.getMessage(),
          e);
    }
  }

  /** Every attempt of {@code learner}, oldest first. */
  public synchronized List<Attempt> attempts(String learner) {
    checkNotNull(learner, "learner");
    String sql =
        "SELECT question, facts, response, score, answered_at FROM attempt"
            + " WHERE learner = ? ORDER BY id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, learner);
      List<Attempt> attempts = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          attempts.add(
              new Attempt(
                  learner,
                  row.getString(1),
                  ResponseJson.readIds(row.getString(2)),
                  ResponseJson.read(row.getString(3)),
                  row.getDouble(4),
                  Instant.parse(row.getString(5))));
        }
      }
      return List.copyOf(attempts);
    } catch (SQLException | RuntimeException e) {
      throw new ProgressStoreException(
          file, "cannot read the attempts of '" + learner + "': " + e.getMessage(), e);
    }
  }

  /** The memory of one fact, empty if the learner never answered a question about it. */
  public synchronized Optional<Memory> memory(String learner, String fact) {
    checkNotNull(learner, "learner");
    checkNotNull(fact, "fact");
    try {
      return readMemory(learner, fact);
    } catch (SQLException e) {
      throw new ProgressStoreException(file, "cannot read memory: " + e.getMessage(), e);
    }
  }

  /** The memory of every fact the learner has answered about, by fact id in id order. */
  public synchronized Map<String, Memory> memories(String learner) {
    checkNotNull(learner, "learner");
    String sql = "SELECT fact, " + MEMORY_COLUMNS + " FROM memory WHERE learner = ? ORDER BY fact";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, learner);
      Map<String, Memory> memories = new TreeMap<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          memories.put(row.getString(1), memoryAt(row, 2));
        }
      }
      return java.util.Collections.unmodifiableMap(memories);
    } catch (SQLException | RuntimeException e) {
      throw new ProgressStoreException(file, "cannot read memory: " + e.getMessage(), e);
    }
  }

  /**
   * The facts due for review at {@code now}, soonest due first (ties by fact id), so a session can
   * revisit what the learner is closest to forgetting.
   */
  public synchronized List<String> due(String learner, Instant now) {
    checkNotNull(learner, "learner");
    checkNotNull(now, "now");
    List<String> due = new ArrayList<>();
    // Instants are compared as instants, not as text: their ISO forms vary in length.
    memories(learner).entrySet().stream()
        .filter(entry -> entry.getValue().isDue(now))
        .sorted(
            java.util.Comparator.comparing(
                    (Map.Entry<String, Memory> entry) -> entry.getValue().due())
                .thenComparing(Map.Entry::getKey))
        .forEach(entry -> due.add(entry.getKey()));
    return List.copyOf(due);
  }

  /** Every learner with at least one attempt, in name order. */
  public synchronized List<String> learners() {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT DISTINCT learner FROM attempt ORDER BY learner")) {
      List<String> learners = new ArrayList<>();
      while (row.next()) {
        learners.add(row.getString(1));
      }
      return List.copyOf(learners);
    } catch (SQLException e) {
      throw new ProgressStoreException(file, "cannot read learners: " + e.getMessage(), e);
    }
  }

  /**
   * The value of {@code PRAGMA name} on this store's own connection: settings such as {@code
   * synchronous} hold per connection, so only this one shows what the store runs with. For tests.
   */
  synchronized String pragma(String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      return row.getString(1);
    }
  }

  /** Closes the database; everything recorded is already committed. */
  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new ProgressStoreException(file, "cannot be closed: " + e.getMessage(), e);
    }
  }

  // --- writing

  private static final String MEMORY_COLUMNS =
      "phase, step, stability, difficulty, last_review, due, reps, lapses";

  private long insertAttempt(Attempt attempt) throws SQLException {
    String sql =
        "INSERT INTO attempt (learner, question, facts, response, score, answered_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, attempt.learner());
      statement.setString(2, attempt.questionId());
      statement.setString(3, ResponseJson.writeIds(attempt.facts()));
      statement.setString(4, ResponseJson.write(attempt.response()));
      statement.setDouble(5, attempt.score());
      statement.setString(6, attempt.at().toString());
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

  // --- opening

  private static Connection connect(Path path, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    if (readOnly) {
      config.setReadOnly(true);
    } else {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // FULL syncs the log at every commit: an answer reported saved survives even power loss.
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    }
    return config.createConnection("jdbc:sqlite:" + path);
  }

  /**
   * Recognises a foreign file from its first bytes, without letting SQLite near it.
   *
   * @return the header, for {@link #check} to read more from
   */
  private static ByteBuffer checkHeader(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ProgressStoreException(path, "is not a regular file, so it cannot hold progress");
    }
    byte[] header = new byte[HEADER_SIZE];
    int read;
    try (InputStream in = Files.newInputStream(path)) {
      read = in.readNBytes(header, 0, HEADER_SIZE);
    } catch (IOException e) {
      throw new ProgressStoreException(path, "cannot be read: " + e.getMessage(), e);
    }
    if (read == 0) {
      throw new ProgressStoreException(
          path,
          "is an empty file, not a quiz progress database; move it away or choose another"
              + " data directory");
    }
    if (read < HEADER_SIZE
        || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
      throw new ProgressStoreException(
          path, "is not an SQLite database, so not a quiz progress database; it was left as it is");
    }
    ByteBuffer fields = ByteBuffer.wrap(header);
    int applicationId = fields.getInt(APPLICATION_ID_OFFSET);
    if (applicationId != APPLICATION_ID) {
      throw new ProgressStoreException(
          path,
          String.format(
              "is an SQLite database of another program (application id 0x%08x, quiz uses"
                  + " 0x%08x); it was left as it is",
              applicationId, APPLICATION_ID));
    }
    return fields;
  }

  /**
   * Refuses a schema version this code cannot read, whether it comes from the header ({@link
   * #check}) or from SQLite. The two agree: the version is set when the database is built, before
   * it is linked into place, and no later write changes it.
   */
  private static void checkVersion(Path path, int version) {
    if (version > SCHEMA_VERSION) {
      throw new ProgressStoreException(
          path,
          "was written by a newer quiz (schema version "
              + version
              + ", this one reads up to "
              + SCHEMA_VERSION
              + "); it was left as it is");
    }
    if (version < 1) {
      throw new ProgressStoreException(
          path, "is marked as a quiz database but has no schema version; it is damaged");
    }
  }

  /**
   * Refuses a database that SQLite could open but not write: a read-only file, or one in a folder
   * where the write-ahead log, which SQLite keeps beside the file, cannot be made.
   */
  private static void checkWritable(Path path) {
    if (!Files.isWritable(path)) {
      throw new ProgressStoreException(
          path, "is read-only, so answers cannot be saved to it; it was left as it is");
    }
    Path folder;
    try {
      folder = path.toRealPath().getParent();
    } catch (IOException e) {
      throw new ProgressStoreException(path, "cannot be read: " + e.getMessage(), e);
    }
    if (!Files.isWritable(folder) || !Files.isExecutable(folder)) {
      throw new ProgressStoreException(
          path,
          "cannot be written: the folder "
              + folder
              + " is not writable, and SQLite keeps its log there");
    }
  }

  /**
   * Refuses a path where {@link #create} would fail for want of a folder to write in: the nearest
   * existing ancestor must be a folder (following links, as creating would) that we may write in
   * and enter. Nothing is created, so a session that saves nothing leaves no trace.
   */
  private static void checkCreatable(Path path) {
    Path folder = path.getParent();
    while (folder != null && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      folder = folder.getParent();
    }
    if (folder == null) {
      throw new ProgressStoreException(path, "cannot be created: none of its folders exists");
    }
    if (!Files.isDirectory(folder)) {
      throw new ProgressStoreException(path, "cannot be created: " + folder + " is not a folder");
    }
    if (!Files.isWritable(folder) || !Files.isExecutable(folder)) {
      throw new ProgressStoreException(
          path, "cannot be created: the folder " + folder + " is not writable");
    }
  }

  /**
   * Checks the schema version and integrity through a connection that cannot write. SQLite may
   * still create the write-ahead log's side files to read; if the file is refused, those it created
   * are removed again so that nothing is left beside a file we will not use.
   */
  private static void checkReadOnly(Path path) {
    List<Path> created =
        sideFiles(path).stream().filter(p -> !Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
    try {
      checkSchema(path);
    } catch (ProgressStoreException e) {
      created.forEach(ProgressStore::deleteQuietly);
      throw e;
    }
  }

  private static List<Path> sideFiles(Path path) {
    return List.of(
        path.resolveSibling(path.getFileName() + "-wal"),
        path.resolveSibling(path.getFileName() + "-shm"));
  }

  private static void checkSchema(Path path) {
    try (Connection connection = connect(path, true);
        Statement statement = connection.createStatement()) {
      int version;
      try (ResultSet row = statement.executeQuery("PRAGMA user_version")) {
        version = row.next() ? row.getInt(1) : 0;
      }
      checkVersion(path, version);
      try (ResultSet row = statement.executeQuery("PRAGMA quick_check")) {
        String verdict = row.next() ? row.getString(1) : "no answer";
        if (!"ok".equals(verdict)) {
          throw new ProgressStoreException(path, "is damaged: " + verdict);
        }
      }
      try (ResultSet row =
          statement.executeQuery(
              "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                  + " AND name IN ('attempt', 'memory')")) {
        if (!row.next() || row.getInt(1) != 2) {
          throw new ProgressStoreException(path, "is damaged: its tables are missing");
        }
      }
    } catch (SQLException e) {
      throw new ProgressStoreException(path, "is damaged or unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Builds the database in a temporary file beside the target and links it into place only when
   * complete, so a crash never leaves a half-made database, and a database another process created
   * in the meantime is never replaced.
   */
  private static void create(Path path) {
    Path temp = null;
    try {
      Path directory = path.getParent();
      Files.createDirectories(directory);
      temp = Files.createTempFile(directory, ".progress-", ".tmp");
      try (Connection connection = connect(temp, false);
          Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA application_id = " + APPLICATION_ID);
        statement.execute("BEGIN IMMEDIATE");
        for (String sql : SCHEMA) {
          statement.execute(sql);
        }
        statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
        statement.execute("COMMIT");
      }
      try {
        Files.createLink(path, temp);
      } catch (FileAlreadyExistsException raced) {
        // Another process created it first: use theirs, checked like any existing file.
        checkHeader(path);
        checkReadOnly(path);
      } catch (UnsupportedOperationException | IOException noLinks) {
        Files.move(temp, path);
        temp = null;
      }
    } catch (SQLException | IOException e) {
      throw new ProgressStoreException(path, "cannot be created: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
          deleteQuietly(temp.resolveSibling(temp.getFileName() + suffix));
        }
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A stray side or temporary file is harmless: SQLite ignores it or rebuilds it.
    }
  }
}

package org.quizkit.store.sqlite;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.progress.ProgressStoreException;
import org.sqlite.SQLiteConfig;

/**
 * Learners' progress in an embedded SQLite database file: the front door of quiz-store-sqlite.
 *
 * <p>Every answer is committed (and synced) before {@link ProgressStore#record} returns, so a crash
 * or a kill loses at most the answer being written. The database runs in write-ahead-log mode with
 * a busy timeout, so several processes may read and write it at once.
 *
 * <p>A file at the path that is not a quiz progress database (a text file, another program's SQLite
 * database, a damaged or newer quiz database) is refused with a {@link ProgressStoreException}
 * naming the path and the problem, and is never written to: it is recognised from its header bytes
 * before SQLite opens it, and then checked through a read-only connection. A read-only folder or a
 * full disk is told as such, never as damage. A new database is built in a temporary file beside
 * the target and linked into place only when complete, so a full disk or a crash never leaves a
 * half-made one.
 *
 * <p>{@link #check} does the part of these checks that needs no SQLite, so that a caller may refuse
 * a foreign file, or a folder where the database could not be made, before the learner answers
 * anything, yet {@link #open} the store (loading SQLite's native library, the dearer part) only
 * when there is a first answer to save. The native library is kept in a per-user cache folder, not
 * in the shared temporary folder (see {@link #prepare}).
 */
public final class SqliteStore {
  /** Marks the file as ours in the SQLite header: "QZKT". */
  static final int APPLICATION_ID = 0x515A4B54;

  /**
   * The schema this code reads and writes. Version 2 added {@code attempt.overridden}, an answer
   * the learner counted as right on their own word; a version 1 database is upgraded in place when
   * opened to record, and read as it is otherwise.
   */
  static final int SCHEMA_VERSION = 2;

  private static final byte[] SQLITE_MAGIC =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_SIZE = 100;
  // Big-endian 32-bit fields of the SQLite file header (sqlite.org/fileformat.html, 1.3).
  private static final int USER_VERSION_OFFSET = 60;
  private static final int APPLICATION_ID_OFFSET = 68;
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private static final String OVERRIDDEN_COLUMN =
      "overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1))";

  private static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE attempt ("
              + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " learner TEXT NOT NULL,"
              + " question TEXT NOT NULL,"
              + " facts TEXT NOT NULL,"
              + " response TEXT NOT NULL,"
              + " score REAL NOT NULL CHECK (score >= 0 AND score <= 1),"
              + " answered_at TEXT NOT NULL,"
              + OVERRIDDEN_COLUMN
              + ")",
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

  /** How a connection is opened. */
  enum Mode {
    /** Reads and writes, in write-ahead-log mode, syncing every commit. */
    WRITE,
    /** Builds a new database: a rollback journal, so everything is in the one file at commit. */
    CREATE,
    /** Reads only. */
    READ,
    /**
     * Reads a file that nothing can be writing, in a folder where SQLite may not make its side
     * files: without locks or the write-ahead log's shared memory.
     */
    READ_IMMUTABLE
  }

  private SqliteStore() {}

  /**
   * Opens the progress database at {@code file} to read and record, creating it (and its folder)
   * when nothing is there.
   *
   * @throws ProgressStoreException if something other than a quiz progress database is there, or
   *     the file cannot be created or opened (read-only, disk full); the file is left untouched
   */
  public static ProgressStore open(Path file) {
    return ProgressStore.over(openStorage(file));
  }

  /** As {@link #open}, the storage itself: for tests that look at the connection. */
  static SqliteStorage openStorage(Path file) {
    Path path = checkNotNull(file, "file").toAbsolutePath();
    NativeLibrary.load();
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      checkHeader(path);
      checkReadOnly(path);
    } else {
      create(path);
    }
    try {
      Connection connection = connect(path, Mode.WRITE);
      try {
        upgrade(connection);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
      return new SqliteStorage(path, connection, false, SCHEMA_VERSION);
    } catch (SQLException e) {
      throw new ProgressStoreException(
          path.toString(), "cannot be opened: " + SqliteErrors.reason(e, path), e);
    }
  }

  /**
   * Opens an existing progress database only to read it: it works in a read-only folder or on a
   * full disk, where {@link #open} could not record. Nothing is created; recording through the
   * store fails.
   *
   * @throws ProgressStoreException if nothing or something other than a quiz progress database is
   *     there, or it cannot be read
   */
  public static ProgressStore openForReading(Path file) {
    Path path = checkNotNull(file, "file").toAbsolutePath();
    NativeLibrary.load();
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new ProgressStoreException(path.toString(), "does not exist");
    }
    checkHeader(path);
    Mode mode = readMode(path);
    List<Path> created =
        sideFiles(path).stream().filter(p -> !Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
    int version;
    try {
      version = checkSchema(path, mode);
    } catch (ProgressStoreException e) {
      created.forEach(SqliteStore::deleteIfEmpty);
      if (mode != Mode.READ || created.size() < 2 || !cannotMakeSideFiles(e, path)) {
        throw e;
      }
      // SQLite could not make the shared-memory file to read through: no space, or no right to
      // write in the folder. No log was beside the file before we tried, so no process is
      // writing it either. (What SQLite made and could not fill is removed, or left for the next
      // writer, which rebuilds it.)
      mode = Mode.READ_IMMUTABLE;
      version = checkSchema(path, mode);
    }
    try {
      return ProgressStore.over(new SqliteStorage(path, connect(path, mode), true, version));
    } catch (SQLException e) {
      throw new ProgressStoreException(
          path.toString(), "cannot be read: " + SqliteErrors.reason(e, path), e);
    }
  }

  /**
   * Loads SQLite's driver and native library now, creating no database, so that a later {@link
   * #open} is quick: for a caller with idle time before its first answer to save, such as a learner
   * reading a question (about 60 ms of the first save otherwise). Safe from any thread and any
   * number of times. A failure is left for {@link #open} to report, with the file it concerns.
   *
   * <p>The native library is copied once to a cache folder of the user ({@code
   * $XDG_CACHE_HOME/quizkit/sqlite-native/VERSION}, else {@code ~/.cache/...}) and loaded from
   * there, unless the system property {@code org.sqlite.lib.path} already names one: nothing is
   * left in the shared temporary folder, even by a killed process, and the driver's own logging is
   * silenced unless the application set a level for the {@code org.sqlite} logger.
   */
  public static void prepare() {
    try {
      NativeLibrary.load();
      new SQLiteConfig();
    } catch (RuntimeException | LinkageError e) {
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

  // --- opening

  static Connection connect(Path path, Mode mode) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    String url = "jdbc:sqlite:" + path;
    switch (mode) {
      case READ:
        config.setReadOnly(true);
        break;
      case READ_IMMUTABLE:
        config.setReadOnly(true);
        url = "jdbc:sqlite:" + path.toUri() + "?immutable=1";
        break;
      case CREATE:
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        break;
      case WRITE:
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL syncs the log at every commit: an answer reported saved survives even power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        break;
    }
    return config.createConnection(url);
  }

  /**
   * How to read {@code path}: through SQLite's usual locks where it may make the write-ahead log's
   * side files; where it may not (a read-only folder) and none are there, no process can be writing
   * the file, so it is read as immutable, which needs none.
   */
  private static Mode readMode(Path path) {
    boolean sideFiles =
        sideFiles(path).stream().anyMatch(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS));
    return !sideFiles && !SqliteErrors.folderWritable(path) ? Mode.READ_IMMUTABLE : Mode.READ;
  }

  private static boolean cannotMakeSideFiles(ProgressStoreException e, Path path) {
    if (!(e.getCause() instanceof SQLException)) {
      return false;
    }
    SqliteErrors.Kind kind = SqliteErrors.kind((SQLException) e.getCause(), path);
    return kind == SqliteErrors.Kind.DISK_FULL || kind == SqliteErrors.Kind.READ_ONLY;
  }

  /**
   * Recognises a foreign file from its first bytes, without letting SQLite near it.
   *
   * @return the header, for {@link #check} to read more from
   */
  private static ByteBuffer checkHeader(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ProgressStoreException(
          path.toString(), "is not a regular file, so it cannot hold progress");
    }
    byte[] header = new byte[HEADER_SIZE];
    int read;
    try (InputStream in = Files.newInputStream(path)) {
      read = in.readNBytes(header, 0, HEADER_SIZE);
    } catch (IOException e) {
      throw new ProgressStoreException(path.toString(), "cannot be read: " + e.getMessage(), e);
    }
    if (read == 0) {
      throw new ProgressStoreException(
          path.toString(),
          "is an empty file, not a quiz progress database; move it away or choose another"
              + " data directory");
    }
    if (read < HEADER_SIZE
        || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
      throw new ProgressStoreException(
          path.toString(),
          "is not an SQLite database, so not a quiz progress database; it was left as it is");
    }
    ByteBuffer fields = ByteBuffer.wrap(header);
    int applicationId = fields.getInt(APPLICATION_ID_OFFSET);
    if (applicationId != APPLICATION_ID) {
      throw new ProgressStoreException(
          path.toString(),
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
   * it is linked into place, and changed only by {@link #upgrade}, in the same commit as the
   * tables.
   */
  private static void checkVersion(Path path, int version) {
    if (version > SCHEMA_VERSION) {
      throw new ProgressStoreException(
          path.toString(),
          "was written by a newer quiz (schema version "
              + version
              + ", this one reads up to "
              + SCHEMA_VERSION
              + "); it was left as it is");
    }
    if (version < 1) {
      throw new ProgressStoreException(
          path.toString(), "is marked as a quiz database but has no schema version; it is damaged");
    }
  }

  /**
   * Refuses a database that SQLite could open but not write: a read-only file, or one in a folder
   * where the write-ahead log, which SQLite keeps beside the file, cannot be made.
   */
  private static void checkWritable(Path path) {
    if (!Files.isWritable(path)) {
      throw new ProgressStoreException(
          path.toString(), "is read-only, so answers cannot be saved to it; it was left as it is");
    }
    Path folder;
    try {
      folder = path.toRealPath().getParent();
    } catch (IOException e) {
      throw new ProgressStoreException(path.toString(), "cannot be read: " + e.getMessage(), e);
    }
    if (!Files.isWritable(folder) || !Files.isExecutable(folder)) {
      throw new ProgressStoreException(
          path.toString(),
          "cannot be written: the folder "
              + folder
              + " is read-only, and SQLite keeps its log there");
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
      throw new ProgressStoreException(
          path.toString(), "cannot be created: none of its folders exists");
    }
    if (!Files.isDirectory(folder)) {
      throw new ProgressStoreException(
          path.toString(), "cannot be created: " + folder + " is not a folder");
    }
    if (!Files.isWritable(folder) || !Files.isExecutable(folder)) {
      throw new ProgressStoreException(
          path.toString(), "cannot be created: the folder " + folder + " is read-only");
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
      checkSchema(path, Mode.READ);
    } catch (ProgressStoreException e) {
      created.forEach(SqliteStore::deleteQuietly);
      throw e;
    }
  }

  private static List<Path> sideFiles(Path path) {
    return List.of(
        path.resolveSibling(path.getFileName() + "-wal"),
        path.resolveSibling(path.getFileName() + "-shm"));
  }

  /** Checks the schema and the file's integrity, and returns the schema version. */
  private static int checkSchema(Path path, Mode mode) {
    try (Connection connection = connect(path, mode);
        Statement statement = connection.createStatement()) {
      int version;
      try (ResultSet row = statement.executeQuery("PRAGMA user_version")) {
        version = row.next() ? row.getInt(1) : 0;
      }
      checkVersion(path, version);
      try (ResultSet row = statement.executeQuery("PRAGMA quick_check")) {
        String verdict = row.next() ? row.getString(1) : "no answer";
        if (!"ok".equals(verdict)) {
          throw new ProgressStoreException(path.toString(), "is damaged: " + verdict);
        }
      }
      try (ResultSet row =
          statement.executeQuery(
              "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                  + " AND name IN ('attempt', 'memory')")) {
        if (!row.next() || row.getInt(1) != 2) {
          throw new ProgressStoreException(path.toString(), "is damaged: its tables are missing");
        }
      }
      return version;
    } catch (SQLException e) {
      String reason = SqliteErrors.reason(e, path);
      throw new ProgressStoreException(
          path.toString(),
          SqliteErrors.kind(e, path) == SqliteErrors.Kind.DAMAGED
              ? reason
              : "cannot be read: " + reason,
          e);
    }
  }

  /**
   * Brings a database of an older schema to {@link #SCHEMA_VERSION}, in one transaction that holds
   * the write lock, so that two processes opening it at once upgrade it once. Version 1 lacks the
   * column of overridden answers; its answers were all scored as given.
   */
  private static void upgrade(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (userVersion(statement) >= SCHEMA_VERSION) {
        return;
      }
      statement.execute("BEGIN IMMEDIATE");
      try {
        int version = userVersion(statement);
        if (version < 2) {
          statement.execute("ALTER TABLE attempt ADD COLUMN " + OVERRIDDEN_COLUMN);
        }
        if (version < SCHEMA_VERSION) {
          statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
        }
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        statement.execute("ROLLBACK");
        throw e;
      }
    }
  }

  private static int userVersion(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery("PRAGMA user_version")) {
      return row.getInt(1);
    }
  }

  /**
   * Builds the database in a temporary file beside the target and links it into place only when
   * complete, so that a crash or a full disk never leaves a half-made database, and a database
   * another process created in the meantime is never replaced. The temporary file is built with a
   * rollback journal, not the write-ahead log, so that at commit every page is in the file itself,
   * and is checked whole and synced before it is linked.
   */
  private static void create(Path path) {
    Path temp = null;
    try {
      Path directory = path.getParent();
      Files.createDirectories(directory);
      temp = Files.createTempFile(directory, ".progress-", ".tmp");
      try (Connection connection = connect(temp, Mode.CREATE);
          Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA application_id = " + APPLICATION_ID);
        statement.execute("BEGIN IMMEDIATE");
        for (String sql : SCHEMA) {
          statement.execute(sql);
        }
        statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
        statement.execute("COMMIT");
        checkComplete(temp, statement);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
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
    } catch (SQLException e) {
      throw new ProgressStoreException(
          path.toString(), "cannot be created: " + SqliteErrors.reason(e, path), e);
    } catch (IOException e) {
      throw new ProgressStoreException(
          path.toString(), "cannot be created: " + SqliteErrors.reason(e, path), e);
    } finally {
      if (temp != null) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
          deleteQuietly(temp.resolveSibling(temp.getFileName() + suffix));
        }
      }
    }
  }

  /** Refuses a built database whose file holds fewer pages than its header counts. */
  private static void checkComplete(Path temp, Statement statement)
      throws SQLException, IOException {
    long pages;
    long pageSize;
    try (ResultSet row = statement.executeQuery("PRAGMA page_count")) {
      pages = row.getLong(1);
    }
    try (ResultSet row = statement.executeQuery("PRAGMA page_size")) {
      pageSize = row.getLong(1);
    }
    long size = Files.size(temp);
    if (size < pages * pageSize) {
      throw new IOException(
          "the new database holds " + size + " bytes of its " + pages * pageSize + " (disk full?)");
    }
  }

  /** Deletes a side file that SQLite made but could not fill (for want of space). */
  private static void deleteIfEmpty(Path file) {
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0) {
        Files.delete(file);
      }
    } catch (IOException ignored) {
      // left for SQLite, which ignores or rebuilds an empty side file
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A stray side or temporary file is harmless: SQLite ignores it or rebuilds it.
    }
  }
}

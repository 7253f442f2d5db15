package org.quizkit.store.sqlite;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What an SQLite error means to a learner, in words: a full disk and a read-only folder are told as
 * such, and only real damage is called damage, so that nobody deletes a healthy database.
 */
final class SqliteErrors {
  /**
   * Below this much free space an I/O error is taken for a full disk: SQLite reports a failed write
   * to a full disk as one of several I/O errors (extending the shared-memory file, writing the
   * log), not always as SQLITE_FULL.
   */
  static final long LOW_SPACE = 1 << 20;

  private SqliteErrors() {}

  /** The kinds of failure a person can act on differently. */
  enum Kind {
    DISK_FULL,
    READ_ONLY,
    DAMAGED,
    BUSY,
    OTHER
  }

  /** The reason to show after the path, such as "disk full: no space left (SQLITE_FULL)". */
  static String reason(SQLException e, Path file) {
    String code = code(e);
    switch (kind(e, file)) {
      case DISK_FULL:
        return "disk full: there is no space left to write it ("
            + code
            + "); free some space and try again, nothing saved before is lost";
      case READ_ONLY:
        return "read-only: "
            + (folderWritable(file) ? "the file" : "the folder " + folder(file))
            + " cannot be written ("
            + code
            + "); the data is unchanged";
      case DAMAGED:
        return "is damaged: " + message(e);
      case BUSY:
        return "busy: another program held it locked for too long (" + code + "); try again";
      default:
        return "SQLite error: " + message(e);
    }
  }

  /** The reason to show after the path for a failure of the file system. */
  static String reason(IOException e, Path file) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("No space left") || lowOnSpace(file)) {
      return "disk full: there is no space left to write it ("
          + message
          + "); free some space"
          + " and try again";
    }
    if (e instanceof AccessDeniedException || message.contains("Read-only file system")) {
      return "read-only: the folder " + folder(file) + " cannot be written (" + message + ")";
    }
    return message;
  }

  /** What kind of failure {@code e} is, for a database at {@code file}. */
  static Kind kind(SQLException e, Path file) {
    if (!(e instanceof SQLiteException)) {
      return Kind.OTHER;
    }
    SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
    String name = code.name();
    if (code == SQLiteErrorCode.SQLITE_FULL || code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE) {
      return Kind.DISK_FULL;
    }
    if (name.startsWith("SQLITE_IOERR") && lowOnSpace(file)) {
      return Kind.DISK_FULL;
    }
    if (name.startsWith("SQLITE_READONLY")) {
      return Kind.READ_ONLY;
    }
    if (name.startsWith("SQLITE_CANTOPEN") && !folderWritable(file)) {
      return Kind.READ_ONLY;
    }
    if (name.startsWith("SQLITE_CORRUPT") || code == SQLiteErrorCode.SQLITE_NOTADB) {
      return Kind.DAMAGED;
    }
    if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
      return Kind.BUSY;
    }
    return Kind.OTHER;
  }

  private static String code(SQLException e) {
    return e instanceof SQLiteException
        ? ((SQLiteException) e).getResultCode().name()
        : "SQL state " + e.getSQLState();
  }

  private static String message(SQLException e) {
    return e.getMessage() == null ? code(e) : e.getMessage();
  }

  private static Path folder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file : parent;
  }

  static boolean folderWritable(Path file) {
    return Files.isWritable(folder(file));
  }

  private static boolean lowOnSpace(Path file) {
    try {
      return Files.getFileStore(folder(file)).getUsableSpace() < LOW_SPACE;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}

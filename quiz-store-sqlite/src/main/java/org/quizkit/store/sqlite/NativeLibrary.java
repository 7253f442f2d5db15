package org.quizkit.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where sqlite-jdbc's native library lives. Left to itself the driver copies it into the shared
 * temporary folder under a new random name at every start, deletes it only at a clean exit (so each
 * killed process leaves 1.1 MB behind for good), and at start tries to delete the copies of other
 * processes and users, logging a SEVERE stack trace to standard error when it may not. Instead it
 * is copied once per driver version into the user's own cache folder and loaded from there; the
 * driver's clean-up looks only in that folder, and its logging is silenced.
 *
 * <p>The system properties are the driver's own interface; an application that sets {@code
 * org.sqlite.lib.path} itself keeps its choice.
 */
final class NativeLibrary {
  static final String LIB_PATH = "org.sqlite.lib.path";
  static final String LIB_NAME = "org.sqlite.lib.name";
  static final String TEMP_DIR = "org.sqlite.tmpdir";

  private NativeLibrary() {}

  /** Done once per JVM, by the class initialisation of the holder: thread-safe. */
  private static final class Once {
    /** Held so that the silenced logger is not collected and recreated at its default level. */
    static final Logger DRIVER_LOG = silence();

    static final boolean PLACED = place();
  }

  /** Places and loads the native library, once; failures are left for the driver to report. */
  static void load() {
    if (Once.PLACED && Once.DRIVER_LOG != null) {
      try {
        SQLiteJDBCLoader.initialize();
      } catch (Exception e) {
        // The first connection reports it, naming the database.
      }
    }
  }

  private static Logger silence() {
    Logger logger = Logger.getLogger("org.sqlite");
    if (logger.getLevel() == null) {
      logger.setLevel(Level.OFF);
    }
    return logger;
  }

  private static boolean place() {
    if (System.getProperty(LIB_PATH) != null) {
      return true;
    }
    Optional<Path> folder = cacheFolder();
    if (folder.isEmpty()) {
      return true;
    }
    String name = System.mapLibraryName("sqlitejdbc");
    String resource =
        "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
    try {
      Path dir = Files.createDirectories(folder.get().resolve(SQLiteJDBCLoader.getVersion()));
      Path library = dir.resolve(name);
      long size;
      try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
        if (in == null) {
          return true; // no library of ours for this platform: the driver says so
        }
        if (!Files.isRegularFile(library)) {
          Path temp = Files.createTempFile(dir, ".sqlitejdbc-", ".tmp");
          try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            // A rename, so that another process never loads a half-written copy.
            Files.move(temp, library, StandardCopyOption.ATOMIC_MOVE);
          } finally {
            Files.deleteIfExists(temp);
          }
        }
      }
      size = Files.size(library);
      if (size == 0) {
        return true;
      }
      System.setProperty(LIB_PATH, dir.toString());
      System.setProperty(LIB_NAME, name);
      System.setProperty(TEMP_DIR, dir.toString());
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // No cache folder to write in: the driver falls back to its own way.
    }
    return true;
  }

  /**
   * The user's cache folder for it: {@code $XDG_CACHE_HOME/quizkit/sqlite-native}, or {@code
   * ~/.cache/quizkit/sqlite-native} when that variable is unset, empty or relative.
   */
  static Optional<Path> cacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base;
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      base = Path.of(xdg);
    } else {
      String home = System.getProperty("user.home");
      if (home == null || home.isBlank() || "?".equals(home)) {
        return Optional.empty();
      }
      base = Path.of(home).resolve(".cache");
    }
    return Optional.of(base.resolve("quizkit").resolve("sqlite-native"));
  }
}

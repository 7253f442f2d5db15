package org.quizkit.serve;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sessions of the server, one small JSON file each in a folder of the data directory, so that
 * an open quiz survives a restart. A file is named by a hash of the session id (a listing of the
 * folder gives no cookie away) and is written whole or not at all (a temporary file moved into
 * place). Session ids and tokens are 256 random bits from a {@link SecureRandom}.
 *
 * <p>Not thread-safe: the server calls it under its lock.
 */
final class Sessions {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A session's file not touched for this long is removed when a server starts. */
  static final Duration KEPT = Duration.ofDays(30);

  private static final Pattern FILE = Pattern.compile("[0-9a-f]{64}\\.json|session.*\\.tmp");

  private final Path folder;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Sessions(Path folder, Clock clock) {
    this.folder = checkNotNull(folder, "folder");
    this.clock = checkNotNull(clock, "clock");
  }

  /**
   * Removes the session files (and leftover temporary files) not touched for {@link #KEPT}: a
   * session in use is touched by every request ({@link #find}), so it is never one of them. Other
   * files in the folder are left alone.
   *
   * @return how many files were removed
   */
  int removeUntouched() {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    Instant before = clock.instant().minus(KEPT);
    int removed = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        if (FILE.matcher(file.getFileName().toString()).matches()
            && Files.isRegularFile(file)
            && Files.getLastModifiedTime(file).toInstant().isBefore(before)
            && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove old session files in " + folder, e);
    }
    return removed;
  }

  /** A new session, saved, with a fresh id and token and no run. */
  Session create() {
    Session session = new Session(token(), token(), Optional.empty());
    save(session);
    return session;
  }

  /** The session of {@code id}, if the id is well formed and such a session was saved. */
  Optional<Session> find(String id) {
    if (id == null || !TOKEN.matcher(id).matches()) {
      return Optional.empty();
    }
    Path file = file(id);
    try {
      Stored stored = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
      // In use: touched, so that it is not taken for an old one when a server starts.
      Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
      return Optional.of(new Session(id, stored.csrf(), Optional.ofNullable(stored.run())));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read session file " + file, e);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      // A file damaged or written by another version: the learner starts a new session.
      return Optional.empty();
    }
  }

  /** Writes {@code session} whole, replacing what was saved. */
  void save(Session session) {
    Path file = file(session.id());
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, "session", ".tmp");
      try {
        Files.writeString(
            temporary,
            JSON.writeValueAsString(new Stored(session.csrf(), session.run().orElse(null))),
            StandardCharsets.UTF_8);
        try {
          Files.move(
              temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not save session file " + file, e);
    }
  }

  /** Whether {@code given} is the session's token, compared in constant time. */
  static boolean tokenMatches(Session session, String given) {
    return given != null
        && MessageDigest.isEqual(
            session.csrf().getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(String id) {
    return folder.resolve(
        Hashing.sha256().hashString(id, StandardCharsets.UTF_8).toString() + ".json");
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return BaseEncoding.base64Url().omitPadding().encode(bytes);
  }

  /** What a session's file holds. */
  private record Stored(String csrf, Run run) {}
}

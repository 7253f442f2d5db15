package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.diagnostic.Diagnostic;

/** How loading a file from disk fails: with one plain diagnostic, quickly, never by running out. */
class FileReadingTests {
  private static final Duration QUICKLY = Duration.ofSeconds(20);

  /** The only diagnostic loading the file gives. */
  private static Diagnostic failureOf(Path file) {
    DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.load(file));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    return e.diagnostics().get(0);
  }

  @Nested
  class TooLarge {
    private static final String TOO_LARGE =
        "the file is larger than 9,000,000 bytes, more than a dataset file may hold (at most"
            + " 3,000,000 characters)";

    @Test
    void refusesAHugeSparseFileQuickly(@TempDir Path dir) throws IOException {
      Path huge = dir.resolve("huge.yaml");
      try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
        file.setLength(3L << 30);
      }
      Diagnostic d = assertTimeoutPreemptively(QUICKLY, () -> failureOf(huge));
      assertEquals(new Diagnostic(huge.toString(), 0, 0, TOO_LARGE), d);
    }

    @Test
    void refusesAnEndlessDeviceQuickly() {
      Path zero = Path.of("/dev/zero");
      assumeTrue(Files.isReadable(zero), "this system has no /dev/zero");
      Diagnostic d = assertTimeoutPreemptively(QUICKLY, () -> failureOf(zero));
      assertEquals(new Diagnostic("/dev/zero", 0, 0, TOO_LARGE), d);
    }

    @Test
    void readsNoMoreThanOneBytePastTheLimit() throws IOException {
      Endless endless = new Endless();
      assertEquals(Optional.empty(), DatasetLoader.readAtMost(endless, 1000));
      assertEquals(1001, endless.given);
    }

    @Test
    void readsAStreamOfExactlyTheLimitWhole() throws IOException {
      byte[] limit = "schema: 1\n".getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(
          limit,
          DatasetLoader.readAtMost(new ByteArrayInputStream(limit), limit.length).orElseThrow());
    }
  }

  /** An endless stream of the letter a that counts the bytes it gave. */
  private static final class Endless extends InputStream {
    long given;

    @Override
    public int read() {
      given++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 'a');
      given += len;
      return len;
    }
  }

  @Nested
  class Unreadable {
    @Test
    void saysAFileIsMissing(@TempDir Path dir) {
      Path absent = dir.resolve("absent.yaml");
      assertEquals(
          new Diagnostic(absent.toString(), 0, 0, "cannot read " + absent + ": no such file"),
          failureOf(absent));
    }

    @Test
    void saysAFileIsADirectory(@TempDir Path dir) throws IOException {
      Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
      assertEquals(
          new Diagnostic(folder.toString(), 0, 0, "cannot read " + folder + ": is a directory"),
          failureOf(folder));
    }

    @Test
    void saysPermissionIsDenied(@TempDir Path dir) throws IOException {
      Path locked = dir.resolve("noperm.yaml");
      Files.writeString(locked, Fixtures.resource("small.yaml"));
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      // Root reads a file whatever its permissions say, so there is nothing to see as root.
      assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
      assertEquals(
          new Diagnostic(locked.toString(), 0, 0, "cannot read " + locked + ": permission denied"),
          failureOf(locked));
    }

    @Test
    void namesEachReasonInPlainWords() {
      assertEquals(
          "permission denied", DatasetLoader.why(new AccessDeniedException("np/noperm.yaml")));
      assertEquals("no such file", DatasetLoader.why(new NoSuchFileException("np/absent.yaml")));
      assertEquals(
          "not a directory",
          DatasetLoader.why(new FileSystemException("np/x.yaml/y", null, "Not a directory")));
      assertEquals("input/output error", DatasetLoader.why(new IOException("Input/output error")));
    }
  }
}

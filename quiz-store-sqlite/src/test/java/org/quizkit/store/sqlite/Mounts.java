package org.quizkit.store.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real read-only folders and small disks for the tests. As root (CI here), a read-only bind mount
 * and a tmpfs of a given size, since root may write where permissions forbid it; otherwise a folder
 * without write permission, and no small disk (the tests that need one are skipped).
 */
final class Mounts {
  private Mounts() {}

  static boolean root() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Makes {@code folder} read-only until the returned handle is closed. */
  static AutoCloseable readOnly(Path folder) throws Exception {
    if (root()) {
      run("mount", "--bind", folder.toString(), folder.toString());
      run("mount", "-o", "remount,bind,ro", folder.toString());
      return () -> run("umount", folder.toString());
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    return () ->
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
  }

  /** Mounts an empty tmpfs of {@code size} (such as "64k") on {@code folder}; root only. */
  static AutoCloseable smallDisk(Path folder, String size) throws Exception {
    Files.createDirectories(folder);
    run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
    return () -> run("umount", folder.toString());
  }

  /** Gives the tmpfs on {@code folder} a new size, keeping its files. */
  static void resize(Path folder, String size) throws Exception {
    run("mount", "-o", "remount,size=" + size, folder.toString());
  }

  /** Fills the disk of {@code folder} to the last byte with a file it returns. */
  static Path fill(Path folder) throws IOException {
    Path filler = folder.resolve("filler");
    byte[] block = new byte[512];
    try (var out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left")) {
        throw full;
      }
    }
    return filler;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      // A sandbox may forbid mounting even to root: then the test cannot be made here.
      Assumptions.assumeFalse(
          command[0].equals("mount")
              && (output.contains("ermission denied")
                  || output.contains("not permitted")
                  || output.contains("must be superuser")),
          () -> String.join(" ", command) + " is not allowed here: " + output);
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }
}

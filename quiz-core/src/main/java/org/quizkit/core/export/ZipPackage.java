package org.quizkit.core.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip written entry by entry into the caller's stream, which it leaves open. Every entry has
 * the same time, so that the same input gives the same bytes.
 */
final class ZipPackage {
  /** Local DOS time: no time zone, so the bytes are the same on every machine. */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final ZipOutputStream zip;

  ZipPackage(OutputStream out) {
    zip =
        new ZipOutputStream(
            new FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                flush();
              }
            });
  }

  /** Starts an entry; write its content to {@link #stream()}. */
  OutputStream entry(String name) throws IOException {
    zip.closeEntry();
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    return zip;
  }

  /** Ends the last entry and writes the zip's directory. */
  void finish() throws IOException {
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }
}

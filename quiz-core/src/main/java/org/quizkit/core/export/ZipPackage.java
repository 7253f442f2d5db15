package org.quizkit.core.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip written entry by entry into the caller's stream, which it leaves open. Every entry has the
 * same time, so that the same input gives the same bytes.
 */
final class ZipPackage {
  /** Local DOS time: no time zone, so the bytes are the same on every machine. */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final ZipOutputStream zip;
  // Writers such as the JDK's XML writer hand over a few bytes at a time, and each write into a
  // ZipOutputStream goes through the deflater: buffering here made the QTI and Canvas packages
  // several times faster (docs/performance.md).
  private final BufferedOutputStream buffered;

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
    buffered = new BufferedOutputStream(zip, 1 << 16);
  }

  /** Starts an entry; write its content to {@link #stream()}. */
  OutputStream entry(String name) throws IOException {
    buffered.flush();
    zip.closeEntry();
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    return buffered;
  }

  /** Ends the last entry and writes the zip's directory. */
  void finish() throws IOException {
    buffered.flush();
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }
}

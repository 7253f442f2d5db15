package org.quizkit.core.export;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found while reading a file, with where it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file or stream name
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, naming the thing and the value
 */
public record Diagnostic(String source, int line, int column, String message) {
  public Diagnostic {
    checkNotNull(source, "source");
    checkNotNull(message, "message");
  }

  /** Rendered as a compiler does: {@code bank.json:14:9: message}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + message;
  }
}

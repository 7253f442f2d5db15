package org.quizkit.content.module;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in a module file or in its fit with a dataset, with where it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file or resource, such as {@code modules.yaml}
 * @param line from 1, or 0 when the problem has no single place
 * @param column from 1, or 0 when unknown
 * @param message what is wrong, naming the thing and the value
 */
public record Diagnostic(String source, int line, int column, String message) {
  public Diagnostic {
    checkNotNull(source, "source");
    checkNotNull(message, "message");
  }

  /** Like a compiler: {@code modules.yaml:14:9: message}, leaving out an unknown place. */
  @Override
  public String toString() {
    if (line <= 0) {
      return source + ": " + message;
    }
    return source + ":" + line + ":" + Math.max(column, 1) + ": " + message;
  }
}

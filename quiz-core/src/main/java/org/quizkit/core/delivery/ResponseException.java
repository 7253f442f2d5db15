package org.quizkit.core.delivery;

/**
 * A submitted response could not be read: not JSON, the wrong shape for the question's kind, or a
 * label the question does not show. The message names the question and the value, for an error
 * response to the browser; it never says what the right answer is.
 */
public final class ResponseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  ResponseException(String message) {
    super(message);
  }
}

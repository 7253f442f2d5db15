package org.quizkit.core.delivery;

import java.util.List;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;

/**
 * A submitted response could not be read: not JSON, the wrong shape for the question's kind, or a
 * label the question does not show. A {@link DiagnosticException} with one diagnostic, located in
 * the JSON the browser sent: at its line and column when the text is not JSON, and by a JSON
 * pointer after {@code #} when a value in it is wrong, as in {@code question 'q3f...'
 * response#/answer: must be true or false, got "yes"}. The message names the question by its view
 * id and the value, for an error response to the browser; it never says the seed, the key or the
 * real question id.
 */
public final class ResponseException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  ResponseException(Diagnostic problem) {
    super(List.of(problem));
  }

  ResponseException(String source, String message) {
    this(new Diagnostic(source, 0, 0, message));
  }
}

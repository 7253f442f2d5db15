package org.quizkit.core.worksheet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.quizkit.core.question.Question;

/**
 * One version of a worksheet: its label and its questions in the order printed, each with its
 * options in the order printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label {@code A}, {@code B}, ...
 * @param questions in printed order, at least one
 */
public record Version(String label, List<Question> questions) {
  /** Validates and copies the questions. */
  public Version {
    checkNotNull(label, "version label");
    checkArgument(label.matches("[A-Z]"), "version label '%s' is not one letter A-Z", label);
    questions = List.copyOf(questions);
    checkArgument(!questions.isEmpty(), "version %s has no questions", label);
  }

  /** The label of the {@code index}-th version (0 gives A). */
  static String label(int index) {
    checkArgument(index >= 0 && index < WorksheetSpec.MAX_VERSIONS, "version index %s", index);
    return String.valueOf((char) ('A' + index));
  }
}

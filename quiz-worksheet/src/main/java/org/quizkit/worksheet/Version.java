package org.quizkit.worksheet;

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
 * @param label {@code A}, {@code B}, ..., {@code Z}, {@code AA}, ... (see {@link #label(int)})
 * @param questions in printed order, at least one
 */
public record Version(String label, List<Question> questions) {
  /** Validates and copies the questions. */
  public Version {
    checkNotNull(label, "version label");
    checkArgument(
        label.matches("[A-Z]{1,2}"), "version label '%s' is not one or two letters A-Z", label);
    questions = List.copyOf(questions);
    checkArgument(!questions.isEmpty(), "version %s has no questions", label);
  }

  /**
   * The label of the {@code index}-th version, as spreadsheet columns are named: 0 gives A, 25
   * gives Z, 26 gives AA, 27 AB, ..., 99 CV. Used on sheets, keys, file names and export
   * categories.
   *
   * @throws IllegalArgumentException unless {@code 0 <= index < WorksheetSpec.MAX_VERSIONS}
   */
  public static String label(int index) {
    checkArgument(
        index >= 0 && index < WorksheetSpec.MAX_VERSIONS,
        "version index %s is not from 0 to %s",
        index,
        WorksheetSpec.MAX_VERSIONS - 1);
    String last = String.valueOf((char) ('A' + index % 26));
    return index < 26 ? last : (char) ('A' + index / 26 - 1) + last;
  }
}

package org.quizkit.worksheet.marking;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How the class did on one question, over every version it was on.
 *
 * @param questionId the question's id
 * @param kind the question's kind id
 * @param places where it stood on each version, such as {@code A5 B2}
 * @param answered how many students had it on their version
 * @param facility the mean of their scores, from 0 (nobody) to 1 (everybody right)
 * @param discrimination the corrected item-total correlation: Pearson's r between the score on this
 *     question and the points on the rest of the sheet; empty when fewer than three students had it
 *     or either side does not vary
 * @param choices how often each option (by its text) was chosen, and how often the cell was blank,
 *     for choice and true/false questions; only the blanks for the others
 * @param flags what a teacher should look at: {@code check key}, {@code too easy}, {@code too
 *     hard}, {@code weak discrimination} (see {@link ClassMarking})
 */
public record ItemStatistics(
    String questionId,
    String kind,
    String places,
    int answered,
    double facility,
    OptionalDouble discrimination,
    Map<String, Integer> choices,
    List<String> flags) {
  /** Copies the collections. */
  public ItemStatistics {
    choices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choices));
    flags = List.copyOf(flags);
  }
}

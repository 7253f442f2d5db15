package org.quizkit.worksheet.marking;

import java.util.List;

/**
 * One student's marks.
 *
 * @param id the student's id as the answers file gives it
 * @param version the label of the version the student sat
 * @param line the line of the answers file the student's row starts on
 * @param fractions per question number, the engine's score in [0, 1]
 * @param points per question number, the points earned: the question's points times its score
 * @param total the points earned in all
 * @param outOf the points the version is marked out of
 */
public record StudentResult(
    String id,
    String version,
    long line,
    List<Double> fractions,
    List<Double> points,
    double total,
    int outOf) {
  /** Copies the lists. */
  public StudentResult {
    fractions = List.copyOf(fractions);
    points = List.copyOf(points);
  }
}

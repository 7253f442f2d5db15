package org.quizkit.core.export;

import java.util.List;
import java.util.Optional;
import org.quizkit.core.question.ShortAnswer;

/** Conventions Moodle imposes on both of its import formats (GIFT and Moodle XML). */
final class Moodle {
  /**
   * The grades Moodle accepts that are 100/k for k = 1..10; Moodle rejects an import whose grade is
   * not in its list, which is why a question with more than ten right options cannot be written.
   */
  private static final List<String> SHARES =
      List.of(
          "100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10");

  /** Every grade Moodle accepts for an answer, from 100 down to 0 (negatives are these negated). */
  private static final List<String> GRADES =
      List.of(
          "100",
          "90",
          "83.33333",
          "80",
          "75",
          "70",
          "66.66667",
          "60",
          "50",
          "40",
          "33.33333",
          "30",
          "25",
          "20",
          "16.66667",
          "14.28571",
          "12.5",
          "11.11111",
          "10",
          "5",
          "0");

  private Moodle() {}

  /**
   * The Moodle grade (percent) nearest to {@code credit} in [0, 1]; {@link #exact} says whether it
   * is the credit itself (to Moodle's five decimals).
   */
  static String grade(double credit) {
    String nearest = GRADES.get(0);
    for (String grade : GRADES) {
      if (Math.abs(Double.parseDouble(grade) - credit * 100)
          < Math.abs(Double.parseDouble(nearest) - credit * 100)) {
        nearest = grade;
      }
    }
    return nearest;
  }

  /** Whether {@link #grade} of {@code credit} is the credit itself. */
  static boolean exact(double credit) {
    return Math.abs(Double.parseDouble(grade(credit)) - credit * 100) < 1e-4;
  }

  /**
   * What was changed writing a short answer's notes with these grades, or empty: a credit Moodle
   * has no grade for is written as the nearest one.
   */
  static Optional<String> noteGrades(ShortAnswer question) {
    List<String> changed =
        question.notes().stream()
            .filter(note -> !exact(note.credit()))
            .map(
                note ->
                    note.answers().get(0)
                        + " credit "
                        + note.credit()
                        + " written as "
                        + grade(note.credit())
                        + "%")
            .toList();
    return changed.isEmpty()
        ? Optional.empty()
        : Optional.of("no Moodle grade for some notes: " + String.join("; ", changed));
  }

  /** How many right options a multiple-response question may have. */
  static int maxRight() {
    return SHARES.size();
  }

  /** The grade of each of {@code right} right options: 100/right %. */
  static String gain(int right) {
    return SHARES.get(right - 1);
  }

  /**
   * The grade of each of {@code wrong} wrong options: -100/wrong %, capped at -10 % (the smallest
   * share Moodle offers), so that choosing every option scores 0.
   */
  static String loss(int wrong) {
    return "-" + SHARES.get(Math.min(Math.max(wrong, 1), SHARES.size()) - 1);
  }

  /**
   * {@code $course$/top/<title>/<module>}: a slash inside a name is doubled, as Moodle's category
   * paths require, and line breaks become spaces because a path is one line.
   */
  static String category(String title, Optional<String> module) {
    StringBuilder path = new StringBuilder("$course$/top/").append(segment(title));
    module.ifPresent(m -> path.append('/').append(segment(m)));
    return path.toString();
  }

  static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ").strip();
  }

  private static String segment(String name) {
    return oneLine(name).replace("/", "//");
  }
}

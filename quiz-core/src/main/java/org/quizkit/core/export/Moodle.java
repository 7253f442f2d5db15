package org.quizkit.core.export;

import java.util.List;
import java.util.Optional;

/** Conventions Moodle imposes on both of its import formats (GIFT and Moodle XML). */
final class Moodle {
  /**
   * The grades Moodle accepts that are 100/k for k = 1..10; Moodle rejects an import whose grade is
   * not in its list, which is why a question with more than ten right options cannot be written.
   */
  private static final List<String> SHARES =
      List.of(
          "100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10");

  private Moodle() {}

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

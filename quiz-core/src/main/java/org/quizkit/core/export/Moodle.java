package org.quizkit.core.export;

import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quizkit.core.question.Question;
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

  /** Moodle's limit on a question's id number. */
  private static final int ID_NUMBER_LENGTH = 100;

  /** A line break of any kind. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

  /** The characters PHP's {@code trim} removes, which Moodle applies to what it imports. */
  private static final String PHP_TRIMMED = " \t\n\r\0\u000B";

  private Moodle() {}

  /**
   * A plain-text field (a short answer, a matching choice) on one line: every line break becomes a
   * space. Moodle's XML reader drops a line break in such a field (it drops every whitespace-only
   * piece of text), a short answer is typed on one line, and a choice is shown on one.
   */
  static String oneLineField(String text) {
    return LINE_BREAK.matcher(text).replaceAll(" ");
  }

  /**
   * A matching choice as Moodle stores it: Moodle shows a choice through its string formatter,
   * which reads entities and strips tags, so the text is HTML-escaped to be shown as typed.
   */
  static String choice(String text) {
    return HtmlEscapers.htmlEscaper().escape(oneLineField(text));
  }

  /**
   * A short answer as Moodle stores it: {@code *} is a wildcard in Moodle's short-answer grading
   * and {@code \*} a literal asterisk (Moodle has no escape for the backslash itself, and needs
   * none: it only reads a backslash before an asterisk).
   */
  static String shortAnswer(String text) {
    return oneLineField(text).replace("*", "\\*");
  }

  /** Whether {@link #shortAnswer} changes {@code text} other than by escaping asterisks. */
  static boolean flattened(String text) {
    return !oneLineField(text).equals(text);
  }

  /**
   * The id number of {@code question} (its id, then {@code @} and the version's letters when there
   * is a version), or empty when Moodle would not keep it as it is: longer than Moodle's 100
   * characters, holding a control character (Moodle's GIFT reader stops there), starting or ending
   * with what Moodle trims, or ending with a backslash (which GIFT would read as escaping the
   * closing bracket).
   */
  static Optional<String> idNumber(Question question, ExportOptions options) {
    String number =
        options.version().isEmpty() ? question.id() : question.id() + "@" + options.version();
    return number.length() <= ID_NUMBER_LENGTH && keptAsItIs(number)
        ? Optional.of(number)
        : Optional.empty();
  }

  /** Whether Moodle keeps {@code text} as it is in a GIFT comment token ({@code [id:...]}). */
  static boolean keptAsItIs(String text) {
    return !text.isEmpty()
        && text.chars().noneMatch(c -> c < 0x20 || c == 0x7F)
        && PHP_TRIMMED.indexOf(text.charAt(0)) < 0
        && PHP_TRIMMED.indexOf(text.charAt(text.length() - 1)) < 0
        && !text.endsWith("\\");
  }

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

  /**
   * What writing a short answer changed, or empty: credits with no Moodle grade ({@link
   * #noteGrades}) and line breaks in answers ({@link #oneLineField}).
   */
  static Optional<String> shortAnswerNotes(ShortAnswer question) {
    List<String> notes = new ArrayList<>();
    noteGrades(question).ifPresent(notes::add);
    if (answers(question).anyMatch(Moodle::flattened)) {
      notes.add("line breaks in answers written as spaces: a Moodle answer is typed on one line");
    }
    return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
  }

  /** Every answer a short answer's Moodle question holds: accepted ones, then noted ones. */
  static Stream<String> answers(ShortAnswer question) {
    return Stream.concat(
        question.accepted().stream(), question.notes().stream().flatMap(n -> n.answers().stream()));
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

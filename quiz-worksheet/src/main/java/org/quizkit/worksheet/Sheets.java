package org.quizkit.worksheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/** Wording shared by the HTML and Markdown sheets, so both formats say the same thing. */
final class Sheets {
  static final String TICK_ONE = "Tick one box.";
  static final String TICK_ALL = "Tick every box that applies.";
  static final String TRUE_FALSE = "Is this statement true or false? Tick one box.";
  static final String MATCH = "Write the letter of the matching choice in the blank by each item.";
  static final String ORDER = "Put the items in order: write one letter in each numbered blank.";
  static final String WRITE = "Write your answer on the line.";

  private Sheets() {}

  static String questionCount(Version version) {
    int count = version.questions().size();
    return count + (count == 1 ? " question" : " questions");
  }

  /** The kinds on a version, in the order of {@link Kind}. */
  static Set<Kind> kinds(Version version) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    version.questions().forEach(q -> kinds.add(q.kind()));
    return kinds;
  }

  /** What to do on this sheet, naming only what its kinds of question ask for. */
  static String instructions(Version version) {
    Set<Kind> kinds = kinds(version);
    List<String> parts = new ArrayList<>();
    parts.add("Answer every question.");
    boolean boxes =
        kinds.contains(Kind.SINGLE_CHOICE)
            || kinds.contains(Kind.MULTIPLE_RESPONSE)
            || kinds.contains(Kind.TRUE_FALSE);
    if (boxes) {
      parts.add(
          kinds.contains(Kind.MULTIPLE_RESPONSE)
              ? "Tick boxes clearly; where a question says tick every box that applies, a wrong"
                  + " tick costs as much as a right one earns."
              : "Tick one box clearly for each question.");
    }
    if (kinds.contains(Kind.MATCHING) || kinds.contains(Kind.ORDERING)) {
      parts.add("Write one capital letter in each blank.");
    }
    if (kinds.contains(Kind.SHORT_ANSWER)) {
      parts.add("Write short answers on the line; spelling need not be perfect.");
    }
    parts.add("The points for each question are shown beside it.");
    return String.join(" ", parts);
  }

  /** "4 points" beside a question. */
  static String points(WorksheetSpec spec, Question question) {
    return Points.words(spec.points().of(question));
  }

  /** The total a version is marked out of. */
  static int total(WorksheetSpec spec, Version version) {
    return spec.points().total(version.questions());
  }

  /**
   * The engine's marking rules (quiz-core's {@code Scorer}) for the kinds on a version, in words a
   * teacher applies by hand, each with what a question of that kind is worth here.
   */
  static List<String> rules(WorksheetSpec spec, Version version) {
    List<String> rules = new ArrayList<>();
    for (Kind kind : kinds(version)) {
      String worth = Points.words(spec.points().of(kind));
      rules.add(
          switch (kind) {
            case SINGLE_CHOICE ->
                "Single choice ("
                    + worth
                    + " each): full points when exactly the keyed box is ticked; nothing for no box,"
                    + " two boxes or a wrong box.";
            case MULTIPLE_RESPONSE ->
                "Multiple response ("
                    + worth
                    + " each): count the keyed boxes ticked (right) and every other box ticked"
                    + " (wrong); points \u00d7 (right \u2212 wrong) \u00f7 number of keyed boxes,"
                    + " never below 0. Ticking every box earns nothing once half the boxes are"
                    + " unkeyed.";
            case TRUE_FALSE ->
                "True or false (" + worth + " each): full points for the keyed box, else nothing.";
            case MATCHING ->
                "Matching ("
                    + worth
                    + " each): points \u00d7 items with the keyed letter \u00f7 number of items;"
                    + " a blank or wrong letter earns nothing for its item.";
            case ORDERING ->
                "Ordering ("
                    + worth
                    + " each): points \u00d7 items written in their keyed slot \u00f7 number of"
                    + " items; an item in the wrong slot earns nothing, even if its neighbours"
                    + " are right.";
            case SHORT_ANSWER ->
                "Short answer ("
                    + worth
                    + " each): full points for any accepted wording, whatever the capitals,"
                    + " accents, punctuation, spacing, a leading \u201cthe\u201d or singular and"
                    + " plural. One slip is forgiven in one word of five letters or more (a"
                    + " letter added, dropped or changed, or two neighbours swapped), unless the"
                    + " answer is as close to another known answer. A list (\u201cA and B\u201d)"
                    + " earns what its weakest part earns; a graded alternative earns the share"
                    + " the key gives.";
          });
    }
    rules.add(
        "Keep fractions of a point as they are and add them up; round the total only at the"
            + " end.");
    return rules;
  }
}

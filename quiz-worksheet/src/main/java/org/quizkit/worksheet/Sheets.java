package org.quizkit.worksheet;

/** Wording shared by the HTML and Markdown sheets, so both formats say the same thing. */
final class Sheets {
  static final String INSTRUCTIONS =
      "Answer every question. Tick boxes clearly and write one letter in each blank.";
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
}

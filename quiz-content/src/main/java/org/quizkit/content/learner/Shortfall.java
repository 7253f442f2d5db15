package org.quizkit.content.learner;

/**
 * What a learner is told when fewer questions match the choices than were asked for. The terminal
 * (practice, worksheets, exports) and the browser go on with what there is, and say so in these
 * words; the terminal puts the command's name before them.
 */
public final class Shortfall {
  private Shortfall() {}

  /** Such as {@code only 34 questions match these options, not 50}. */
  public static String note(int found, int asked) {
    return "only "
        + found
        + (found == 1 ? " question matches" : " questions match")
        + " these options, not "
        + asked;
  }

  /**
   * Such as {@code only 9 questions can share a quiz under the assembly rules (docs/assembly.md),
   * not 20}: enough questions match, but no more can go together without one giving away another or
   * breaking the blueprint.
   */
  public static String rules(int found, int asked) {
    return "only "
        + found
        + (found == 1 ? " question" : " questions")
        + " can share a quiz under the assembly rules (no item giving away another, no template"
        + " above a fifth, balanced true/false keys: see docs/assembly.md), not "
        + asked;
  }
}

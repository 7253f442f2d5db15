package org.quizkit.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command says when fewer questions match its options than were asked for. Practice,
 * worksheets and exports all go on with what there is, and say so the same way.
 */
final class Shortfall {
  private Shortfall() {}

  /** Such as {@code quiz export: only 34 questions match these options, not 50}. */
  static String note(CommandSpec spec, int found, int asked) {
    return spec.qualifiedName()
        + ": only "
        + found
        + (found == 1 ? " question matches" : " questions match")
        + " these options, not "
        + asked;
  }

  /**
   * Such as {@code quiz worksheet: only 9 questions can share a quiz under the assembly rules
   * (docs/assembly.md), not 20}: enough questions match, but no more can go together without one
   * giving away another or breaking the blueprint.
   */
  static String rules(CommandSpec spec, int found, int asked) {
    return spec.qualifiedName()
        + ": only "
        + found
        + (found == 1 ? " question" : " questions")
        + " can share a quiz under the assembly rules (no item giving away another, no template"
        + " above a fifth, balanced true/false keys: see docs/assembly.md), not "
        + asked;
  }
}

package org.quizkit.core.scoring;

import org.quizkit.core.question.TypedAnswerNote;

/**
 * What one typed answer matched: an accepted answer ({@code note} null) or one of a note's answers.
 *
 * @param answer the accepted or noted wording matched, as the question spells it
 * @param note the note whose answer matched, or null for an accepted answer
 */
record TypedMatch(String answer, TypedAnswerNote note) {
  /** The credit this match earns: 1 for an accepted answer, else the note's. */
  double credit() {
    return note == null ? 1.0 : note.credit();
  }
}

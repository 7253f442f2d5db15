package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A graded alternative to a short answer's accepted answers: typed answers that earn a stated
 * credit and a word of their own, for an answer that is not the key yet is not simply wrong (part
 * of a keyed answer, or an answer the source gives for something else).
 *
 * <p>Immutable and thread-safe.
 *
 * @param answers the wordings this note covers, matched like accepted answers; never a rival
 * @param credit the score a response matching one of them earns, in [0, 1] (1 is full marks)
 * @param feedback what the learner is told when the response matches; may be empty
 */
public record TypedAnswerNote(List<String> answers, double credit, String feedback) {
  public TypedAnswerNote {
    answers = List.copyOf(answers);
    checkNotNull(feedback, "feedback of the note for %s", answers);
    checkArgument(!answers.isEmpty(), "a note on typed answers covers no answer");
    checkArgument(
        answers.stream().noneMatch(String::isBlank),
        "the note for %s covers a blank answer",
        answers);
    checkArgument(
        credit >= 0.0 && credit <= 1.0,
        "the note for %s gives credit %s, outside [0, 1]",
        answers,
        credit);
  }
}

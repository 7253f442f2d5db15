package org.quizkit.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.quizkit.core.question.Option;

/**
 * What a learner is told after answering one question.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionId the question answered
 * @param score the mark for the response
 * @param fullyRight whether the response was exactly right (the same as {@code score.fullMarks()},
 *     kept as a field so renderers need not know that)
 * @param correctAnswer the key as text, one line per part (see {@link KeyText})
 * @param explanation why the key is right, from the question
 * @param section where in the source the facts come from, from the question
 * @param chosenFeedback the options the learner chose that carry feedback of their own, in the
 *     order they are shown (for matching, the chosen choices); each has a non-empty {@link
 *     Option#feedback()}
 * @param answerNotes what to tell the learner about a typed answer: the feedback of a graded
 *     alternative it matched ({@link org.quizkit.core.question.TypedAnswerNote}), or that the
 *     learner's own wording is one of the accepted answers; empty for other kinds
 */
public record Feedback(
    String questionId,
    Score score,
    boolean fullyRight,
    List<String> correctAnswer,
    String explanation,
    String section,
    List<Option> chosenFeedback,
    List<String> answerNotes) {
  public Feedback {
    checkNotNull(questionId, "questionId");
    checkNotNull(score, "score of question '%s'", questionId);
    checkNotNull(explanation, "explanation of question '%s'", questionId);
    checkNotNull(section, "section of question '%s'", questionId);
    checkArgument(
        fullyRight == score.fullMarks(),
        "question '%s': fullyRight=%s contradicts score %s",
        questionId,
        fullyRight,
        score);
    correctAnswer = List.copyOf(correctAnswer);
    chosenFeedback = List.copyOf(chosenFeedback);
    answerNotes = List.copyOf(answerNotes);
    checkArgument(!correctAnswer.isEmpty(), "question '%s' has no correct answer text", questionId);
    checkArgument(
        chosenFeedback.stream().noneMatch(o -> o.feedback().isEmpty()),
        "question '%s': chosen option without feedback in %s",
        questionId,
        chosenFeedback);
  }

  /** Feedback with no notes on a typed answer. */
  public Feedback(
      String questionId,
      Score score,
      boolean fullyRight,
      List<String> correctAnswer,
      String explanation,
      String section,
      List<Option> chosenFeedback) {
    this(
        questionId,
        score,
        fullyRight,
        correctAnswer,
        explanation,
        section,
        chosenFeedback,
        List.of());
  }

  /** The correct answer on one line, parts separated by {@code "; "}. */
  public String correctAnswerText() {
    return String.join("; ", correctAnswer);
  }
}

package org.quizkit.core.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.quizkit.core.scoring.Feedback;

/**
 * The marks of a whole quiz: per question and in total, with the partial-credit rule named.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questions every question of the quiz, in quiz order
 * @param partialCredit the rule the scores follow ({@link DeliveredQuiz#PARTIAL_CREDIT})
 */
public record QuizResult(List<QuizResult.Scored> questions, String partialCredit) {
  public QuizResult {
    questions = List.copyOf(questions);
    checkNotNull(partialCredit, "partialCredit");
  }

  /**
   * One question's marks.
   *
   * @param question the question's id in the view
   * @param number its position in the quiz, from 1
   * @param feedback the feedback on the response; empty when the question was not answered
   */
  public record Scored(String question, int number, Optional<Feedback> feedback) {
    public Scored {
      checkNotNull(question, "question");
      checkArgument(number >= 1, "question number %s", number);
      checkNotNull(feedback, "feedback of %s", question);
    }

    /** The score in [0, 1]; 0 when unanswered. */
    public double score() {
      return feedback.map(f -> f.score().value()).orElse(0.0);
    }

    /** Whether the question was answered exactly right. */
    public boolean fullyRight() {
      return feedback.map(Feedback::fullyRight).orElse(false);
    }
  }

  /** The sum of the scores. */
  public double total() {
    return questions.stream().mapToDouble(Scored::score).sum();
  }

  /** What the total is out of: one per question. */
  public int outOf() {
    return questions.size();
  }

  /** How many questions were answered. */
  public long answered() {
    return questions.stream().filter(s -> s.feedback().isPresent()).count();
  }
}

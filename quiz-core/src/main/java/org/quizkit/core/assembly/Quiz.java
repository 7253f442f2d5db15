package org.quizkit.core.assembly;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quizkit.core.question.Question;

/**
 * A quiz ready to take: questions in the order to ask them, options in the order to show them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param spec what was asked for; its seed repeats the quiz
 * @param questions the questions, distinct by id; {@code spec.count() - shortfall} of them
 * @param shortfall how many fewer questions than {@code spec.count()} the bank could give; 0 when
 *     the bank had enough
 */
public record Quiz(QuizSpec spec, List<Question> questions, int shortfall) {
  public Quiz {
    checkNotNull(spec, "spec");
    questions = List.copyOf(questions);
    checkArgument(shortfall >= 0, "negative shortfall %s", shortfall);
    checkArgument(
        questions.size() + shortfall == spec.count(),
        "%s questions with shortfall %s do not make the %s asked for",
        questions.size(),
        shortfall,
        spec.count());
    Set<String> ids = new HashSet<>();
    for (Question question : questions) {
      checkArgument(ids.add(question.id()), "quiz repeats question '%s'", question.id());
    }
  }

  /** The seed that repeats this quiz. */
  public long seed() {
    return spec.seed();
  }

  /** How many questions the quiz has. */
  public int size() {
    return questions.size();
  }
}

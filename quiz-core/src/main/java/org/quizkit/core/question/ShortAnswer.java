package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The learner types the answer.
 *
 * @param accepted the answers that count as right, the preferred wording first
 * @param rivals other known answers in the same domain (for example every other site); a typed
 *     answer closer to one of these than to an accepted answer is never accepted
 */
public record ShortAnswer(
    String id, String stem, List<String> accepted, List<String> rivals, QuestionInfo info)
    implements Question {
  public ShortAnswer {
    Checks.header(id, stem, info);
    accepted = List.copyOf(accepted);
    rivals = List.copyOf(rivals);
    checkArgument(!accepted.isEmpty(), "question '%s' accepts no answer", id);
    checkArgument(
        accepted.stream().noneMatch(String::isBlank), "question '%s' accepts a blank answer", id);
  }

  /** The preferred wording of the answer. */
  public String answer() {
    return accepted.get(0);
  }

  @Override
  public Kind kind() {
    return Kind.SHORT_ANSWER;
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.shortAnswer(this);
  }

  @Override
  public ShortAnswer shuffled(RandomGenerator random) {
    return this;
  }

  @Override
  public ShortAnswer withInfo(QuestionInfo newInfo) {
    return new ShortAnswer(id, stem, accepted, rivals, newInfo);
  }

  @Override
  public List<Option> shownOptions() {
    return List.of();
  }
}

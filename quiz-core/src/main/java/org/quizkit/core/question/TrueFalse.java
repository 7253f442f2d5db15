package org.quizkit.core.question;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A statement the learner judges true or false.
 *
 * @param stem the statement
 * @param answer whether the statement is true
 */
public record TrueFalse(String id, String stem, boolean answer, QuestionInfo info)
    implements Question {
  public TrueFalse {
    Checks.header(id, stem, info);
  }

  @Override
  public Kind kind() {
    return Kind.TRUE_FALSE;
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.trueFalse(this);
  }

  @Override
  public TrueFalse shuffled(RandomGenerator random) {
    return this;
  }

  @Override
  public TrueFalse withInfo(QuestionInfo newInfo) {
    return new TrueFalse(id, stem, answer, newInfo);
  }

  @Override
  public List<Option> shownOptions() {
    return List.of();
  }
}

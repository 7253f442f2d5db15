package org.quizkit.core.question;

import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.core.seed.Seeds;

/**
 * Exactly one option is right.
 *
 * @param correct the id of the right option
 */
public record SingleChoice(
    String id, String stem, List<Option> options, String correct, QuestionInfo info)
    implements Question {
  public SingleChoice {
    Checks.header(id, stem, info);
    options = Checks.options(id, "options", options, 2);
    Checks.known(id, options, correct);
  }

  @Override
  public Kind kind() {
    return Kind.SINGLE_CHOICE;
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.singleChoice(this);
  }

  @Override
  public SingleChoice shuffled(RandomGenerator random) {
    return new SingleChoice(id, stem, Seeds.shuffled(options, random), correct, info);
  }

  @Override
  public SingleChoice withInfo(QuestionInfo newInfo) {
    return new SingleChoice(id, stem, options, correct, newInfo);
  }

  @Override
  public List<Option> shownOptions() {
    return options;
  }
}

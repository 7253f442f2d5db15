package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.core.seed.Seeds;

/**
 * Any number of options may be right; the learner selects all that are.
 *
 * @param correct the ids of the right options, in option order; at least one
 */
public record MultipleResponse(
    String id, String stem, List<Option> options, List<String> correct, QuestionInfo info)
    implements Question {
  public MultipleResponse {
    Checks.header(id, stem, info);
    options = Checks.options(id, "options", options, 2);
    List<Option> all = options;
    List<String> keys = List.copyOf(correct);
    checkArgument(!keys.isEmpty(), "question '%s' has no correct option", id);
    checkArgument(
        keys.stream().distinct().count() == keys.size(),
        "question '%s' repeats a correct option id in %s",
        id,
        keys);
    keys.forEach(key -> Checks.known(id, all, key));
    correct = all.stream().map(Option::id).filter(keys::contains).toList();
  }

  @Override
  public Kind kind() {
    return Kind.MULTIPLE_RESPONSE;
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.multipleResponse(this);
  }

  @Override
  public MultipleResponse shuffled(RandomGenerator random) {
    return new MultipleResponse(id, stem, Seeds.shuffled(options, random), correct, info);
  }

  @Override
  public MultipleResponse withInfo(QuestionInfo newInfo) {
    return new MultipleResponse(id, stem, options, correct, newInfo);
  }

  @Override
  public List<Option> shownOptions() {
    return options;
  }
}

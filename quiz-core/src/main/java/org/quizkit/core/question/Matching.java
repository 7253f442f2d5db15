package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.quizkit.core.seed.Seeds;

/**
 * Each premise (left) is matched to one choice (right). There may be more choices than premises; a
 * choice may be the answer to at most one premise, so every pairing is unique.
 *
 * @param key premise id to choice id, one entry per premise, in premise order
 */
public record Matching(
    String id,
    String stem,
    List<Option> premises,
    List<Option> choices,
    Map<String, String> key,
    QuestionInfo info)
    implements Question {
  public Matching {
    Checks.header(id, stem, info);
    premises = Checks.options(id, "premises", premises, 2);
    choices = Checks.options(id, "choices", choices, premises.size());
    checkArgument(
        key.size() == premises.size(),
        "question '%s' has %s premises but %s key entries",
        id,
        premises.size(),
        key.size());
    checkArgument(
        key.values().stream().distinct().count() == key.size(),
        "question '%s' uses a choice for two premises in %s",
        id,
        key);
    Map<String, String> ordered = new LinkedHashMap<>();
    for (Option premise : premises) {
      String choice = key.get(premise.id());
      checkArgument(choice != null, "question '%s' has no key for premise '%s'", id, premise.id());
      Checks.known(id, choices, choice);
      ordered.put(premise.id(), choice);
    }
    key = Collections.unmodifiableMap(ordered);
  }

  @Override
  public Kind kind() {
    return Kind.MATCHING;
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.matching(this);
  }

  /** Shuffles both columns. */
  @Override
  public Matching shuffled(RandomGenerator random) {
    return new Matching(
        id, stem, Seeds.shuffled(premises, random), Seeds.shuffled(choices, random), key, info);
  }

  @Override
  public Matching withInfo(QuestionInfo newInfo) {
    return new Matching(id, stem, premises, choices, key, newInfo);
  }

  @Override
  public List<Option> shownOptions() {
    return Stream.concat(premises.stream(), choices.stream()).toList();
  }
}

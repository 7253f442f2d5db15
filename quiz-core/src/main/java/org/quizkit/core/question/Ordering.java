package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.core.seed.Seeds;

/**
 * Items the learner puts in order.
 *
 * @param items in the order shown
 * @param order the item ids in the right order; a permutation of the items' ids
 */
public record Ordering(
    String id, String stem, List<Option> items, List<String> order, QuestionInfo info)
    implements Question {
  public Ordering {
    Checks.header(id, stem, info);
    items = Checks.options(id, "items", items, 2);
    order = List.copyOf(order);
    checkArgument(
        order.size() == items.size() && order.stream().distinct().count() == order.size(),
        "question '%s' has order %s, which is not a permutation of its %s items",
        id,
        order,
        items.size());
    List<Option> all = items;
    order.forEach(item -> Checks.known(id, all, item));
  }

  @Override
  public Kind kind() {
    return Kind.ORDERING;
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.ordering(this);
  }

  @Override
  public Ordering shuffled(RandomGenerator random) {
    return new Ordering(id, stem, Seeds.shuffled(items, random), order, info);
  }

  @Override
  public Ordering withInfo(QuestionInfo newInfo) {
    return new Ordering(id, stem, items, order, newInfo);
  }

  @Override
  public List<Option> shownOptions() {
    return items;
  }
}

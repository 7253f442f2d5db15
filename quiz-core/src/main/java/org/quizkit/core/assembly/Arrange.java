package org.quizkit.core.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.seed.Seeds;

/**
 * Puts the options of a quiz's questions in the order to show them, question by question in quiz
 * order:
 *
 * <ul>
 *   <li>a single choice's key goes to a position used least so far by the quiz's keys (ties drawn
 *       from the seed), the distractors around it in a drawn order; so the letters every question
 *       offers are keys equally often, give or take one, and no other letter is the key more than
 *       once more often than the least used of them;
 *   <li>an ordering is never shown in its right order, nor a matching with every premise's key at
 *       the premise's own position (1A 2B 3C);
 *   <li>other options are shuffled.
 * </ul>
 *
 * <p>Mutable, for one quiz on one thread.
 */
final class Arrange {
  /** How often to draw again before moving one item by hand. */
  private static final int REDRAWS = 20;

  private final List<Integer> keyUses = new ArrayList<>();

  /** The question with its options arranged, drawing from {@code random}. */
  Question next(Question question, RandomGenerator random) {
    return question.accept(
        new Question.Cases<Question>() {
          @Override
          public Question singleChoice(SingleChoice q) {
            return placeKey(q, random);
          }

          @Override
          public Question multipleResponse(MultipleResponse q) {
            return q.shuffled(random);
          }

          @Override
          public Question trueFalse(TrueFalse q) {
            return q;
          }

          @Override
          public Question matching(Matching q) {
            return notInKeyOrder(q, random);
          }

          @Override
          public Question ordering(Ordering q) {
            return notInOrder(q, random);
          }

          @Override
          public Question shortAnswer(ShortAnswer q) {
            return q;
          }
        });
  }

  private SingleChoice placeKey(SingleChoice q, RandomGenerator random) {
    int size = q.options().size();
    while (keyUses.size() < size) {
      keyUses.add(0);
    }
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      least = Math.min(least, keyUses.get(i));
    }
    List<Integer> ties = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (keyUses.get(i) == least) {
        ties.add(i);
      }
    }
    int position = ties.get(random.nextInt(ties.size()));
    keyUses.set(position, least + 1);
    Option key = null;
    List<Option> others = new ArrayList<>();
    for (Option option : q.options()) {
      if (option.id().equals(q.correct())) {
        key = option;
      } else {
        others.add(option);
      }
    }
    List<Option> arranged = new ArrayList<>(Seeds.shuffled(others, random));
    arranged.add(position, key);
    return new SingleChoice(q.id(), q.stem(), arranged, q.correct(), q.info());
  }

  private static Ordering notInOrder(Ordering q, RandomGenerator random) {
    List<Option> items = Seeds.shuffled(q.items(), random);
    for (int i = 0; i < REDRAWS && ids(items).equals(q.order()); i++) {
      items = Seeds.shuffled(q.items(), random);
    }
    if (ids(items).equals(q.order())) {
      items = rotated(items);
    }
    return new Ordering(q.id(), q.stem(), items, q.order(), q.info());
  }

  private static Matching notInKeyOrder(Matching q, RandomGenerator random) {
    List<Option> premises = Seeds.shuffled(q.premises(), random);
    List<Option> choices = Seeds.shuffled(q.choices(), random);
    for (int i = 0; i < REDRAWS && inKeyOrder(q, premises, choices); i++) {
      choices = Seeds.shuffled(q.choices(), random);
    }
    if (inKeyOrder(q, premises, choices)) {
      choices = rotated(choices);
    }
    return new Matching(q.id(), q.stem(), premises, choices, q.key(), q.info());
  }

  /** Whether every premise's key is the choice at the premise's own position. */
  static boolean inKeyOrder(Matching q, List<Option> premises, List<Option> choices) {
    for (int i = 0; i < premises.size(); i++) {
      if (!choices.get(i).id().equals(q.key().get(premises.get(i).id()))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> ids(List<Option> options) {
    return options.stream().map(Option::id).toList();
  }

  private static List<Option> rotated(List<Option> options) {
    List<Option> out = new ArrayList<>(options.subList(1, options.size()));
    out.add(options.get(0));
    return out;
  }
}

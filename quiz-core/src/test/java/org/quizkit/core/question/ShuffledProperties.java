package org.quizkit.core.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizkit.core.seed.Seeds;

/**
 * Assembly relies on shuffling changing nothing but the order things are shown in. A failure prints
 * its seed: rerun with {@code -DQT_SEED=N} (see {@link RandomQuestions}).
 */
class ShuffledProperties {

  @Test
  void shufflingKeepsEverythingButTheOrderShown() {
    qt().withExamples(1000)
        .forAll(RandomQuestions.plain().any(), longs().all())
        .checkAssert(ShuffledProperties::keepsEverythingButTheOrderShown);
  }

  private static void keepsEverythingButTheOrderShown(Question question, long seed) {
    Question shuffled = question.shuffled(Seeds.random(seed));
    assertEquals(question.id(), shuffled.id());
    assertEquals(question.kind(), shuffled.kind());
    assertEquals(question.stem(), shuffled.stem());
    assertEquals(question.info(), shuffled.info());
    assertEquals(key(question), key(shuffled));
    assertEquals(sorted(shown(question)), sorted(shown(shuffled)));
  }

  @Test
  void shufflingIsDeterministic() {
    qt().withExamples(1000)
        .forAll(RandomQuestions.plain().any(), longs().all())
        .checkAssert(
            (question, seed) ->
                assertEquals(
                    question.shuffled(Seeds.random(seed)), question.shuffled(Seeds.random(seed))));
  }

  private static List<Option> sorted(List<Option> options) {
    return options.stream().sorted(Comparator.comparing(Option::id)).toList();
  }

  private static Object key(Question question) {
    return question.accept(
        new Question.Cases<Object>() {
          @Override
          public Object singleChoice(SingleChoice q) {
            return q.correct();
          }

          @Override
          public Object multipleResponse(MultipleResponse q) {
            return q.correct().stream().sorted().toList();
          }

          @Override
          public Object trueFalse(TrueFalse q) {
            return q.answer();
          }

          @Override
          public Object matching(Matching q) {
            return Map.copyOf(q.key());
          }

          @Override
          public Object ordering(Ordering q) {
            return q.order();
          }

          @Override
          public Object shortAnswer(ShortAnswer q) {
            return List.of(q.accepted(), q.rivals());
          }
        });
  }

  private static List<Option> shown(Question question) {
    return question.shownOptions();
  }
}

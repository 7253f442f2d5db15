package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.quizkit.content.module.LearningModule;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * A quiz generates only the questions it asks, yet must be the quiz the whole bank gives: same
 * questions, order, options and shortfall, for any spec and seed.
 */
class QuizContentProperties {
  private static final QuizContent CONTENT = QuizContent.builtIn();

  @Provide
  Arbitrary<Integer> counts() {
    // Up to past the bank's size, so that every question is drawn and some specs fall short.
    int bank = CONTENT.generators().plan().size();
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 30)),
        Tuple.of(1, Arbitraries.integers().between(1, bank + 20)));
  }

  @Provide
  Arbitrary<Set<Kind>> kinds() {
    return Arbitraries.of(Kind.class).set().ofMaxSize(3);
  }

  /** Module tags mostly, a plain tag now and then, and one that no question has. */
  @Provide
  Arbitrary<Set<String>> tags() {
    List<String> tags = new ArrayList<>();
    CONTENT.moduleIds().forEach(id -> tags.add(QuizContent.moduleTag(id)));
    tags.addAll(List.of("topic:naming", "cancer:lung", "site:bone", "module:none"));
    return Arbitraries.of(tags).set().ofMaxSize(3);
  }

  /**
   * The bank's module tags say what each module's own rule says, so that learn (which asks a
   * module for its questions) and practice --module (which selects by tag) agree.
   */
  @Property(tries = 20)
  void tagsEachQuestionWithExactlyTheModulesThatIncludeIt(@ForAll long seed) {
    for (Question question : CONTENT.bank(seed)) {
      for (LearningModule module : CONTENT.modules()) {
        assertEquals(
            module.includes(question),
            question.info().tags().contains(QuizContent.moduleTag(module.id())),
            question.id() + " in " + module.id());
      }
    }
  }

  @Property(tries = 200)
  void givesTheQuizTheWholeBankGives(
      @ForAll("counts") int count,
      @ForAll("kinds") Set<Kind> kinds,
      @ForAll("tags") Set<String> tags,
      @ForAll long seed) {
    QuizSpec spec = new QuizSpec(count, kinds, tags, seed);
    Quiz expected = QuizEngine.assemble(CONTENT.bank(seed), spec);
    Statistics.label("shortfall").collect(expected.shortfall() > 0);
    assertEquals(expected, CONTENT.quiz(spec));
  }
}

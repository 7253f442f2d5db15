package org.quizkit.core.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.question.Tally;
import org.quizkit.core.seed.Seeds;

/**
 * Assembly over random banks and specs. A failure prints its seed: rerun with {@code -DQT_SEED=N}
 * (see {@link RandomQuestions}).
 */
class QuizAssemblerProperties {

  /** A bank, a spec over it and a seed, as the properties below draw them. */
  record Draw(List<Question> bank, int count, Set<Kind> kinds, Set<String> tags, long seed) {
    QuizSpec spec() {
      return new QuizSpec(count, kinds, tags, seed);
    }
  }

  private static Gen<Draw> draws(int maxCount) {
    Gen<List<Question>> banks = RandomQuestions.plain().banks(0, 20);
    Gen<Set<Kind>> kinds = setOf(Generate.enumValues(Kind.class), 3);
    Gen<Set<String>> tags = setOf(Generate.pick(List.of("bones", "liver", "brain", "lungs")), 2);
    return in ->
        new Draw(
            banks.generate(in),
            integers().between(1, maxCount).generate(in),
            kinds.generate(in),
            tags.generate(in),
            longs().all().generate(in));
  }

  /** Sets of up to {@code max} values of {@code gen}. */
  private static <T> Gen<Set<T>> setOf(Gen<T> gen, int max) {
    return lists().of(gen).ofSizeBetween(0, max).map(Set::copyOf);
  }

  @Test
  void sameBankSpecAndSeedGiveAnEqualQuiz() {
    qt().withExamples(1000)
        .forAll(draws(15))
        .checkAssert(
            d -> {
              Quiz first = QuizAssembler.assemble(d.bank(), d.spec());
              Quiz second = QuizAssembler.assemble(new ArrayList<>(d.bank()), d.spec());
              assertEquals(first, second);
            });
  }

  @Test
  void takesOnlyMatchingQuestionsAndAsManyAsAsked() {
    Tally shortfall = new Tally("shortfall");
    qt().withExamples(250)
        .forAll(draws(15))
        .checkAssert(
            d -> {
              QuizSpec spec = d.spec();
              Quiz quiz = QuizAssembler.assemble(d.bank(), spec);
              long eligible = d.bank().stream().filter(spec::matches).count();
              shortfall.count(quiz.shortfall() > 0);
              assertEquals(Math.min(d.count(), eligible), quiz.size());
              assertEquals(d.count() - quiz.size(), quiz.shortfall());
              for (Question question : quiz.questions()) {
                assertTrue(
                    d.kinds().isEmpty() || d.kinds().contains(question.kind()), question::toString);
                assertTrue(
                    d.tags().isEmpty() || question.info().tags().stream().anyMatch(d.tags()::contains),
                    question::toString);
              }
            });
    shortfall.assertAtLeast(true, 10);
    shortfall.assertAtLeast(false, 4); // about 16% seen
  }

  @Test
  void shufflesEachQuestionWithTheSeedDerivedForItsPosition() {
    qt().withExamples(250)
        .forAll(draws(15))
        .checkAssert(
            d -> {
              Map<String, Question> byId =
                  d.bank().stream().collect(Collectors.toMap(Question::id, Function.identity()));
              Quiz quiz = QuizAssembler.assemble(d.bank(), QuizSpec.of(d.count(), d.seed()));
              for (int i = 0; i < quiz.size(); i++) {
                Question asked = quiz.questions().get(i);
                Question original = byId.get(asked.id());
                assertEquals(original.shuffled(Seeds.random(Seeds.derive(d.seed(), i))), asked);
              }
            });
  }

  @Test
  void givesTheSameQuizFromCandidatesAsFromTheBank() {
    qt().withExamples(250)
        .forAll(draws(25))
        .checkAssert(
            d -> {
              Map<String, Question> byId =
                  d.bank().stream().collect(Collectors.toMap(Question::id, Function.identity()));
              List<Candidate> candidates = d.bank().stream().map(Candidate::of).toList();
              assertEquals(
                  QuizAssembler.assemble(d.bank(), d.spec()),
                  QuizAssembler.assemble(candidates, d.spec(), c -> byId.get(c.id())));
            });
  }

  /** The point of candidates: a question the quiz does not ask is never made. */
  @Test
  void makesOnlyTheQuestionsTheQuizAsksOnceEach() {
    qt().withExamples(250)
        .forAll(draws(25))
        .checkAssert(
            d -> {
              Map<String, Question> byId =
                  d.bank().stream().collect(Collectors.toMap(Question::id, Function.identity()));
              List<String> made = new ArrayList<>();
              Quiz quiz =
                  QuizAssembler.assemble(
                      d.bank().stream().map(Candidate::of).toList(),
                      d.spec(),
                      c -> {
                        made.add(c.id());
                        return byId.get(c.id());
                      });
              assertEquals(quiz.questions().stream().map(Question::id).toList(), made);
            });
  }

  /**
   * Templates take turns: no template is used two more times than another that still had
   * questions to give.
   */
  @Test
  void spreadsTheQuizAcrossTemplates() {
    qt().withExamples(250)
        .forAll(draws(15))
        .checkAssert(
            d -> {
              Quiz quiz = QuizAssembler.assemble(d.bank(), QuizSpec.of(d.count(), d.seed()));
              Map<String, Long> used = templateCounts(quiz.questions());
              Map<String, Long> available = templateCounts(d.bank());
              for (Map.Entry<String, Long> a : used.entrySet()) {
                for (Map.Entry<String, Long> b : available.entrySet()) {
                  long usedB = used.getOrDefault(b.getKey(), 0L);
                  if (usedB < b.getValue()) {
                    assertTrue(
                        a.getValue() <= usedB + 1,
                        () -> "template " + a + " used more than " + b.getKey() + " in " + used);
                  }
                }
              }
            });
  }

  private static Map<String, Long> templateCounts(List<Question> questions) {
    return questions.stream()
        .map(q -> q.info().template())
        .filter(t -> !t.isEmpty())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}

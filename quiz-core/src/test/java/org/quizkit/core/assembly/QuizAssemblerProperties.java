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

  /**
   * Only matching questions, never more than asked or than match, and the shortfall says how many
   * are missing. The assembly rules (docs/assembly.md) may leave fewer than match.
   */
  @Test
  void takesOnlyMatchingQuestionsAndNoMoreThanAskedOrMatch() {
    Tally shortfall = new Tally("shortfall");
    qt().withExamples(250)
        .forAll(draws(15))
        .checkAssert(
            d -> {
              QuizSpec spec = d.spec();
              Quiz quiz = QuizAssembler.assemble(d.bank(), spec);
              long eligible = d.bank().stream().filter(spec::matches).count();
              shortfall.count(quiz.shortfall() > 0);
              assertTrue(quiz.size() <= Math.min(d.count(), eligible), quiz::toString);
              assertEquals(d.count() - quiz.size(), quiz.shortfall());
              for (Question question : quiz.questions()) {
                assertTrue(
                    d.kinds().isEmpty() || d.kinds().contains(question.kind()), question::toString);
                assertTrue(
                    d.tags().isEmpty()
                        || question.info().tags().stream().anyMatch(d.tags()::contains),
                    question::toString);
              }
            });
    shortfall.assertAtLeast(true, 10);
    shortfall.assertAtLeast(false, 4);
  }

  /**
   * A question is asked as the bank has it: same id, stem, options and key; only the order moves.
   */
  @Test
  void asksEachQuestionAsTheBankHasItWithOnlyItsOptionsReordered() {
    qt().withExamples(250)
        .forAll(draws(15))
        .checkAssert(
            d -> {
              Map<String, Question> byId = byId(d.bank());
              Quiz quiz =
                  QuizAssembler.assemble(
                      d.bank(), QuizSpec.builder().count(d.count()).seed(d.seed()).build());
              for (Question asked : quiz.questions()) {
                Question original = byId.get(asked.id());
                assertEquals(original.stem(), asked.stem());
                assertEquals(original.info(), asked.info());
                assertEquals(
                    Set.copyOf(original.shownOptions()),
                    Set.copyOf(asked.shownOptions()),
                    asked::id);
                assertEquals(original.shownOptions().size(), asked.shownOptions().size());
              }
            });
  }

  @Test
  void givesTheSameQuizFromCandidatesAsFromTheBank() {
    qt().withExamples(250)
        .forAll(draws(25))
        .checkAssert(
            d -> {
              Map<String, Question> byId = byId(d.bank());
              List<Candidate> candidates = d.bank().stream().map(Candidate::of).toList();
              assertEquals(
                  QuizAssembler.assemble(d.bank(), d.spec()),
                  QuizAssembler.assemble(candidates, d.spec(), c -> byId.get(c.id())));
            });
  }

  /**
   * The point of candidates: a question is made at most once, and only when the draw reaches it
   * (the rules need the made question to check its facts, so a refused one is made too).
   */
  @Test
  void makesEachQuestionAtMostOnceAndEveryAskedOne() {
    qt().withExamples(250)
        .forAll(draws(25))
        .checkAssert(
            d -> {
              Map<String, Question> byId = byId(d.bank());
              List<String> made = new ArrayList<>();
              Quiz quiz =
                  QuizAssembler.assemble(
                      d.bank().stream().map(Candidate::of).toList(),
                      d.spec(),
                      c -> {
                        made.add(c.id());
                        return byId.get(c.id());
                      });
              assertEquals(Set.copyOf(made).size(), made.size(), made::toString);
              assertTrue(made.containsAll(quiz.questions().stream().map(Question::id).toList()));
            });
  }

  /** In a quiz of ten or more, no template holds more than a fifth of it. */
  @Test
  void keepsEveryTemplateToAFifthOfAQuizOfTenOrMore() {
    Tally large = new Tally("quiz of ten or more");
    qt().withExamples(250)
        .forAll(draws(25))
        .checkAssert(
            d -> {
              Quiz quiz =
                  QuizAssembler.assemble(
                      d.bank(), QuizSpec.builder().count(d.count()).seed(d.seed()).build());
              large.count(quiz.size() >= 10);
              if (quiz.size() >= 10) {
                templateCounts(quiz.questions())
                    .forEach(
                        (template, uses) ->
                            assertTrue(
                                uses <= quiz.size() / 5,
                                () -> template + " " + uses + " of " + quiz.size()));
              }
            });
    large.assertAtLeast(true, 3); // about 10 % of draws; a floor with room, since seeds vary by run
  }

  private static Map<String, Question> byId(List<Question> bank) {
    return bank.stream().collect(Collectors.toMap(Question::id, Function.identity()));
  }

  private static Map<String, Long> templateCounts(List<Question> questions) {
    return questions.stream()
        .map(q -> q.info().template())
        .filter(t -> !t.isEmpty())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}

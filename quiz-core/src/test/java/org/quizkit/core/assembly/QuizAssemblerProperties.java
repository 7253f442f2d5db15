package org.quizkit.core.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionArbitraries;
import org.quizkit.core.seed.Seeds;

class QuizAssemblerProperties {

  @Provide
  Arbitrary<List<Question>> banks() {
    return QuestionArbitraries.questions().list().ofMaxSize(20).uniqueElements(Question::id);
  }

  @Provide
  Arbitrary<Set<Kind>> kinds() {
    return Arbitraries.of(Kind.class).set().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Set<String>> tags() {
    return Arbitraries.of("bones", "liver", "brain", "lungs").set().ofMaxSize(2);
  }

  @Property
  void sameBankSpecAndSeedGiveAnEqualQuiz(
      @ForAll("banks") List<Question> bank,
      @ForAll @IntRange(min = 1, max = 15) int count,
      @ForAll("kinds") Set<Kind> kinds,
      @ForAll("tags") Set<String> tags,
      @ForAll long seed) {
    QuizSpec spec = new QuizSpec(count, kinds, tags, seed);
    Quiz first = QuizAssembler.assemble(bank, spec);
    Quiz second = QuizAssembler.assemble(new ArrayList<>(bank), spec);
    assertEquals(first, second);
  }

  @Property(tries = 250)
  void takesOnlyMatchingQuestionsAndAsManyAsAsked(
      @ForAll("banks") List<Question> bank,
      @ForAll @IntRange(min = 1, max = 15) int count,
      @ForAll("kinds") Set<Kind> kinds,
      @ForAll("tags") Set<String> tags,
      @ForAll long seed) {
    QuizSpec spec = new QuizSpec(count, kinds, tags, seed);
    Quiz quiz = QuizAssembler.assemble(bank, spec);
    long eligible = bank.stream().filter(spec::matches).count();
    Statistics.label("shortfall").collect(quiz.shortfall() > 0);
    assertEquals(Math.min(count, eligible), quiz.size());
    assertEquals(count - quiz.size(), quiz.shortfall());
    for (Question question : quiz.questions()) {
      assertTrue(kinds.isEmpty() || kinds.contains(question.kind()), question::toString);
      assertTrue(
          tags.isEmpty() || question.info().tags().stream().anyMatch(tags::contains),
          question::toString);
    }
  }

  @Property(tries = 250)
  void shufflesEachQuestionWithTheSeedDerivedForItsPosition(
      @ForAll("banks") List<Question> bank,
      @ForAll @IntRange(min = 1, max = 15) int count,
      @ForAll long seed) {
    Map<String, Question> byId =
        bank.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    Quiz quiz = QuizAssembler.assemble(bank, QuizSpec.of(count, seed));
    for (int i = 0; i < quiz.size(); i++) {
      Question asked = quiz.questions().get(i);
      Question original = byId.get(asked.id());
      assertEquals(original.shuffled(Seeds.random(Seeds.derive(seed, i))), asked);
    }
  }

  @Property(tries = 250)
  void givesTheSameQuizFromCandidatesAsFromTheBank(
      @ForAll("banks") List<Question> bank,
      @ForAll @IntRange(min = 1, max = 25) int count,
      @ForAll("kinds") Set<Kind> kinds,
      @ForAll("tags") Set<String> tags,
      @ForAll long seed) {
    QuizSpec spec = new QuizSpec(count, kinds, tags, seed);
    Map<String, Question> byId =
        bank.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    List<Candidate> candidates = bank.stream().map(Candidate::of).toList();
    assertEquals(
        QuizAssembler.assemble(bank, spec),
        QuizAssembler.assemble(candidates, spec, c -> byId.get(c.id())));
  }

  /** The point of candidates: a question the quiz does not ask is never made. */
  @Property(tries = 250)
  void makesOnlyTheQuestionsTheQuizAsksOnceEach(
      @ForAll("banks") List<Question> bank,
      @ForAll @IntRange(min = 1, max = 25) int count,
      @ForAll("kinds") Set<Kind> kinds,
      @ForAll("tags") Set<String> tags,
      @ForAll long seed) {
    Map<String, Question> byId =
        bank.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    List<String> made = new ArrayList<>();
    Quiz quiz =
        QuizAssembler.assemble(
            bank.stream().map(Candidate::of).toList(),
            new QuizSpec(count, kinds, tags, seed),
            c -> {
              made.add(c.id());
              return byId.get(c.id());
            });
    assertEquals(quiz.questions().stream().map(Question::id).toList(), made);
  }

  /**
   * Templates take turns: no template is used two more times than another that still had
   * questions to give.
   */
  @Property(tries = 250)
  void spreadsTheQuizAcrossTemplates(
      @ForAll("banks") List<Question> bank,
      @ForAll @IntRange(min = 1, max = 15) int count,
      @ForAll long seed) {
    Quiz quiz = QuizAssembler.assemble(bank, QuizSpec.of(count, seed));
    Map<String, Long> used = templateCounts(quiz.questions());
    Map<String, Long> available = templateCounts(bank);
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
  }

  private static Map<String, Long> templateCounts(List<Question> questions) {
    return questions.stream()
        .map(q -> q.info().template())
        .filter(t -> !t.isEmpty())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}

package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.core.assembly.Candidate;
import org.quizkit.core.question.Question;

/**
 * The generators on the dataset the project ships: every template finds subjects, keys keep the
 * contract, and the text reads cleanly. The full validity check over 10,000 seeds per template
 * lives with the independent oracle; this is the generators' own quick look. A failure prints its
 * seed: rerun it alone with {@code -DQT_SEED=N} (QuickTheories reads that system property).
 */
class BuiltInDatasetProperties {
  private static final Dataset DATASET = DatasetLoader.loadBuiltIn();
  private static final QuestionGenerators GENERATORS = QuestionGenerators.of(DATASET);

  /** Seams that show a sentence was put together wrongly. */
  private static final Pattern CLUMSY =
      Pattern.compile(
          "\\b(the the|nearby nearby|a a)\\b|\\s{2,}|\\.\\.|\\s[.,?]|\\?\\.",
          Pattern.CASE_INSENSITIVE);

  @Test
  void everyTemplateHasSomethingToAsk() {
    for (String template : GENERATORS.templateIds()) {
      assertFalse(GENERATORS.subjects(template).isEmpty(), template);
    }
  }

  /** As on the fixture: what a quiz picks by is what the bank holds, for every template. */
  @Test
  void thePlanDescribesEveryQuestionOfTheBank() {
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(seed -> thePlanDescribesEveryQuestionOfTheBank(seed));
  }

  private static void thePlanDescribesEveryQuestionOfTheBank(long seed) {
    List<Question> bank = GENERATORS.bank(seed);
    assertEquals(bank.size(), GENERATORS.plan().size());
    for (int i = 0; i < bank.size(); i++) {
      assertEquals(GENERATORS.plan().get(i), Candidate.of(bank.get(i)), bank.get(i).id());
    }
  }

  /**
   * A summary of where a cancer spreads keeps each fact's note, such as "as the cancer advances":
   * without it the summary would claim more than the source does.
   */
  @Test
  void summariesKeepTheNotesOfTheFactsTheyList() {
    for (String cancer : GENERATORS.subjects("most-site")) {
      String explanation =
          GENERATORS.generate("most-site", cancer, 1).info().explanation().toLowerCase(Locale.ROOT);
      for (SpreadFact fact : DATASET.facts()) {
        if (fact.cancer().equals(cancer) && !fact.uncertain() && !fact.note().isBlank()) {
          String note = fact.note().strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
          assertTrue(
              explanation.contains(note),
              () -> fact.id() + ": '" + note + "' not in: " + explanation);
        }
      }
    }
  }

  @Test
  void keysAgreeWithTheContract() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(seed -> keysAgreeWithTheContract(seed));
  }

  private static void keysAgreeWithTheContract(long seed) {
    for (String template : GENERATORS.templateIds()) {
      Question question = GENERATORS.generate(template, seed).orElseThrow();
      List<String> breaches = Inspect.breaches(question, DATASET);
      assertTrue(breaches.isEmpty(), () -> question.id() + ": " + breaches);
    }
  }

  @Test
  void textReadsWithoutSeams() {
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> textReadsWithoutSeams(seed));
  }

  private static void textReadsWithoutSeams(long seed) {
    for (Question question : GENERATORS.bank(seed)) {
      List<String> texts = new ArrayList<>();
      texts.add(question.stem());
      texts.add(question.info().explanation());
      Inspect.options(question)
          .forEach(
              o -> {
                texts.add(o.text());
                texts.add(o.feedback());
              });
      for (String text : texts) {
        assertFalse(CLUMSY.matcher(text).find(), () -> question.id() + ": " + text);
        assertFalse(
            !text.isEmpty() && Character.isLowerCase(text.charAt(0)),
            () -> question.id() + ": " + text);
      }
    }
  }
}

package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.generate.QuestionGenerators;
import org.quizkit.core.question.Question;

/**
 * Validity, the heart of the product: every question the generators make from the shipped dataset
 * is keyed exactly as the independent {@link Oracle} reads {@code docs/claims.md}. One property per
 * template, so a failure names the template and jqwik prints the seed to pin.
 *
 * <p>Each property also mis-keys the question it checked and expects the checker to object, so a
 * checker gone blind on real questions cannot pass unnoticed.
 */
class ValidityProperties {
  /** The template ids the properties below cover, in the generators' order. */
  private static final List<String> COVERED =
      List.of(
          "most-site",
          "most-sites-all",
          "most-cancer",
          "tier-statement",
          "most-match",
          "naming",
          "concept-statement",
          "concept-choice",
          "steps-order",
          "downstream-cause",
          "most-site-typed");

  // Both immutable and thread-safe; read once per run rather than once per try.
  private static final QuestionChecker CHECKER =
      new QuestionChecker(new Oracle(SpreadFile.fromResource(BuiltInFileTests.BUILT_IN)));
  private static final QuestionGenerators GENERATORS =
      QuestionGenerators.of(DatasetLoader.loadBuiltIn());

  @Example
  void everyTemplateHasAValidityProperty() {
    assertEquals(COVERED, GENERATORS.templateIds(), "add a property for each new template");
  }

  @Property(tries = 10000)
  void mostSiteQuestionsAreValid(@ForAll long seed) {
    checkTemplate("most-site", seed);
  }

  @Property(tries = 10000)
  void mostSitesAllQuestionsAreValid(@ForAll long seed) {
    checkTemplate("most-sites-all", seed);
  }

  @Property(tries = 10000)
  void mostCancerQuestionsAreValid(@ForAll long seed) {
    checkTemplate("most-cancer", seed);
  }

  @Property(tries = 10000)
  void tierStatementQuestionsAreValid(@ForAll long seed) {
    checkTemplate("tier-statement", seed);
  }

  @Property(tries = 10000)
  void mostMatchQuestionsAreValid(@ForAll long seed) {
    checkTemplate("most-match", seed);
  }

  @Property(tries = 10000)
  void namingQuestionsAreValid(@ForAll long seed) {
    checkTemplate("naming", seed);
  }

  @Property(tries = 10000)
  void conceptStatementQuestionsAreValid(@ForAll long seed) {
    checkTemplate("concept-statement", seed);
  }

  @Property(tries = 10000)
  void conceptChoiceQuestionsAreValid(@ForAll long seed) {
    checkTemplate("concept-choice", seed);
  }

  @Property(tries = 10000)
  void stepsOrderQuestionsAreValid(@ForAll long seed) {
    checkTemplate("steps-order", seed);
  }

  @Property(tries = 10000)
  void downstreamCauseQuestionsAreValid(@ForAll long seed) {
    checkTemplate("downstream-cause", seed);
  }

  @Property(tries = 10000)
  void mostSiteTypedQuestionsAreValid(@ForAll long seed) {
    checkTemplate("most-site-typed", seed);
  }

  /** A bank holds every template and subject at once; 200 banks is some 50,000 questions. */
  @Property(tries = 200)
  void everyQuestionOfABankIsValid(@ForAll long seed) {
    List<Question> bank = GENERATORS.bank(seed);
    assertFalse(bank.isEmpty(), "the bank is empty");
    List<String> violations = new ArrayList<>();
    for (Question question : bank) {
      violations.addAll(CHECKER.violations(question));
    }
    assertEquals(List.of(), violations);
    assertEquals(
        bank.size(), bank.stream().map(Question::id).distinct().count(), "question ids repeat");
  }

  private static void checkTemplate(String template, long seed) {
    Question question =
        GENERATORS
            .generate(template, seed)
            .orElseThrow(
                () -> new AssertionError("template " + template + " has no subject to ask about"));
    assertEquals(template, question.info().template(), "template named in info");
    List<String> violations = CHECKER.violations(question);
    assertTrue(violations.isEmpty(), () -> String.join("\n", violations) + "\nin " + question);
    Question misKeyed = WrongKeys.of(question);
    assertFalse(
        CHECKER.violations(misKeyed).isEmpty(),
        () -> "the checker passes a wrongly keyed question: " + misKeyed);
  }
}

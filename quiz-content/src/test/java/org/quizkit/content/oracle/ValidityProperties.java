package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.generate.QuestionGenerators;
import org.quizkit.core.question.Question;

/**
 * Validity, the heart of the product: every question the generators make from the shipped dataset
 * is keyed exactly as the independent {@link Oracle} reads {@code docs/claims.md}. One property per
 * template, so a failure names the template and QuickTheories prints the seed: rerun it alone with
 * {@code -DQT_SEED=N}.
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
          "most-site-typed",
          "cancer-statements-all",
          "cancer-statement-choice",
          "cancer-clue-typed",
          "term-match",
          "term-typed",
          "sequence-order",
          "reach-all");

  // Both immutable and thread-safe; read once per run rather than once per try.
  private static final QuestionChecker CHECKER =
      new QuestionChecker(new Oracle(SpreadFile.fromResource(BuiltInFileTests.BUILT_IN)));
  private static final QuestionGenerators GENERATORS =
      QuestionGenerators.of(DatasetLoader.loadBuiltIn());

  @Test
  void everyTemplateHasAValidityProperty() {
    assertEquals(COVERED, GENERATORS.templateIds(), "add a property for each new template");
  }

  @Test
  void mostSiteQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> mostSiteQuestionsAreValid(seed));
  }

  private static void mostSiteQuestionsAreValid(long seed) {
    checkTemplate("most-site", seed);
  }

  @Test
  void mostSitesAllQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> mostSitesAllQuestionsAreValid(seed));
  }

  private static void mostSitesAllQuestionsAreValid(long seed) {
    checkTemplate("most-sites-all", seed);
  }

  @Test
  void mostCancerQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> mostCancerQuestionsAreValid(seed));
  }

  private static void mostCancerQuestionsAreValid(long seed) {
    checkTemplate("most-cancer", seed);
  }

  @Test
  void tierStatementQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> tierStatementQuestionsAreValid(seed));
  }

  private static void tierStatementQuestionsAreValid(long seed) {
    checkTemplate("tier-statement", seed);
  }

  @Test
  void mostMatchQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> mostMatchQuestionsAreValid(seed));
  }

  private static void mostMatchQuestionsAreValid(long seed) {
    checkTemplate("most-match", seed);
  }

  @Test
  void namingQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> namingQuestionsAreValid(seed));
  }

  private static void namingQuestionsAreValid(long seed) {
    checkTemplate("naming", seed);
  }

  @Test
  void conceptStatementQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> conceptStatementQuestionsAreValid(seed));
  }

  private static void conceptStatementQuestionsAreValid(long seed) {
    checkTemplate("concept-statement", seed);
  }

  @Test
  void conceptChoiceQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> conceptChoiceQuestionsAreValid(seed));
  }

  private static void conceptChoiceQuestionsAreValid(long seed) {
    checkTemplate("concept-choice", seed);
  }

  @Test
  void stepsOrderQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> stepsOrderQuestionsAreValid(seed));
  }

  private static void stepsOrderQuestionsAreValid(long seed) {
    checkTemplate("steps-order", seed);
  }

  @Test
  void downstreamCauseQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> downstreamCauseQuestionsAreValid(seed));
  }

  private static void downstreamCauseQuestionsAreValid(long seed) {
    checkTemplate("downstream-cause", seed);
  }

  @Test
  void cancerStatementsAllQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> checkTemplate("cancer-statements-all", seed));
  }

  @Test
  void cancerStatementChoiceQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> checkTemplate("cancer-statement-choice", seed));
  }

  @Test
  void cancerClueTypedQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> checkTemplate("cancer-clue-typed", seed));
  }

  @Test
  void termMatchQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> checkTemplate("term-match", seed));
  }

  @Test
  void termTypedQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> checkTemplate("term-typed", seed));
  }

  @Test
  void sequenceOrderQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> checkTemplate("sequence-order", seed));
  }

  @Test
  void reachAllQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> checkTemplate("reach-all", seed));
  }

  @Test
  void mostSiteTypedQuestionsAreValid() {
    qt().withExamples(10000)
        .forAll(longs().all())
        .checkAssert(seed -> mostSiteTypedQuestionsAreValid(seed));
  }

  private static void mostSiteTypedQuestionsAreValid(long seed) {
    checkTemplate("most-site-typed", seed);
  }

  /** A bank holds every template and subject at once; 200 banks is some 50,000 questions. */
  @Test
  void everyQuestionOfABankIsValid() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(seed -> everyQuestionOfABankIsValid(seed));
  }

  private static void everyQuestionOfABankIsValid(long seed) {
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

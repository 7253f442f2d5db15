package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.generate.QuestionGenerators;
import org.quizkit.core.question.Question;

/**
 * The templates that reach the rest of the article (statements about each cancer, clues, terms,
 * sequences, reach) keyed exactly as the independent {@link Oracle} reads docs/claims.md, over many
 * seeds; and a mis-keyed copy of each question is caught, so the checker is not blind to them.
 */
class CoverageTemplatesProperties {
  private static final List<String> TEMPLATES =
      List.of(
          "cancer-statements-all",
          "cancer-statement-choice",
          "cancer-clue-typed",
          "term-match",
          "term-typed",
          "sequence-order",
          "reach-all",
          "concept-statement",
          "concept-choice",
          "downstream-cause");

  private static final QuestionChecker CHECKER =
      new QuestionChecker(new Oracle(SpreadFile.fromResource(BuiltInFileTests.BUILT_IN)));
  private static final QuestionGenerators GENERATORS =
      QuestionGenerators.of(DatasetLoader.loadBuiltIn());

  @Test
  void everySubjectOfEveryCoverageTemplateIsValidForAnySeed() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<String> violations = new ArrayList<>();
              for (String template : TEMPLATES) {
                for (String subject : GENERATORS.subjects(template)) {
                  Question question = GENERATORS.generate(template, subject, seed);
                  violations.addAll(CHECKER.violations(question));
                  if (CHECKER.violations(WrongKeys.of(question)).isEmpty()) {
                    violations.add("the checker passes a wrongly keyed " + question.id());
                  }
                }
              }
              assertEquals(List.of(), violations, "seed " + seed);
            });
  }

  @Test
  void everyCoverageTemplateHasSubjectsInTheBuiltInDataset() {
    for (String template : TEMPLATES) {
      assertFalse(GENERATORS.subjects(template).isEmpty(), template);
    }
  }
}

package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;

/** The oracle's test datasets and helpers for building and judging hand-made questions. */
final class Fixtures {
  static final String FIXTURE = "/org/quizkit/content/oracle/fixture.yaml";
  static final String TIES = "/org/quizkit/content/oracle/ties.yaml";
  static final String LUNG_SECTION = "Where it spreads / Lung";

  private Fixtures() {}

  static Oracle oracle() {
    return new Oracle(SpreadFile.fromResource(FIXTURE));
  }

  static QuestionChecker checker() {
    return new QuestionChecker(oracle());
  }

  static QuestionInfo info(String claim) {
    return info(claim, LUNG_SECTION);
  }

  static QuestionInfo info(String claim, String section) {
    return new QuestionInfo(
        "Because the dataset says so.",
        section,
        List.of(),
        "hand-made",
        "",
        claim,
        List.of(),
        Difficulty.MEDIUM);
  }

  /** Asserts the checker finds nothing wrong, showing what it found if it does. */
  static void assertValid(QuestionChecker checker, Question question) {
    assertEquals(List.of(), checker.violations(question));
  }

  /**
   * Asserts the checker finds exactly these problems: one violation per fragment, each fragment in
   * its own violation, so a broken question cannot pass for the wrong reason.
   */
  static void assertViolations(QuestionChecker checker, Question question, String... fragments) {
    List<String> found = checker.violations(question);
    assertEquals(
        fragments.length,
        found.size(),
        () -> "want " + Arrays.toString(fragments) + ", found:\n  " + String.join("\n  ", found));
    for (String fragment : fragments) {
      assertTrue(
          found.stream().anyMatch(v -> v.contains(fragment)),
          () -> "no violation mentions '" + fragment + "' in:\n  " + String.join("\n  ", found));
    }
  }
}

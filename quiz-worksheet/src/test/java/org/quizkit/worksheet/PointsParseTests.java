package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;
import org.quizkit.core.question.Kind;

class PointsParseTests {
  @Test
  void readsWeightsAsWrittenOnTheCommandLine() {
    assertEquals(
        Map.of(Kind.MULTIPLE_RESPONSE, 2, Kind.MATCHING, 3),
        Points.parse("multiple-response=2, matching=3").weights());
  }

  @Test
  void locatesABadWeightAtTheColumnWhereItsPartStarts() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class, () -> Points.parse("multiple-response=2,  matching=x"));

    assertEquals(
        new Diagnostic("points", 1, 23, "points for matching is 'x', not a whole number"),
        e.diagnostics().get(0));
    assertEquals("points:1:23: points for matching is 'x', not a whole number", e.getMessage());
  }

  @Test
  void locatesAnUnknownKindAndNamesTheKnownOnes() {
    WorksheetException e =
        assertThrows(WorksheetException.class, () -> Points.parse("matching=2,chart=1"));

    Diagnostic problem = e.diagnostics().get(0);
    assertEquals(12, problem.column(), e.getMessage());
    assertEquals(
        "unknown question kind 'chart' (known: " + Kind.knownIds() + ")", problem.message());
  }
}

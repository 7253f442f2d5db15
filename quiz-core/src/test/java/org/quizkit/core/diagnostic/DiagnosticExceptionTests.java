package org.quizkit.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticExceptionTests {
  /** The smallest subclass, as each module's exception is. */
  private static final class BadInput extends DiagnosticException {
    private static final long serialVersionUID = 1L;

    BadInput(List<Diagnostic> diagnostics) {
      super(diagnostics);
    }
  }

  @Test
  void rendersEveryProblemCompilerStyleThenTheirCount() {
    BadInput e =
        new BadInput(
            List.of(
                new Diagnostic("bank.json", 3, 7, "unknown field 'colour'"),
                new Diagnostic("bank.json", 9, 0, "questions must be an array"),
                new Diagnostic("bank.json", 0, 0, "a bank needs the field format")));
    String expected =
        "bank.json:3:7: unknown field 'colour'\n"
            + "bank.json:9: questions must be an array\n"
            + "bank.json: a bank needs the field format\n"
            + "3 problems";
    assertEquals(expected, e.render());
    assertEquals(expected, e.getMessage());
  }

  @Test
  void rendersASingleProblemAsItsOneLineWithoutACount() {
    BadInput e =
        new BadInput(List.of(new Diagnostic("modules.yaml", 2, 1, "unknown module 'chst'")));
    assertEquals("modules.yaml:2:1: unknown module 'chst'", e.render());
    assertEquals(e.render(), e.getMessage());
  }

  @Test
  void keepsItsOwnCopyOfTheProblems() {
    List<Diagnostic> problems = new ArrayList<>(List.of(new Diagnostic("a.csv", 1, 1, "empty")));
    BadInput e = new BadInput(problems);
    problems.clear();
    assertEquals(1, e.diagnostics().size());
  }

  @Test
  void rejectsAnExceptionWithoutProblems() {
    assertThrows(IllegalArgumentException.class, () -> new BadInput(List.of()));
  }
}

package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;

/**
 * Canvas QTI 1.2 stays DTD-valid and reads back whatever the text of the questions. A failure
 * prints its seed: rerun with {@code -DQT_SEED=N} (see {@link RandomQuestions}).
 */
class CanvasProperties {

  @Test
  void isValidAndReadsBack() {
    qt().withExamples(100)
        .forAll(ExportProperties.banks(), booleans().all())
        .checkAssert(
            (bank, pooled) -> {
              try {
                check(bank, pooled);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  private static void check(List<Question> bank, boolean pooled) throws Exception {
    ExportOptions options = CanvasTests.OPTIONS.withPoolSize(pooled ? 1 : 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportReport report = Exporters.canvas().write(bank, options, out);
    Set<String> skipped =
        report.skipped().stream().map(ExportReport.Note::questionId).collect(Collectors.toSet());
    List<Question> written = bank.stream().filter(q -> !skipped.contains(q.id())).toList();
    byte[] quiz = CanvasTests.quiz(bank, options);
    assertEquals(List.of(), Qti12Dtd.problems(quiz));
    // with pools, questions are grouped by module; compare as sets of reads
    List<CanvasReading.Read> read = CanvasReading.read(quiz);
    assertEquals(
        written.stream().map(CanvasExpectation::of).collect(Collectors.toSet()), Set.copyOf(read));
    assertEquals(written.size(), read.size());
  }
}

package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quizkit.core.question.Question;

/** Canvas QTI 1.2 stays DTD-valid and reads back whatever the text of the questions. */
class CanvasProperties {

  @Provide
  Arbitrary<List<Question>> banks() {
    return Banks.bank();
  }

  @Property(tries = 100)
  void isValidAndReadsBack(@ForAll("banks") List<Question> bank, @ForAll boolean pooled)
      throws Exception {
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
        written.stream().map(CanvasExpectation::of).collect(Collectors.toSet()),
        Set.copyOf(read));
    assertEquals(written.size(), read.size());
  }
}

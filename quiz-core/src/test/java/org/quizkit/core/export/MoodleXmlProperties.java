package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;

/**
 * Moodle XML reads back to the same texts, answers and grades whatever the text. A failure prints
 * its seed: rerun with {@code -DQT_SEED=N} (see {@link RandomQuestions}).
 */
class MoodleXmlProperties {

  @Test
  void readsBackWhatWasWritten() {
    qt().withExamples(150)
        .forAll(ExportProperties.banks())
        .checkAssert(
            (bank) -> {
              try {
                check(bank);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  private static void check(List<Question> bank) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportReport report = Exporters.moodleXml().write(bank, MoodleXmlTests.OPTIONS, out);
    Set<String> skipped =
        report.skipped().stream().map(ExportReport.Note::questionId).collect(Collectors.toSet());
    List<Question> written = bank.stream().filter(q -> !skipped.contains(q.id())).toList();
    List<MoodleXmlReading.Read> read = MoodleXmlReading.read(out.toByteArray());
    assertEquals(written.size(), read.size());
    for (int i = 0; i < written.size(); i++) {
      assertEquals(
          MoodleXmlExpectation.of(written.get(i)), MoodleXmlTests.withoutCategory(read.get(i)));
    }
  }
}

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

/** Moodle XML reads back to the same texts, answers and grades whatever the text. */
class MoodleXmlProperties {

  @Provide
  Arbitrary<List<Question>> banks() {
    return Banks.bank();
  }

  @Property(tries = 150)
  void readsBackWhatWasWritten(@ForAll("banks") List<Question> bank) throws Exception {
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

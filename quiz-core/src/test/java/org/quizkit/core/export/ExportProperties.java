package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quizkit.core.question.Question;

/** What every exporter promises, whatever the text of the questions. */
class ExportProperties {

  @Provide
  Arbitrary<List<Question>> banks() {
    return Banks.bank();
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of(Exporters.names());
  }

  @Property(tries = 150)
  void writesTheSameBytesForTheSameInput(
      @ForAll("formats") String format, @ForAll("banks") List<Question> bank, @ForAll long seed)
      throws IOException {
    Exporter exporter = Exporters.byName(format);
    ExportOptions options = ExportOptions.defaults().withSeed(seed).withPoolSize(1);
    assertArrayEquals(bytes(exporter, bank, options), bytes(exporter, bank, options));
  }

  @Property(tries = 150)
  void accountsForEveryQuestion(
      @ForAll("formats") String format, @ForAll("banks") List<Question> bank) throws IOException {
    ExportReport report =
        Exporters.byName(format).write(bank, ExportOptions.defaults(), new ByteArrayOutputStream());
    Set<String> ids = new HashSet<>();
    bank.forEach(q -> ids.add(q.id()));
    assertEquals(bank.size(), report.written() + report.skipped().size(), report.toString());
    assertTrue(
        report.skipped().stream().allMatch(note -> ids.contains(note.questionId())
            && !note.reason().isBlank()),
        report.toString());
    assertTrue(
        report.converted().stream().allMatch(note -> ids.contains(note.questionId())),
        report.toString());
  }

  private static byte[] bytes(Exporter exporter, List<Question> bank, ExportOptions options)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(bank, options, out);
    return out.toByteArray();
  }
}

package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import uk.ac.ed.ph.jqtiplus.value.Value;

/**
 * A teacher's dataset full of special characters ({@link SampleQuiz#hostile()}) and a seeded random
 * hostile bank come back through every reader the suite has: Moodle XML through a reader that drops
 * text as Moodle's does, the JSON bank through its own reader, QTI 2.1 through JQTI+. GIFT and
 * Aiken go through gift-pegjs, aiken-to-moodlexml and Moodle's rules in lms-check/check.js ({@link
 * LmsCheckExportTests} writes the files); here every question must at least be written.
 */
class HostileRoundTripTests {
  private static final Jqti JQTI = new Jqti();

  private static List<Question> random() {
    return LmsCheckFiles.randomBank(60, 20261205L);
  }

  @Test
  void moodleXmlReadsBackAsMoodleReadsIt() throws Exception {
    for (List<Question> bank : List.of(SampleQuiz.hostile(), random())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExportReport report = Exporters.moodleXml().write(bank, MoodleXmlTests.OPTIONS, out);
      List<Question> written = written(bank, report);
      if (bank.equals(SampleQuiz.hostile())) {
        assertEquals(bank, written, report.toString());
      }
      List<MoodleXmlReading.Read> read = MoodleXmlReading.read(out.toByteArray());
      assertEquals(written.size(), read.size());
      for (int i = 0; i < written.size(); i++) {
        assertEquals(
            MoodleXmlExpectation.of(written.get(i)),
            MoodleXmlTests.withoutCategory(read.get(i)),
            written.get(i).id());
      }
    }
  }

  @Test
  void jsonBankReadsBackEqual() throws IOException {
    for (List<Question> bank : List.of(SampleQuiz.hostile(), random())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exporters.json().write(bank, ExportOptions.defaults(), out);
      assertEquals(
          bank, Exporters.readJson(new ByteArrayInputStream(out.toByteArray()), "hostile.json"));
    }
  }

  @Test
  void qti21ItemsAreValidAndScoreTheKeyHighest() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Question> bank = SampleQuiz.hostile();
    ExportReport report = Exporters.qti21().write(bank, ExportOptions.defaults(), out);
    assertEquals(bank.size(), report.written(), report.toString());
    Path dir = Files.createTempDirectory("hostile-qti21");
    try {
      Qti21Tests.unzip(out.toByteArray(), dir);
      List<String> hrefs = Qti21Tests.itemHrefs(dir);
      assertEquals(bank.size(), hrefs.size());
      for (int i = 0; i < bank.size(); i++) {
        var result = JQTI.item(dir.resolve(hrefs.get(i)).toFile());
        assertEquals(List.of(), Jqti.problems(result), hrefs.get(i));
        QtiResponses responses = QtiResponses.of(bank.get(i));
        var item = result.getResolvedAssessmentItem();
        Map<String, Value> best = JQTI.run(item, Map.of("RESPONSE", responses.right()));
        assertEquals(responses.maxScore(), Jqti.number(best.get("SCORE")), hrefs.get(i));
        for (List<String> wrong : responses.wrong()) {
          double score = Jqti.number(JQTI.run(item, Map.of("RESPONSE", wrong)).get("SCORE"));
          assertTrue(score < responses.maxScore(), hrefs.get(i) + " scores " + score);
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void giftAndAikenWriteEveryQuestionTheyCanHold() throws IOException {
    List<Question> bank = SampleQuiz.hostile();
    ExportReport gift =
        Exporters.gift().write(bank, GiftTests.OPTIONS, new ByteArrayOutputStream());
    assertEquals(bank.size() - 1, gift.written(), gift.toString());
    assertEquals(
        List.of("sa-arrow 7"),
        gift.skipped().stream().map(ExportReport.Note::questionId).toList(),
        gift.toString());
    ExportReport aiken =
        Exporters.aiken().write(bank, ExportOptions.defaults(), new ByteArrayOutputStream());
    long held =
        bank.stream()
            .filter(q -> Set.of(Kind.SINGLE_CHOICE, Kind.TRUE_FALSE).contains(q.kind()))
            .count();
    assertEquals(held, aiken.written(), aiken.toString());
  }

  private static List<Question> written(List<Question> bank, ExportReport report) {
    Set<String> skipped =
        report.skipped().stream().map(ExportReport.Note::questionId).collect(Collectors.toSet());
    return bank.stream().filter(q -> !skipped.contains(q.id())).toList();
  }
}

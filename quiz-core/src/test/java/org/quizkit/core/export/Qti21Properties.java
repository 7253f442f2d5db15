package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import uk.ac.ed.ph.jqtiplus.value.Value;

/**
 * QTI 2.1 items stay valid and score right whatever the text of the questions. A failure prints its
 * seed: rerun with {@code -DQT_SEED=N} (see {@link RandomQuestions}).
 */
class Qti21Properties {
  private static final Jqti JQTI = new Jqti();

  @Test
  void everyWrittenItemIsValidAndScoresTheKeyHighest() {
    qt().withExamples(25)
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
    ExportReport report = Exporters.qti21().write(bank, ExportOptions.defaults(), out);
    Set<String> skipped =
        report.skipped().stream().map(ExportReport.Note::questionId).collect(Collectors.toSet());
    List<Question> written = bank.stream().filter(q -> !skipped.contains(q.id())).toList();
    Path dir = Files.createTempDirectory("qti21");
    try {
      Qti21Tests.unzip(out.toByteArray(), dir);
      List<String> hrefs = Qti21Tests.itemHrefs(dir);
      assertEquals(written.size(), hrefs.size());
      for (int i = 0; i < written.size(); i++) {
        var result = JQTI.item(dir.resolve(hrefs.get(i)).toFile());
        assertEquals(List.of(), Jqti.problems(result), hrefs.get(i));
        QtiResponses responses = QtiResponses.of(written.get(i));
        var item = result.getResolvedAssessmentItem();
        Map<String, Value> best = JQTI.run(item, Map.of("RESPONSE", responses.right()));
        assertEquals(responses.maxScore(), Jqti.number(best.get("SCORE")), hrefs.get(i));
        for (List<String> wrong : responses.wrong()) {
          double score = Jqti.number(JQTI.run(item, Map.of("RESPONSE", wrong)).get("SCORE"));
          assertTrue(
              score < responses.maxScore(), hrefs.get(i) + " scores " + score + " for " + wrong);
        }
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Writes the fixed quizzes and a seeded random bank for {@code lms-check/check.js}, each with what
 * the independent parser should read from it, worked out from the questions (not from the exported
 * text).
 */
class LmsCheckExportTests {
  private static final long SEED = 20261124L;

  @Test
  void writesGiftFilesAndWhatGiftPegjsShouldRead() throws IOException {
    ExportOptions options = GiftTests.OPTIONS;
    Function<Question, JsonNode> expect = q -> GiftExpectation.of(q, options);
    write(Exporters.gift(), "plain.gift", SampleQuiz.plain(), options, expect);
    write(Exporters.gift(), "meta.gift", SampleQuiz.metacharacters(), options, expect);
    write(Exporters.gift(), "hostile.gift", SampleQuiz.hostile(), options, expect);
    write(Exporters.gift(), "random.gift", LmsCheckFiles.randomBank(60, SEED), options, expect);
  }

  @Test
  void writesAikenFilesAndWhatAikenToMoodleXmlShouldRead() throws IOException {
    ExportOptions options = ExportOptions.defaults();
    Function<Question, JsonNode> expect = AikenExpectation::of;
    write(Exporters.aiken(), "plain.aiken.txt", SampleQuiz.plain(), options, expect);
    write(Exporters.aiken(), "meta.aiken.txt", SampleQuiz.metacharacters(), options, expect);
    write(Exporters.aiken(), "hostile.aiken.txt", SampleQuiz.hostile(), options, expect);
    write(
        Exporters.aiken(), "random.aiken.txt", LmsCheckFiles.randomBank(60, SEED), options, expect);
  }

  /**
   * Writes the random bank as a QTI 2.1 package (for an external package validator run by hand) and
   * checks that every question was written or reported as left out.
   */
  @Test
  void writesAQti21PackageOfTheRandomBank() throws IOException {
    ExportReport report =
        LmsCheckFiles.write(
            Exporters.qti21(),
            "random.qti21.zip",
            LmsCheckFiles.randomBank(60, SEED),
            ExportOptions.defaults().withPoolSize(5));
    assertEquals(60, report.written() + report.skipped().size());
  }

  /**
   * Writes the random bank for Canvas and QTI 3 (for external validators run by hand) and checks
   * the Canvas quiz against the QTI 1.2.1 DTD.
   */
  @Test
  void writesACanvasQuizOfTheRandomBank() throws Exception {
    ExportOptions options = ExportOptions.defaults().withPoolSize(3);
    List<Question> bank = LmsCheckFiles.randomBank(60, SEED);
    java.nio.file.Files.createDirectories(LmsCheckFiles.DIR);
    java.nio.file.Files.write(
        LmsCheckFiles.DIR.resolve("random.canvas.xml"), CanvasTests.quiz(bank, options));
    LmsCheckFiles.write(Exporters.qti3(), "random.qti3.zip", bank, options);
    assertEquals(List.of(), Qti12Dtd.problems(CanvasTests.quiz(bank, options)));
  }

  private static void write(
      Exporter exporter,
      String name,
      List<Question> questions,
      ExportOptions options,
      Function<Question, JsonNode> expectation)
      throws IOException {
    ExportReport report = LmsCheckFiles.write(exporter, name, questions, options);
    Set<String> skipped =
        report.skipped().stream().map(ExportReport.Note::questionId).collect(Collectors.toSet());
    ArrayNode expected = JsonMapper.builder().build().createArrayNode();
    for (Question question : questions) {
      if (!skipped.contains(question.id())) {
        expected.add(expectation.apply(question));
      }
    }
    assertEquals(expected.size(), report.written(), report.toString());
    LmsCheckFiles.expect(name, expected);
  }
}

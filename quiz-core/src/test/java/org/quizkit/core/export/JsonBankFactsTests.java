package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/** The bank JSON's version 2 fields: what a question tests and reveals. */
class JsonBankFactsTests {
  private static final Question DECLARING =
      new TrueFalse(
          "tf",
          "Lung cancer can reach the liver.",
          true,
          QuestionInfo.of("Yes.", "Lung")
              .withFacts(List.of("lung>liver", "answer:site:liver"), List.of("lung>liver")));

  private static List<Question> read(String json) {
    return Exporters.readJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bank.json");
  }

  private static String written(Question question) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.json().write(List.of(question), ExportOptions.defaults(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTestsAndRevealsAndReadsThemBack() throws IOException {
    String json = written(DECLARING);
    assertTrue(json.contains("\"version\" : 2"), json);
    assertTrue(json.contains("\"tests\" : [ \"lung>liver\", \"answer:site:liver\" ]"), json);
    assertTrue(json.contains("\"reveals\" : [ \"lung>liver\" ]"), json);
    assertEquals(List.of(DECLARING), read(json));
  }

  @Test
  void readsAVersionOneBankAsDeclaringNoFacts() throws IOException {
    String json =
        written(DECLARING)
            .replace("\"version\" : 2", "\"version\" : 1")
            .replaceAll(",\\s*\"tests\" : \\[[^]]*\\]", "")
            .replaceAll(",\\s*\"reveals\" : \\[[^]]*\\]", "");
    Question read = read(json).get(0);
    assertEquals(List.of(), read.info().tests());
    assertEquals(List.of(), read.info().reveals());
  }

  @Test
  void rejectsAVersionTwoQuestionWithoutTests() throws IOException {
    String json = written(DECLARING).replaceAll(",\\s*\"tests\" : \\[[^]]*\\]", "");
    BankReadException e = assertThrows(BankReadException.class, () -> read(json));
    assertTrue(e.getMessage().contains("field 'tests' must be an array"), e.getMessage());
  }

  @Test
  void rejectsFactsInAVersionOneBank() throws IOException {
    String json = written(DECLARING).replace("\"version\" : 2", "\"version\" : 1");
    BankReadException e = assertThrows(BankReadException.class, () -> read(json));
    assertTrue(e.getMessage().contains("unknown field 'tests'"), e.getMessage());
  }
}

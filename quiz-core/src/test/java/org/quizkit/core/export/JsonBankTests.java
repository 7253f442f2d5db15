package org.quizkit.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Question;

class JsonBankTests {

  static byte[] export(Exporter exporter, List<Question> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportReport report = exporter.write(questions, ExportOptions.defaults(), out);
    assertEquals(questions.size(), report.written());
    return out.toByteArray();
  }

  @Nested
  class Writing {
    @Test
    void writesEveryKindAsInTheGoldenFile() throws IOException {
      Golden.assertMatches("bank.json", export(Exporters.json(), SampleQuiz.plain()));
    }

    @Test
    void leavesOutAQuestionWithALoneSurrogateInsteadOfWritingAQuestionMark() throws IOException {
      Question plain = SampleQuiz.plain().get(0);
      Question lone =
          new org.quizkit.core.question.TrueFalse(
              "lone", "S \uD800 x", true, org.quizkit.core.question.QuestionInfo.of("E", "X"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExportReport report =
          Exporters.json().write(List.of(plain, lone), ExportOptions.defaults(), out);

      assertEquals(1, report.written());
      assertTrue(report.skipped().get(0).reason().contains("U+D800"), report.toString());
      assertEquals(
          List.of(plain),
          JsonBankReader.read(new ByteArrayInputStream(out.toByteArray()), "bank.json"));
    }

    @Test
    void rejectsTwoQuestionsWithOneId() {
      Question first = SampleQuiz.plain().get(0);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> export(Exporters.json(), List.of(first, first)));
      assertTrue(e.getMessage().contains("'sc-bone'"), e.getMessage());
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
      ByteArrayOutputStream out =
          new ByteArrayOutputStream() {
            @Override
            public void close() {
              throw new AssertionError("the exporter closed the caller's stream");
            }
          };
      Exporters.json().write(SampleQuiz.plain(), ExportOptions.defaults(), out);
      assertTrue(out.size() > 0);
    }
  }

  @Nested
  class Reading {
    @Test
    void readsBackTheSampleQuiz() throws IOException {
      byte[] json = export(Exporters.json(), SampleQuiz.metacharacters());
      assertEquals(SampleQuiz.metacharacters(), read(new String(json, StandardCharsets.UTF_8)));
    }

    @Test
    void reportsEveryBadQuestionWithItsPosition() {
      String json =
          """
          {"format": "quizkit-bank", "version": 1, "questions": [
            {"id": "a", "kind": "essay"},
            {"id": "b", "kind": "true-false", "stem": "S", "answer": "yes",
             "explanation": "E", "section": "X", "basis": [], "template": "", "subject": "",
             "claim": "", "tags": [], "difficulty": "medium"},
            {"id": "c", "kind": "single-choice", "stem": "S",
             "options": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}], "correct": ["z"],
             "explanation": "E", "section": "X", "basis": [], "template": "", "subject": "",
             "claim": "", "tags": [], "difficulty": "medium", "colour": "red"}
          ]}
          """;
      BankReadException e = assertThrows(BankReadException.class, () -> read(json));
      List<String> rendered = e.diagnostics().stream().map(Diagnostic::toString).toList();
      assertEquals(3, rendered.size(), rendered.toString());
      assertTrue(
          rendered.get(0).startsWith("bank.json:2:3: question 'a': unknown question kind 'essay'"),
          rendered.get(0));
      assertTrue(
          rendered.get(1).startsWith("bank.json:3:3: question 'b': field 'answer'"),
          rendered.get(1));
      assertTrue(
          rendered.get(2).startsWith("bank.json:6:3: question 'c': unknown field 'colour'"),
          rendered.get(2));
    }

    @Test
    void rejectsAnotherFormatOrVersion() {
      BankReadException e =
          assertThrows(
              BankReadException.class,
              () -> read("{\"format\": \"quizkit-delivery\", \"version\": 3, \"questions\": []}"));
      assertEquals(2, e.diagnostics().size(), e.getMessage());
      assertTrue(e.getMessage().contains("quizkit-delivery"), e.getMessage());
      assertTrue(e.getMessage().contains("versions 1 to 2"), e.getMessage());
    }

    @Test
    void reportsBrokenJsonWithItsPosition() {
      BankReadException e =
          assertThrows(BankReadException.class, () -> read("{\"format\": \"quizkit-bank\",\n  x"));
      assertEquals(2, e.diagnostics().get(0).line(), e.getMessage());
    }

    private List<Question> read(String json) {
      return Exporters.readJson(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bank.json");
    }
  }
}

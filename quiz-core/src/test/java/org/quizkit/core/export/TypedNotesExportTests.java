package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;

/** Short answers with notes and a key of several answers, through the formats that hold them. */
class TypedNotesExportTests {
  private static final ShortAnswer NOTED =
      new ShortAnswer(
          "typed-lung",
          "Name a place where lung cancer most often spreads.",
          List.of("liver", "bones", "bone"),
          List.of("liver", "bones"),
          List.of("skin"),
          List.of(
              new TypedAnswerNote(List.of("spine"), 1.0, "Part of the bones."),
              new TypedAnswerNote(List.of("other lung"), 0.0, "Reached, not most often."),
              new TypedAnswerNote(List.of("pleura"), 0.4, "")),
          QuestionInfo.of("Liver and bones.", "Lung"));

  private static byte[] write(Exporter exporter, List<? extends Question> questions)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(questions, ExportOptions.defaults(), out);
    return out.toByteArray();
  }

  private static List<Question> read(String json) {
    return Exporters.readJson(new ByteArrayInputStream(json.getBytes(UTF_8)), "bank.json");
  }

  @Test
  void readsBackTheNotesAndTheKeyItWrote() throws IOException {
    byte[] json = write(Exporters.byName("json"), List.of(NOTED));
    assertEquals(List.of(NOTED), Exporters.readJson(new ByteArrayInputStream(json), "bank.json"));
  }

  @Test
  void readsAVersionOneBankWithoutNotes() {
    List<Question> questions =
        read(
            """
            {"format": "quizkit-bank", "version": 1, "questions": [
              {"id": "s", "kind": "short-answer", "template": "", "subject": "", "stem": "Name it.",
               "accepted": ["bones", "bone"], "rivals": ["skin"], "explanation": "Bones.", "section": "Lung",
               "basis": [], "claim": "", "tags": [], "difficulty": "easy"}]}
            """);
    ShortAnswer question = (ShortAnswer) questions.get(0);
    assertEquals(List.of("bones"), question.keyed());
    assertEquals(List.of(), question.notes());
  }

  @Test
  void reportsANoteWithoutCreditAndAnUnknownNoteField() {
    BankReadException e =
        assertThrows(
            BankReadException.class,
            () ->
                read(
                    """
                    {"format": "quizkit-bank", "version": 2, "questions": [
                      {"id": "s", "kind": "short-answer", "template": "", "subject": "",
                       "stem": "Name it.", "accepted": ["bones"], "rivals": [],
                       "notes": [{"answers": ["spine"], "feedback": "", "colour": 1}],
                       "explanation": "", "section": "", "basis": [], "claim": "", "tags": [],
                       "difficulty": "easy"}]}
                    """));
    assertTrue(
        e.getMessage().contains("question 's': unknown field 'colour' in notes"), e.getMessage());
    assertTrue(
        e.getMessage().contains("field 'credit' of a note must be a number, is missing"),
        e.getMessage());
  }

  @Test
  void writesACreditMoodleHasNoGradeForAsTheNearestAndSaysSo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportReport report =
        Exporters.byName("gift").write(List.of(NOTED), ExportOptions.defaults(), out);
    String gift = out.toString(UTF_8);
    assertTrue(gift.contains("=spine#Part of the bones.\n"), gift);
    assertTrue(gift.contains("=%0%other lung#Reached, not most often.\n"), gift);
    assertTrue(gift.contains("=%40%pleura\n"), gift);
    assertEquals(List.of(), report.converted(), "40 is a Moodle grade");
    ShortAnswer odd =
        new ShortAnswer(
            "odd",
            "Name it.",
            List.of("bones"),
            List.of(),
            List.of(new TypedAnswerNote(List.of("spine"), 0.42, "")),
            QuestionInfo.of("Bones.", "Lung"));
    ExportReport oddReport =
        Exporters.byName("moodle-xml")
            .write(List.of(odd), ExportOptions.defaults(), new ByteArrayOutputStream());
    assertEquals(
        "odd: no Moodle grade for some notes: spine credit 0.42 written as 40%",
        oddReport.converted().get(0).toString());
  }
}

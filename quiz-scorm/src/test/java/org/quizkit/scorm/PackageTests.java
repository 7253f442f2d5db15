package org.quizkit.scorm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.ExportReport;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PackageTests {
  private static final ExportOptions OPTIONS =
      ExportOptions.defaults().withSeed(7).withTitle("Where cancers spread");

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
    List<Question> questions = Fixtures.everyKind(7, 2);
    byte[] once = Fixtures.write(Scorm.scorm2004(0.8), questions, OPTIONS);
    byte[] again = Fixtures.write(Scorm.scorm2004(0.8), questions, OPTIONS);
    assertArrayEquals(once, again);
    byte[] other = Fixtures.write(Scorm.scorm2004(0.8), questions, OPTIONS.withSeed(8));
    assertFalse(java.util.Arrays.equals(once, other));
  }

  @Test
  void entriesComeInAFixedOrderWithAFixedTime() throws Exception {
    byte[] zip = Fixtures.write(Scorm.scorm12(0.8), Fixtures.everyKind(7, 1), OPTIONS);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        assertEquals(
            java.time.LocalDateTime.of(2000, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
      }
    }
    assertEquals(
        List.of(
            "imsmanifest.xml",
            "index.html",
            "quizkit.css",
            "quizkit.js",
            "scoring.js",
            "player.js",
            "quiz-data.js"),
        names);
  }

  @Test
  void theDataReadBackGivesTheSameQuestions() {
    List<Question> questions = new ArrayList<>(Fixtures.everyKind(7, 2));
    questions.addAll(RandomQuestions.sample(RandomQuestions.hostile().banks(5, 10), 3, 1).get(0));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportReport report;
    try {
      report = Scorm.scorm2004(0.8).write(questions, OPTIONS, out);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    ObjectNode data = Fixtures.data(Fixtures.unzip(out.toByteArray()));
    List<String> skipped = report.skipped().stream().map(ExportReport.Note::questionId).toList();
    List<Question> kept = questions.stream().filter(q -> !skipped.contains(q.id())).toList();
    assertEquals(kept.size(), report.written());
    DeliveredQuiz delivered = Fixtures.delivered(kept, 7);
    List<String> ids = new ArrayList<>();
    int number = 0;
    for (JsonNode q : data.get("questions")) {
      String id = q.get("id").asString();
      ids.add(id);
      assertEquals(++number, q.get("number").asInt());
      JsonNode key = Fixtures.JSON.readTree(KeyCodec.unmask(id, q.get("key").asString()));
      List<Question> read =
          Exporters.readJson(
              new ByteArrayInputStream(
                  Fixtures.JSON
                      .writeValueAsString(key.get("bank"))
                      .getBytes(StandardCharsets.UTF_8)),
              id);
      assertEquals(List.of(delivered.question(id).orElseThrow()), read, id);
      assertEquals(delivered.question(id).orElseThrow().kind().id(), q.get("kind").asString());
    }
    assertEquals(delivered.ids(), ids);
  }

  @Test
  void noKeyIsInThePageOrInPlainSightInTheData() {
    List<Question> questions = Fixtures.everyKind(11, 4);
    Map<String, byte[]> entries =
        Fixtures.unzip(Fixtures.write(Scorm.scorm2004(0.8), questions, OPTIONS));
    String page = Fixtures.text(entries, "index.html");
    String data = Fixtures.text(entries, "quiz-data.js");
    List<String> secrets = secrets(questions);
    assertTrue(secrets.size() > 20, secrets.size() + " secrets");
    for (String secret : secrets) {
      assertFalse(page.contains(secret), "the page holds " + secret);
      assertFalse(data.contains(secret), "the data holds " + secret + " in plain sight");
    }
    // nor the bank's words for the key
    assertFalse(data.contains("\"correct\""));
    assertFalse(data.contains("\"accepted\""));
  }

  /**
   * What tells the key: explanations, the feedback of options and notes, the accepted answers of
   * short answers, and which option ids are right (the ids name the answer).
   */
  static List<String> secrets(List<Question> questions) {
    List<String> secrets = new ArrayList<>();
    for (Question q : questions) {
      if (q.info().explanation().length() > 12) {
        secrets.add(q.info().explanation());
      }
      for (Option option : q.shownOptions()) {
        if (option.feedback().length() > 12) {
          secrets.add(option.feedback());
        }
      }
      if (q instanceof ShortAnswer s) {
        s.accepted().stream()
            .filter(a -> a.length() > 3)
            .map(a -> "\"" + a + "\"")
            .forEach(secrets::add);
        for (TypedAnswerNote note : s.notes()) {
          if (note.feedback().length() > 12) {
            secrets.add(note.feedback());
          }
        }
      }
    }
    return secrets;
  }

  @Test
  void questionsThatShareAnIdAreRefused() {
    Question q = Fixtures.everyKind(7, 1).get(0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Scorm.scorm12(0.8).write(List.of(q, q), OPTIONS, new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains(q.id()), e.getMessage());
  }

  @Test
  void aPassMarkOutsideZeroToOneIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scorm.scorm2004(80));
    assertEquals("pass mark 80.0 is not a fraction from 0 to 1 (0.8 is 80 %)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scorm.scorm12(-0.1));
  }

  /**
   * The player's data (without the forms, which are quiz-web's markup and pinned there) and the
   * manifest of a known seed: a changed mask, key, order or number fails it.
   */
  @Test
  void thePackageOfAKnownSeedIsPinned() {
    byte[] zip = Fixtures.write(Scorm.scorm2004(0.8), Fixtures.everyKind(7, 2), OPTIONS);
    Map<String, byte[]> entries = Fixtures.unzip(zip);
    ObjectNode data = Fixtures.data(entries);
    data.get("questions").forEach(q -> ((ObjectNode) q).remove("form"));
    assertEquals(
        "12c0043c347ed93a 674cac7fff302eca",
        Hashing.sha256()
                .hashString(data.toString(), StandardCharsets.UTF_8)
                .toString()
                .substring(0, 16)
            + " "
            + Hashing.sha256()
                .hashBytes(entries.get("imsmanifest.xml"))
                .toString()
                .substring(0, 16));
  }
}

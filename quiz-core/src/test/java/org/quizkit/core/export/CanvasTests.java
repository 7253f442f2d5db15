package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.question.Question;

class CanvasTests {
  static final ExportOptions OPTIONS = ExportOptions.defaults().withTitle("Spread quiz");

  static Map<String, String> entries(List<Question> questions, ExportOptions options)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.canvas().write(questions, options, out);
    return Qti21Tests.entries(out.toByteArray());
  }

  /** The questestinterop file of the package. */
  static byte[] quiz(List<Question> questions, ExportOptions options) throws IOException {
    return entries(questions, options).entrySet().stream()
        .filter(e -> !e.getKey().equals("imsmanifest.xml"))
        .findFirst()
        .orElseThrow()
        .getValue()
        .getBytes(UTF_8);
  }

  @Nested
  class Package {
    @Test
    void writesTheManifestAndQuizAsInTheGoldenFile() throws IOException {
      StringBuilder text = new StringBuilder();
      for (Map.Entry<String, String> e :
          entries(SampleQuiz.plain(), OPTIONS.withPoolSize(2)).entrySet()) {
        text.append("=== ").append(e.getKey()).append('\n').append(e.getValue());
      }
      Golden.assertMatches("plain.canvas.txt", text.toString().getBytes(UTF_8));
    }

    @Test
    void manifestIsValidImsContentPackaging(@TempDir Path dir) throws Exception {
      Path manifest = dir.resolve("imsmanifest.xml");
      Files.writeString(manifest, entries(SampleQuiz.plain(), OPTIONS).get("imsmanifest.xml"));
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory
          .newSchema(CanvasTests.class.getResource("schemas/imscp_v1p1.xsd"))
          .newValidator()
          .validate(new StreamSource(manifest.toFile()));
    }

    @Test
    void listsTheQuizFileInTheManifest() throws IOException {
      Map<String, String> entries = entries(SampleQuiz.plain(), OPTIONS);
      assertEquals(
          List.of("imsmanifest.xml", "quiz-Spread_quiz/quiz-Spread_quiz.xml"),
          List.copyOf(entries.keySet()));
      assertTrue(
          entries
              .get("imsmanifest.xml")
              .contains(
                  "<resource identifier=\"quiz-Spread_quiz\" type=\"imsqti_xmlv1p2\" href=\"quiz-Spread_quiz/quiz-Spread_quiz.xml\">"));
    }
  }

  @Nested
  class Dtd {
    @Test
    void quizIsValidQti121WithAndWithoutPools() throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        assertEquals(List.of(), Qti12Dtd.problems(quiz(quiz, OPTIONS)));
        assertEquals(List.of(), Qti12Dtd.problems(quiz(quiz, OPTIONS.withPoolSize(1))));
      }
    }

    @Test
    void checkerRejectsAnElementOutOfPlace() throws Exception {
      String broken =
          new String(quiz(SampleQuiz.plain(), OPTIONS), UTF_8)
              .replaceFirst("<resprocessing>", "<resprocessing><material/>");
      assertFalse(Qti12Dtd.problems(broken.getBytes(UTF_8)).isEmpty());
    }
  }

  @Nested
  class Reading {
    @Test
    void readsBackEveryStemOptionAndRightAnswer() throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        List<CanvasReading.Read> read = CanvasReading.read(quiz(quiz, OPTIONS));
        assertEquals(quiz.stream().map(CanvasExpectation::of).toList(), read);
      }
    }

    @Test
    void makesAQuestionGroupPerModuleWithAPool() throws IOException {
      String text = new String(quiz(SampleQuiz.plain(), OPTIONS.withPoolSize(2)), UTF_8);
      assertTrue(text.contains("<section ident=\"group-3\" title=\"routes\">"), text);
      assertTrue(text.contains("<selection_number>2</selection_number>"), text);
      assertFalse(new String(quiz(SampleQuiz.plain(), OPTIONS), UTF_8).contains("selection"));
    }
  }
}

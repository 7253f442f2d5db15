package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;

class MoodleXmlTests {
  static final ExportOptions OPTIONS = ExportOptions.defaults().withTitle("Spread quiz");

  static byte[] xml(List<Question> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.moodleXml().write(questions, OPTIONS, out);
    return out.toByteArray();
  }

  @Nested
  class GoldenFiles {
    @Test
    void writesEveryKindAsInTheGoldenFile() throws IOException {
      Golden.assertMatches("plain.moodle.xml", xml(SampleQuiz.plain()));
    }

    @Test
    void escapesMetacharactersAsInTheGoldenFile() throws IOException {
      Golden.assertMatches("meta.moodle.xml", xml(SampleQuiz.metacharacters()));
    }
  }

  @Nested
  class Reading {
    @Test
    void readsBackEveryTextAnswerAndGrade() throws Exception {
      for (List<Question> quiz : List.of(SampleQuiz.plain(), SampleQuiz.metacharacters())) {
        List<MoodleXmlReading.Read> read = MoodleXmlReading.read(xml(quiz));
        assertEquals(quiz.size(), read.size());
        for (int i = 0; i < quiz.size(); i++) {
          MoodleXmlReading.Read expected = MoodleXmlExpectation.of(quiz.get(i));
          MoodleXmlReading.Read actual = read.get(i);
          assertEquals(expected, withoutCategory(actual), quiz.get(i).id());
        }
      }
    }

    @Test
    void putsEachModuleInItsOwnCategory() throws Exception {
      List<String> categories =
          MoodleXmlReading.read(xml(SampleQuiz.plain())).stream()
              .map(MoodleXmlReading.Read::category)
              .distinct()
              .toList();
      assertEquals(
          List.of(
              "$course$/top/Spread quiz/breast",
              "$course$/top/Spread quiz/lung",
              "$course$/top/Spread quiz/routes"),
          categories);
    }

    @Test
    void writesTextAsEscapedHtml() throws IOException {
      String text = new String(xml(SampleQuiz.metacharacters()), UTF_8);
      // the stem holds "a<b>&c": HTML-escaped, then XML-escaped
      assertTrue(text.contains("Pick a&amp;lt;b&amp;gt;&amp;amp;c"), text);
    }
  }

  @Nested
  class Conversions {
    @Test
    void writesOrderingAsMatchingAndSaysSo() throws IOException {
      ExportReport report =
          Exporters.moodleXml()
              .write(List.of(SampleQuiz.plain().get(4)), OPTIONS, new ByteArrayOutputStream());
      assertTrue(report.converted().get(0).reason().startsWith("ordering written as matching"));
    }
  }

  static MoodleXmlReading.Read withoutCategory(MoodleXmlReading.Read read) {
    return new MoodleXmlReading.Read(
        null,
        read.type(),
        read.name(),
        read.idNumber(),
        read.stem(),
        read.generalFeedback(),
        read.answers(),
        read.pairs(),
        read.tags(),
        read.single());
  }
}

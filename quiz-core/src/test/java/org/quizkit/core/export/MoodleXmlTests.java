package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TrueFalse;

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
      // the stem holds "a<b>&c": HTML-escaped, then in CDATA as Moodle writes it
      assertTrue(text.contains("<![CDATA[Pick a&lt;b&gt;&amp;c"), text);
    }
  }

  /** What Moodle's reader and pages make of the file ({@link MoodleXmlReading}). */
  @Nested
  class AsMoodleReadsIt {
    @Test
    void keepsTheSpaceBetweenEscapedCharactersInAShortAnswer() throws Exception {
      ShortAnswer question =
          new ShortAnswer("sa", "Name it.", List.of("bones & <joints>"), List.of(), info());
      MoodleXmlReading.Read read = MoodleXmlReading.read(xml(List.of(question))).get(0);
      assertEquals("bones & <joints>", read.answers().get(0).text());
    }

    @Test
    void showsMatchingChoicesAsTyped() throws Exception {
      Matching question =
          new Matching(
              "ma",
              "Match.",
              List.of(Option.of("p1", "Breast"), Option.of("p2", "Lung")),
              List.of(
                  Option.of("c1", "Bones & <joints>"),
                  Option.of("c2", "Lungs &amp; pleura"),
                  Option.of("c3", "a \"b\" 'c'")),
              Map.of("p1", "c1", "p2", "c2"),
              info());
      MoodleXmlReading.Read read = MoodleXmlReading.read(xml(List.of(question))).get(0);
      assertEquals(
          List.of("Bones & <joints>", "Lungs &amp; pleura", "a \"b\" 'c'"),
          read.pairs().stream().map(MoodleXmlReading.Pair::choice).toList());
    }

    @Test
    void acceptsAnAsteriskInAShortAnswerOnlyAsItself() throws Exception {
      ShortAnswer question =
          new ShortAnswer("sa", "Spell it.", List.of("skel*ton", "a\\*"), List.of(), info());
      MoodleXmlReading.Read read = MoodleXmlReading.read(xml(List.of(question))).get(0);
      assertEquals(
          List.of("skel*ton", "a\\*"),
          read.answers().stream().map(MoodleXmlReading.Answer::text).toList());
    }

    @Test
    void showsOrderingPositionsInOrder() throws Exception {
      MoodleXmlReading.Read read =
          MoodleXmlReading.read(xml(List.of(SampleQuiz.plain().get(4)))).get(0);
      assertEquals("false", read.shuffle());
      assertEquals(
          List.of("1", "2", "3"),
          read.pairs().stream().map(MoodleXmlReading.Pair::premise).toList());
    }

    @Test
    void givesEveryVersionItsOwnIdNumbers() throws Exception {
      Set<String> seen = new HashSet<>();
      for (String version : List.of("A", "B")) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.moodleXml().write(SampleQuiz.plain(), OPTIONS.withVersion(version), out);
        for (MoodleXmlReading.Read read : MoodleXmlReading.read(out.toByteArray())) {
          assertTrue(seen.add(read.idNumber()), read.idNumber() + " in two versions");
          assertTrue(read.idNumber().endsWith("@" + version), read.idNumber());
        }
      }
    }

    @Test
    void writesNoIdNumberMoodleWouldChange() throws Exception {
      TrueFalse question = new TrueFalse("ends with a backslash\\", "S", true, info());
      assertEquals(null, MoodleXmlReading.read(xml(List.of(question))).get(0).idNumber());
    }
  }

  private static QuestionInfo info() {
    return QuestionInfo.of("E", "X");
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

    @Test
    void skipsMultipleResponseWithMoreRightOptionsThanMoodleCanGrade() throws IOException {
      ExportReport report =
          Exporters.moodleXml()
              .write(
                  List.of(multipleResponse("ten", 10), multipleResponse("eleven", 11)),
                  OPTIONS,
                  new ByteArrayOutputStream());
      assertEquals(1, report.written(), report.toString());
      assertEquals(
          List.of(
              new ExportReport.Note(
                  "eleven", "has 11 right options; Moodle has no grade that is 100% / 11")),
          report.skipped());
    }
  }

  private static Question multipleResponse(String id, int right) {
    List<Option> options = new java.util.ArrayList<>();
    List<String> correct = new java.util.ArrayList<>();
    for (int i = 0; i <= right; i++) {
      options.add(Option.of("o" + i, "Option " + i));
      if (i < right) {
        correct.add("o" + i);
      }
    }
    return new MultipleResponse(id, "Pick the right ones", options, correct, info());
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
        read.single(),
        read.shuffle());
  }
}

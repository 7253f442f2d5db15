package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TrueFalse;

class GiftTests {
  static final ExportOptions OPTIONS = ExportOptions.defaults().withTitle("Spread quiz");

  static String gift(List<Question> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.gift().write(questions, OPTIONS, out);
    return out.toString(UTF_8);
  }

  static ExportReport report(List<Question> questions) throws IOException {
    return Exporters.gift().write(questions, OPTIONS, new ByteArrayOutputStream());
  }

  @Nested
  class GoldenFiles {
    @Test
    void writesEveryKindAsInTheGoldenFile() throws IOException {
      Golden.assertMatches("plain.gift", gift(SampleQuiz.plain()).getBytes(UTF_8));
    }

    @Test
    void escapesMetacharactersAsInTheGoldenFile() throws IOException {
      Golden.assertMatches("meta.gift", gift(SampleQuiz.metacharacters()).getBytes(UTF_8));
    }
  }

  @Nested
  class Escaping {
    @Test
    void escapesEverySpecialCharacterAndTheBackslash() {
      assertEquals("a\\~\\=\\#\\{\\}\\:\\\\b", GiftExporter.escape("a~=#{}:\\b"));
    }

    @Test
    void writesEveryLineBreakAsBackslashN() {
      assertEquals("a\\nb\\nc\\nd", GiftExporter.escape("a\nb\r\nc\rd"));
    }

    @Test
    void leavesHtmlCharactersAloneBecauseTextIsPlain() {
      assertEquals("<b> & \"x\" 'y'", GiftExporter.escape("<b> & \"x\" 'y'"));
    }
  }

  @Nested
  class Grading {
    @Test
    void splitsMultipleResponseCreditSoThatChoosingEverythingScoresNothing() throws IOException {
      String text = gift(List.of(SampleQuiz.plain().get(1)));
      assertTrue(text.contains("~%33.33333%Brain"), text);
      assertTrue(text.contains("~%-100%Fingernail#Nails are never named."), text);
    }

    @Test
    void capsThePenaltyAtTheSmallestShareMoodleOffers() throws IOException {
      List<Option> options =
          IntStream.range(0, 13).mapToObj(i -> Option.of("o" + i, "O" + i)).toList();
      String text =
          gift(List.of(new MultipleResponse("m", "S", options, List.of("o0", "o1"), info())));
      assertTrue(text.contains("~%50%O0"), text);
      assertTrue(text.contains("~%-10%O12"), text);
    }

    @Test
    void skipsMultipleResponseWithMoreRightOptionsThanMoodleCanGrade() throws IOException {
      List<Option> options =
          IntStream.range(0, 12).mapToObj(i -> Option.of("o" + i, "O" + i)).toList();
      List<String> right = options.stream().limit(11).map(Option::id).toList();
      ExportReport report = report(List.of(new MultipleResponse("m", "S", options, right, info())));
      assertEquals(0, report.written());
      assertEquals("m", report.skipped().get(0).questionId());
      assertTrue(report.skipped().get(0).reason().contains("100% / 11"), report.toString());
    }
  }

  @Nested
  class Conversions {
    @Test
    void writesOrderingAsMatchingOfPositionsAndSaysSo() throws IOException {
      Question ordering = SampleQuiz.plain().get(4);
      String text = gift(List.of(ordering));
      assertTrue(
          text.contains(
              "=1 -> Cells break away from the first tumour\n=2 -> The cells travel in blood or lymph\n"),
          text);
      ExportReport report = report(List.of(ordering));
      assertEquals(1, report.written());
      assertTrue(report.converted().get(0).reason().startsWith("ordering written as matching"));
    }

    @Test
    void writesUnpairedChoicesAsDistractors() throws IOException {
      assertTrue(gift(List.of(SampleQuiz.plain().get(3))).contains("\n= -> Eye\n"));
    }

    @Test
    void skipsMatchingWhosePremiseHoldsAnArrow() throws IOException {
      Matching matching =
          new Matching(
              "arrow",
              "S",
              List.of(Option.of("a", "x -> y"), Option.of("b", "B")),
              List.of(Option.of("c", "C"), Option.of("d", "D")),
              Map.of("a", "c", "b", "d"),
              info());
      ExportReport report = report(List.of(matching));
      assertEquals(
          List.of("arrow"), report.skipped().stream().map(ExportReport.Note::questionId).toList());
      assertTrue(report.skipped().get(0).reason().contains("'x -> y'"));
    }

    @Test
    void skipsAnswersThatStartLikeAWeight() throws IOException {
      ShortAnswer question = new ShortAnswer("pct", "S", List.of("%50% off"), List.of(), info());
      ExportReport report = report(List.of(question));
      assertTrue(report.skipped().get(0).reason().contains("'%50% off'"), report.toString());
    }

    @Test
    void startsACategoryPerModuleAndOneForQuestionsWithout() throws IOException {
      Question untagged = new TrueFalse("t", "S", true, info());
      String text = gift(List.of(SampleQuiz.plain().get(0), untagged));
      assertTrue(text.contains("$CATEGORY: $course$/top/Spread quiz/breast\n"), text);
      assertTrue(text.contains("$CATEGORY: $course$/top/Spread quiz\n"), text);
    }
  }

  /** What Moodle makes of the file, beyond what gift-pegjs checks in lms-check/check.js. */
  @Nested
  class AsMoodleReadsIt {
    @Test
    void writesIdNumberAndTagsOnACommentLineBeforeEachQuestion() throws IOException {
      String text = gift(List.of(SampleQuiz.plain().get(0)));
      assertTrue(
          text.contains("\n// [id:sc-bone] [tag:module:breast] [tag:sample]\n::sc-bone::"), text);
    }

    @Test
    void escapesTheClosingBracketAndLeavesOutWhatMoodleWouldChange() throws IOException {
      QuestionInfo tagged =
          new QuestionInfo(
              "E", "X", List.of(), "", "", "", List.of("a]b", "x<y", " padded"), Difficulty.EASY);
      String text = gift(List.of(new TrueFalse("t]1", "S", true, tagged)));
      assertTrue(text.contains("\n// [id:t\\]1] [tag:a\\]b]\n::t]1::"), text);
    }

    @Test
    void numbersEveryVersionApart() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exporters.gift().write(List.of(SampleQuiz.plain().get(2)), OPTIONS.withVersion("C"), out);
      assertTrue(out.toString(UTF_8).contains("// [id:tf-lymph@C]"), out.toString(UTF_8));
    }

    @Test
    void escapesMatchingChoicesForMoodlesStringFormatter() throws IOException {
      Matching matching =
          new Matching(
              "m",
              "S",
              List.of(Option.of("a", "A"), Option.of("b", "B")),
              List.of(Option.of("c", "Bones & <joints>"), Option.of("d", "Lungs &amp; pleura")),
              Map.of("a", "c", "b", "d"),
              info());
      String text = gift(List.of(matching));
      assertTrue(text.contains("=A -> Bones &amp; &lt;joints&gt;\n"), text);
      assertTrue(text.contains("=B -> Lungs &amp;amp; pleura\n"), text);
    }

    @Test
    void escapesTheAsteriskOfAShortAnswer() throws IOException {
      String text =
          gift(List.of(new ShortAnswer("s", "S", List.of("skel*ton"), List.of(), info())));
      // Moodle's wildcard escape \* with GIFT's escape of the backslash
      assertTrue(text.contains("\n=skel\\\\*ton\n"), text);
    }

    @Test
    void leavesOutAShortAnswerWithAnArrowWhichMoodleWouldReadAsMatching() throws IOException {
      ShortAnswer question = new ShortAnswer("s", "S", List.of("x", "<!-- -->"), List.of(), info());
      ExportReport report = report(List.of(question));
      assertEquals(0, report.written());
      assertTrue(report.skipped().get(0).reason().contains("'<!-- -->'"), report.toString());
    }

    @Test
    void leavesOutAQuestionWithALoneSurrogateInsteadOfWritingAQuestionMark() throws IOException {
      ExportReport report = report(List.of(new TrueFalse("t", "S \uD800 x", true, info())));
      assertEquals(0, report.written());
      assertTrue(report.skipped().get(0).reason().contains("U+D800"), report.toString());
    }
  }

  private static QuestionInfo info() {
    return QuestionInfo.of("E", "X");
  }
}

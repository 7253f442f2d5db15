package org.quizkit.core.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

class AikenTests {

  static String aiken(List<Question> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.aiken().write(questions, ExportOptions.defaults(), out);
    return out.toString(UTF_8);
  }

  static ExportReport report(List<Question> questions) throws IOException {
    return Exporters.aiken()
        .write(questions, ExportOptions.defaults(), new ByteArrayOutputStream());
  }

  @Nested
  class GoldenFiles {
    @Test
    void writesChoiceQuestionsAsInTheGoldenFile() throws IOException {
      Golden.assertMatches("plain.aiken.txt", aiken(SampleQuiz.plain()).getBytes(UTF_8));
    }

    @Test
    void writesMetacharactersUnchangedAsInTheGoldenFile() throws IOException {
      Golden.assertMatches("meta.aiken.txt", aiken(SampleQuiz.metacharacters()).getBytes(UTF_8));
    }
  }

  @Nested
  class LeavingOut {
    @Test
    void reportsEveryOtherKindWithItsKind() throws IOException {
      ExportReport report = report(SampleQuiz.plain());
      assertEquals(2, report.written());
      assertEquals(
          List.of(
              "mr-lung: multiple response: Aiken holds single-choice questions only",
              "ma-sites: matching: Aiken holds single-choice questions only",
              "or-steps: ordering: Aiken holds single-choice questions only",
              "sa-name: short answer: Aiken holds single-choice questions only"),
          report.skipped().stream().map(ExportReport.Note::toString).toList());
    }

    @Test
    void skipsAStemThatWouldBeReadAsAnOption() throws IOException {
      ExportReport report = report(List.of(new TrueFalse("t", "B) is wrong", true, info())));
      assertTrue(report.skipped().get(0).reason().contains("starts like an Aiken option"));
    }

    @Test
    void leavesOutAQuestionWithALoneSurrogateInsteadOfWritingAQuestionMark() throws IOException {
      ExportReport report = report(List.of(new TrueFalse("t", "Stem \uDC00 x", true, info())));
      assertEquals(0, report.written());
      assertTrue(report.skipped().get(0).reason().contains("U+DC00"), report.toString());
    }

    @Test
    void holdsOnlySingleChoiceAndTrueFalse() {
      assertEquals(
          java.util.EnumSet.of(
              org.quizkit.core.question.Kind.SINGLE_CHOICE,
              org.quizkit.core.question.Kind.TRUE_FALSE),
          Exporters.aiken().kinds());
    }

    @Test
    void skipsMoreOptionsThanLetters() throws IOException {
      List<Option> options =
          java.util.stream.IntStream.range(0, 27)
              .mapToObj(i -> Option.of("o" + i, "O" + i))
              .toList();
      ExportReport report = report(List.of(new SingleChoice("s", "Stem", options, "o0", info())));
      assertTrue(report.skipped().get(0).reason().contains("27 options"), report.toString());
    }
  }

  @Nested
  class Converting {
    @Test
    void writesTrueFalseAsAChoiceOfTrueOrFalse() throws IOException {
      String text = aiken(List.of(new TrueFalse("t", "Sky is green.", false, info())));
      assertEquals("Sky is green.\nA. True\nB. False\nANSWER: B\n", text);
      assertTrue(
          report(List.of(new TrueFalse("t", "Sky.", false, info())))
              .converted()
              .get(0)
              .reason()
              .contains("True / False"));
    }

    @Test
    void flattensLineBreaksAndSaysSo() throws IOException {
      Question question =
          new SingleChoice(
              "s",
              "Two\nlines\r\nhere",
              List.of(Option.of("a", "x\ry"), Option.of("b", "z")),
              "b",
              info());
      assertEquals("Two lines here\nA. x y\nB. z\nANSWER: B\n", aiken(List.of(question)));
      assertTrue(report(List.of(question)).converted().get(0).reason().startsWith("line breaks"));
    }

    @Test
    void separatesQuestionsWithOneBlankLine() throws IOException {
      String text =
          aiken(
              List.of(
                  new TrueFalse("a", "One.", true, info()),
                  new TrueFalse("b", "Two.", true, info())));
      assertEquals(
          "One.\nA. True\nB. False\nANSWER: A\n\nTwo.\nA. True\nB. False\nANSWER: A\n", text);
    }
  }

  private static QuestionInfo info() {
    return QuestionInfo.of("E", "X");
  }
}

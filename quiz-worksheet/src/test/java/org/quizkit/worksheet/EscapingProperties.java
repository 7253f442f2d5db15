package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * Dataset text full of markup characters is printed as text, never interpreted. A failure prints
 * its seed: rerun with {@code -DQT_SEED=N} (see {@link org.quizkit.core.question.RandomQuestions}).
 */
class EscapingProperties {
  private static final List<String> FRAGMENTS =
      List.of(
          "<",
          ">",
          "&",
          "\"",
          "'",
          "&amp;",
          "&lt;",
          "<script>alert(1)</script>",
          "</legend>",
          "</fieldset>",
          "<!--",
          "-->",
          "]]>",
          "<![CDATA[",
          "\" onclick=\"x",
          "' id='q1",
          "<b>bold</b>",
          "*",
          "_",
          "`",
          "[x](y)",
          "|",
          "#",
          "\\",
          "$",
          "^",
          "~",
          "@",
          "!",
          "{",
          "}",
          " ",
          "\n",
          "\t",
          "\u0001",
          "\u00e9",
          "\u2192",
          "word");

  /** Fragments joined; a blank join gets a word, as dataset text is never blank. */
  private static Gen<String> nasty() {
    return lists()
        .of(Generate.pick(FRAGMENTS))
        .ofSizeBetween(1, 8)
        .map(parts -> String.join("", parts))
        .map(text -> text.isBlank() ? text + "word" : text);
  }

  @Test
  void htmlShowsDatasetTextLiterally() {
    qt().withExamples(60)
        .forAll(nasty(), nasty(), nasty(), nasty())
        .checkAssert(
            (title, stem, option, explanation) -> {
              try {
                showsLiterally(title, stem, option, explanation);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  private static void showsLiterally(String title, String stem, String option, String explanation)
      throws Exception {
    QuestionInfo info =
        new QuestionInfo(
            explanation, "section " + stem, List.of(), "", "", "", List.of(), Difficulty.EASY);
    List<Question> questions =
        List.of(
            new SingleChoice(
                "id " + option,
                stem,
                List.of(new Option("a", option, "", explanation), Option.of("b", "plain")),
                "a",
                info),
            new TrueFalse("tf", option, false, info));
    WorksheetSpec spec = WorksheetSpec.defaults(title);
    Version version = new Version("A", questions);
    String sheetHtml = HtmlSheet.render(spec, version);
    String keyHtml = HtmlKey.render(spec, version);

    for (String html : List.of(sheetHtml, keyHtml)) {
      // the PDF renderer parses the page as XML: it must always be well-formed
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      Document page = Jsoup.parse(html);
      assertTrue(page.select("script, b").isEmpty(), "markup in text was interpreted");
      for (Element element : page.getAllElements()) {
        element.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), a.getKey()));
      }
      assertEquals(shown(title), page.selectFirst("h1").text());
    }

    Document sheet = Jsoup.parse(sheetHtml);
    assertEquals(2, sheet.select("fieldset").size());
    // four boxes, and six header lines (name, student ID, course, teacher, date, time allowed)
    assertEquals(4, sheet.select("input.box").size());
    assertEquals(10, sheet.select("input").size());
    assertEquals(10, sheet.select("label").size());
    assertEquals(shown("1. " + stem + " (1 point)"), sheet.select("legend").get(0).text());
    assertEquals(shown("2. " + option + " (1 point)"), sheet.select("legend").get(1).text());
    assertEquals(shown("A " + option), sheet.select("li.question label").get(0).text());
    assertEquals(List.of("q1", "q2"), sheet.select("li.question").eachAttr("id"));

    Document key = Jsoup.parse(keyHtml);
    assertEquals(shown(explanation), key.select(".explanation").get(0).text());
    assertEquals(shown("A: " + explanation), key.selectFirst("ul.notes > li").text());
    String source = key.select(".source").get(0).text();
    assertTrue(source.endsWith(shown("Question id: id " + option)), source);
  }

  @Test
  void markdownEscapesEveryMarkupCharacterAndLosesNoText() {
    qt().withExamples(200).forAll(nasty()).checkAssert(EscapingProperties::escapesAndLosesNothing);
  }

  private static void escapesAndLosesNothing(String text) {
    String escaped = Markdown.escape(text);
    assertFalse(escaped.contains("\n") || escaped.contains("\r"), escaped);
    StringBuilder unescaped = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\') {
        i++;
        assertTrue(i < escaped.length(), "dangling backslash in " + escaped);
        assertTrue("\\`*_{}[]<>#|~^$@&!".indexOf(escaped.charAt(i)) >= 0, escaped);
        unescaped.append(escaped.charAt(i));
      } else {
        assertTrue("\\`*_{}[]<>#|~^$@&!".indexOf(c) < 0, "bare '" + c + "' in " + escaped);
        unescaped.append(c);
      }
    }
    String expected =
        text.replaceAll("\\R", " ")
            .strip()
            .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\ufffd");
    assertEquals(expected, unescaped.toString());
  }

  /**
   * What a browser shows for dataset text: XML-forbidden control characters as U+FFFD, white space
   * collapsed as jsoup's {@code text()} does.
   */
  private static String shown(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\ufffd")
        .replaceAll("[ \\t\\n\\r\\f]+", " ")
        .strip();
  }
}

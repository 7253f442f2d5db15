package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.worksheet.WorksheetSpec.Paper;

class HtmlTests {
  static final WorksheetSpec SPEC =
      WorksheetSpec.defaults("Science check").withCount(6).withVersions(2).withSeed(42);
  final List<Version> versions = Worksheets.versions(Banks.small(), SPEC);
  final Version versionA = versions.get(0);
  final String sheetHtml = HtmlSheet.render(SPEC, versionA);
  final Document sheet = Jsoup.parse(sheetHtml);
  final Document key = Jsoup.parse(HtmlKey.render(SPEC, versionA));

  /** The list item of the question with this id on the student sheet. */
  Element item(String questionId) {
    int index = VersionsTests.order(versionA).indexOf(questionId);
    return sheet.select("ol.questions > li.question").get(index);
  }

  @Nested
  class StudentSheet {
    @Test
    void declaresLanguageAndTitle() {
      assertEquals("en", sheet.selectFirst("html").attr("lang"));
      assertEquals("Science check \u00b7 Version A", sheet.title());
    }

    @Test
    void headerHasTitleTotalAndAnEmptyLineForEachField() {
      assertEquals("Science check", sheet.selectFirst("header h1").text());
      assertEquals(
          "Version A \u00b7 6 questions \u00b7 6 points",
          sheet.selectFirst("header .subtitle").text());
      Elements labels = sheet.select("header table.fill-in th");
      assertEquals(
          List.of("Name", "Student ID", "Course", "Teacher", "Date", "Time allowed"),
          labels.eachText());
      assertEquals(6, sheet.select("header table.fill-in td > input.blank").size());
      assertEquals("Score: / 6", sheet.selectFirst("header p.score").text());
    }

    @Test
    void putsEachQuestionInANumberedFieldsetWithItsStemAsLegend() {
      Elements items = sheet.select("main > ol.questions > li.question");
      assertEquals(6, items.size());
      for (int i = 0; i < items.size(); i++) {
        Elements fieldsets = items.get(i).select("fieldset");
        assertEquals(1, fieldsets.size());
        Element legend = fieldsets.first().child(0);
        assertEquals("legend", legend.tagName());
        assertEquals(
            (i + 1) + ". " + versionA.questions().get(i).stem() + " (1 point)", legend.text());
      }
    }

    @Test
    void labelsEveryBox() {
      Elements inputs = sheet.select("input");
      assertFalse(inputs.isEmpty());
      for (Element input : inputs) {
        String id = input.id();
        assertFalse(id.isEmpty());
        // boxes and header lines have a label; letter boxes and answer lines an aria-label
        int labels = sheet.select("label[for=" + id + "]").size();
        assertEquals(1, labels + (input.hasAttr("aria-label") ? 1 : 0), id);
      }
    }

    @Test
    void givesChoiceQuestionsOneLetteredBoxPerOption() {
      SingleChoice single = (SingleChoice) find("planet");
      Elements radios = item("planet").select("input[type=radio]");
      assertEquals(single.options().size(), radios.size());
      for (int i = 0; i < single.options().size(); i++) {
        String label = sheet.selectFirst("label[for=" + radios.get(i).id() + "]").text();
        assertEquals((char) ('A' + i) + " " + single.options().get(i).text(), label);
      }
      MultipleResponse multiple = (MultipleResponse) find("prime");
      assertEquals(multiple.options().size(), item("prime").select("input[type=checkbox]").size());
    }

    @Test
    void givesTrueFalseTwoLabelledBoxes() {
      Elements labels = item("water").select("label");
      assertEquals(List.of("True", "False"), labels.eachText());
      assertEquals(2, item("water").select("input[type=radio]").size());
    }

    @Test
    void givesMatchingATwoColumnTableWithABoxPerItem() {
      Matching matching = (Matching) find("capital");
      Element table = item("capital").selectFirst("table.matching");
      assertEquals(2, table.select("thead th").size());
      Elements rows = table.select("tbody tr");
      assertEquals(matching.choices().size(), rows.size());
      assertEquals(matching.premises().size(), table.select(".write-in").size());
      assertEquals("1. " + matching.premises().get(0).text(), rows.get(0).child(0).text());
      assertEquals("D " + matching.choices().get(3).text(), rows.get(3).child(1).text());
    }

    @Test
    void givesOrderingLetteredItemsAndANumberedSlotEach() {
      Ordering ordering = (Ordering) find("sizes");
      assertEquals(ordering.items().size(), item("sizes").select("ul.items > li").size());
      Elements slots = item("sizes").select("ol.slots > li");
      assertEquals(List.of("1.", "2.", "3."), slots.eachText());
      slots.forEach(slot -> assertEquals(1, slot.select(".write-in").size()));
    }

    @Test
    void givesShortAnswersALineToWriteOrTypeOn() {
      assertEquals(1, item("gas").select("p.rule > input.typed[type=text]").size());
      assertEquals(1, item("gas").select("input").size());
    }

    @Test
    void footerNamesVersionSeedAndPageCounter() {
      assertEquals("Version A \u00b7 seed 42", sheet.selectFirst("footer").text());
      String css = sheet.selectFirst("style").data();
      assertTrue(css.contains("size: A4;"), css);
      assertTrue(css.contains("counter(page)") && css.contains("counter(pages)"), css);
      assertTrue(css.contains("page-break-inside: avoid"), css);
    }

    @Test
    void usesTheSpecsPaper() {
      String letter = HtmlSheet.render(SPEC.withPaper(Paper.LETTER), versionA);
      assertTrue(Jsoup.parse(letter).selectFirst("style").data().contains("size: letter;"), letter);
    }

    @Test
    void printsNothingOfTheKey() {
      for (String secret : keyOnly(versionA.questions())) {
        assertFalse(sheetHtml.contains(secret), secret);
      }
      assertTrue(sheet.select("[checked], [value], [data-correct]").isEmpty());
      assertFalse(sheetHtml.contains("Answer key"));
      assertFalse(sheetHtml.contains("Marking grid"));
    }
  }

  @Nested
  class AnswerKey {
    @Test
    void gridMatchesTheLettersPrintedOnTheSheet() {
      Elements rows = key.select("table.grid tr");
      assertEquals(1, rows.size());
      String[] cells = rows.get(0).select("td").stream().map(Element::text).toArray(String[]::new);
      assertEquals(10, cells.length);
      assertEquals("", cells[6]);
      // check single choice independently: the letter in the grid labels the right option
      int number = VersionsTests.order(versionA).indexOf("planet") + 1;
      String letter = cells[number - 1].substring(String.valueOf(number).length() + 1);
      SingleChoice planet = (SingleChoice) find("planet");
      String correctText =
          planet.options().stream()
              .filter(o -> o.id().equals(planet.correct()))
              .map(Option::text)
              .findFirst()
              .orElseThrow();
      Element input = item("planet").selectFirst("input#q" + number + "-" + letter.toLowerCase());
      assertEquals(
          letter + " " + correctText, sheet.selectFirst("label[for=" + input.id() + "]").text());
    }

    @Test
    void givesEveryQuestionItsAnswerExplanationAndSource() {
      Elements entries = key.select("ol.answers > li.answer");
      assertEquals(6, entries.size());
      for (int i = 0; i < entries.size(); i++) {
        Question question = versionA.questions().get(i);
        Element entry = entries.get(i);
        assertEquals(
            (i + 1) + ". " + question.stem() + " (1 point)", entry.selectFirst("h3").text());
        assertFalse(entry.select("ul.key-lines > li").isEmpty());
        assertEquals(question.info().explanation(), entry.selectFirst(".explanation").text());
        assertTrue(entry.selectFirst(".source").text().contains(question.info().section()));
      }
    }

    @Test
    void spellsOutShortAnswersWithTheAlternatives() {
      int number = VersionsTests.order(versionA).indexOf("gas") + 1;
      Element entry = key.select("ol.answers > li.answer").get(number - 1);
      assertEquals(List.of("carbon dioxide"), entry.select("ul.key-lines > li").eachText());
      assertEquals(List.of("Also accepted: CO2"), entry.select("ul.notes > li").eachText());
    }

    @Test
    void footerNamesTheKeyVersionAndSeed() {
      assertEquals("Answer key, version A \u00b7 seed 42", key.selectFirst("footer").text());
      assertTrue(key.select("input").isEmpty());
    }
  }

  Question find(String id) {
    return versionA.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  /** Texts only a key may print: explanations, sources, option feedback, accepted answers. */
  static List<String> keyOnly(List<Question> questions) {
    List<String> secrets = new ArrayList<>();
    for (Question question : questions) {
      secrets.add(question.info().explanation());
      secrets.add(question.info().section());
      Texts.printed(question).stream()
          .filter(text -> text.startsWith("Feedback "))
          .forEach(secrets::add);
      if (question instanceof ShortAnswer shortAnswer) {
        secrets.addAll(shortAnswer.accepted());
      }
    }
    return secrets;
  }
}

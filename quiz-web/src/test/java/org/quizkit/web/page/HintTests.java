package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.RandomQuestions;

/** What a learner is told about a form that is not yet an answer, and how the form shows it. */
class HintTests {
  private static final Pages PAGES = Pages.create();
  private static final DeliveredQuiz QUIZ = Quizzes.everyKind(RandomQuestions.plain(), 5);

  private static Posted read(Kind kind, Map<String, List<String>> fields) {
    return PAGES.read(QUIZ, Quizzes.idOf(QUIZ, kind), fields);
  }

  private static String hint(Kind kind, Map<String, List<String>> fields) {
    Posted posted = read(kind, fields);
    assertTrue(posted instanceof Posted.Hint, posted.toString());
    return ((Posted.Hint) posted).message();
  }

  @Test
  void singleChoiceWantsOneKnownOption() {
    assertEquals("Choose one option.", hint(Kind.SINGLE_CHOICE, Map.of()));
    assertEquals(
        "Choose only one option: 2 are chosen.",
        hint(Kind.SINGLE_CHOICE, Map.of("selected", List.of("a", "b"))));
    assertEquals(
        "There is no option \u201cz<\u201d here. Choose one option.",
        hint(Kind.SINGLE_CHOICE, Map.of("selected", List.of("z<"))));
  }

  @Test
  void multipleResponseWantsAtLeastOne() {
    assertEquals(
        "Choose every option that applies: none is chosen.",
        hint(Kind.MULTIPLE_RESPONSE, Map.of("selected", List.of())));
  }

  @Test
  void trueFalseNamesWhatWasSent() {
    assertEquals("Choose true or false.", hint(Kind.TRUE_FALSE, Map.of("answer", List.of())));
    assertEquals(
        "\u201cyes\u201d is neither true nor false. Choose true or false.",
        hint(Kind.TRUE_FALSE, Map.of("answer", List.of("yes"))));
  }

  @Test
  void matchingNamesThePremiseWithoutAMatchAndAMatchGivenTwice() {
    String premise = Shown.of(QUIZ, Quizzes.idOf(QUIZ, Kind.MATCHING)).premises().get(1).text();
    String choice = Shown.of(QUIZ, Quizzes.idOf(QUIZ, Kind.MATCHING)).choices().get(0).text();
    assertEquals(
        "Give every item a match: 2 (\u201c" + premise + "\u201d) has none.",
        hint(Kind.MATCHING, Map.of("pair.1", List.of("a"), "pair.2", List.of(""))));
    assertEquals(
        "Each match once: a (\u201c" + choice + "\u201d) is given to 1 and 2.",
        hint(Kind.MATCHING, Map.of("pair.1", List.of("a"), "pair.2", List.of("a"))));
  }

  @Test
  void orderingNamesTheItemWithoutAPlaceAndAPlaceGivenTwice() {
    Shown shown = Shown.of(QUIZ, Quizzes.idOf(QUIZ, Kind.ORDERING));
    assertEquals(
        "Give every item a place: a (\u201c" + shown.items().get(0).text() + "\u201d) has none.",
        hint(Kind.ORDERING, Map.of()));
    assertEquals(
        "Each place once: 1 is given to a and b.",
        hint(Kind.ORDERING, Map.of("place.a", List.of("1"), "place.b", List.of("1"))));
    assertEquals(
        "There is no place \u201c0\u201d for a (\u201c"
            + shown.items().get(0).text()
            + "\u201d): places go from 1 to "
            + shown.items().size()
            + ".",
        hint(Kind.ORDERING, Map.of("place.a", List.of("0"))));
  }

  @Test
  void shortAnswerWantsTextThatIsNotTooLong() {
    assertEquals("Type your answer.", hint(Kind.SHORT_ANSWER, Map.of("text", List.of("  "))));
    assertEquals(
        "Your answer is 1001 characters long; type at most 1000, a word or a few.",
        hint(Kind.SHORT_ANSWER, Map.of("text", List.of("x".repeat(1001)))));
  }

  @Test
  void formWithAHintShowsItTiesItToEveryInputAndKeepsWhatWasChosen() {
    String id = Quizzes.idOf(QUIZ, Kind.ORDERING);
    Map<String, List<String>> posted = Map.of("place.a", List.of("1"), "place.b", List.of("1"));
    Posted.Hint hint = (Posted.Hint) PAGES.read(QUIZ, id, posted);
    Element form =
        Jsoup.parseBodyFragment(PAGES.questionForm(QUIZ, id, new Form("/a", ""), hint, posted))
            .selectFirst("form");
    Element shown = form.selectFirst(".hint");
    assertEquals("alert", shown.attr("role"));
    assertTrue(shown.text().endsWith(hint.message()), shown.text());
    assertTrue(form.selectFirst("fieldset").attr("aria-describedby").contains(shown.id()));
    for (Element select : form.select("select")) {
      assertEquals(shown.id(), select.attr("aria-describedby"));
      assertEquals("true", select.attr("aria-invalid"));
    }
    assertEquals("1", form.selectFirst("select[name=place.b] option[selected]").val());
  }
}

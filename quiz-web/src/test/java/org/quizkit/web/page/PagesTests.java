package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.scoring.Feedback;

/** The front door's contract: field names, the frame, feedback, assets. */
class PagesTests {
  private static final Pages PAGES = Pages.create();
  private static final DeliveredQuiz QUIZ = Quizzes.everyKind(RandomQuestions.plain(), 5);
  private static final Form FORM = new Form("/answer", "tok&en");

  private static Element form(Kind kind) {
    return Jsoup.parseBodyFragment(PAGES.questionForm(QUIZ, Quizzes.idOf(QUIZ, kind), FORM))
        .selectFirst("form");
  }

  @Test
  void formPostsTheQuestionAndTheTokenToTheAction() {
    Element form = form(Kind.TRUE_FALSE);
    assertEquals("post", form.attr("method"));
    assertEquals("/answer", form.attr("action"));
    assertEquals(
        Quizzes.idOf(QUIZ, Kind.TRUE_FALSE), form.selectFirst("input[name=question]").val());
    assertEquals("tok&en", form.selectFirst("input[type=hidden][name=csrf]").val());
    assertTrue(form.selectFirst("fieldset > legend").text().startsWith("Question 3 of 6 "));
    assertEquals(1, form.select("button[type=submit]").size());
  }

  @Test
  void answeredShowsTheQuestionsNumberAndStemAndNoOption() {
    for (Kind kind : Kind.values()) {
      String id = Quizzes.idOf(QUIZ, kind);
      Element legend = form(kind).selectFirst("fieldset > legend");
      Element answered =
          Jsoup.parseBodyFragment(PAGES.answered(QUIZ, id)).selectFirst("p.answered");
      assertEquals(legend.text(), answered.text(), kind.toString());
      assertTrue(answered.select("input, select, label").isEmpty(), kind.toString());
    }
  }

  @Test
  void formLeavesTheTokenOutWhenThereIsNone() {
    String html = PAGES.questionForm(QUIZ, QUIZ.ids().get(0), new Form("#", ""));
    assertTrue(Jsoup.parseBodyFragment(html).select("input[name=csrf]").isEmpty(), html);
  }

  @Test
  void everyKindHasTheContractsFieldNames() {
    assertEquals(
        "radio", form(Kind.SINGLE_CHOICE).selectFirst("input[name=selected]").attr("type"));
    assertEquals(
        "checkbox", form(Kind.MULTIPLE_RESPONSE).selectFirst("input[name=selected]").attr("type"));
    assertEquals(
        List.of("true", "false"),
        form(Kind.TRUE_FALSE).select("input[name=answer]").eachAttr("value"));
    Element matching = form(Kind.MATCHING).selectFirst("select[name=pair.1]");
    assertEquals("", matching.selectFirst("option").val());
    assertEquals("a", matching.select("option").get(1).val());
    Element ordering = form(Kind.ORDERING).selectFirst("select[name=place.a]");
    assertEquals("", ordering.selectFirst("option").val());
    assertEquals("1", ordering.select("option").get(1).val());
    assertEquals("text", form(Kind.SHORT_ANSWER).selectFirst("input[name=text]").attr("type"));
  }

  @Test
  void readGivesResponseJsonOrAHint() {
    String id = Quizzes.idOf(QUIZ, Kind.TRUE_FALSE);
    assertEquals(
        new Posted.Answer("{\"answer\":false}"),
        PAGES.read(QUIZ, id, Map.of("answer", List.of("false"))));
    assertEquals(new Posted.Hint("Choose true or false."), PAGES.read(QUIZ, id, Map.of()));
  }

  @Test
  void readRefusesAQuestionNotInTheQuiz() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PAGES.read(QUIZ, "qnope", Map.of()));
    assertTrue(e.getMessage().contains("'qnope'"), e.getMessage());
  }

  @Test
  void feedbackSaysRightOrNotAndLinksOn() {
    String id = Quizzes.idOf(QUIZ, Kind.TRUE_FALSE);
    Feedback feedback = QUIZ.score(id, "{\"answer\":true}");
    Element section =
        Jsoup.parseBodyFragment(
                PAGES.feedback(feedback, new FeedbackLinks("/next", "Next question")))
            .selectFirst("section#feedback");
    assertEquals("status", section.attr("role"));
    assertTrue(section.selectFirst("h2").text().contains("of 1 point"), section.outerHtml());
    assertTrue(section.text().contains("Correct answer: " + feedback.correctAnswerText()));
    assertEquals("/next", section.selectFirst("a").attr("href"));
  }

  @Test
  void documentFramesTheMainContent() {
    Document page =
        Jsoup.parse(
            PAGES.document(
                new Frame("Practice", "/assets/", List.of(new Frame.Link("/", "Home", true))),
                "<p>Body</p>"));
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals("#main", page.selectFirst("a.skip").attr("href"));
    assertEquals("Body", page.selectFirst("main#main p").text());
    assertEquals("/assets/quizkit.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals("/assets/quizkit.js", page.selectFirst("script").attr("src"));
    assertEquals("page", page.selectFirst("nav a").attr("aria-current"));
  }

  @Test
  void stylesheetAndScriptAreTheResources() {
    assertTrue(PAGES.stylesheet().contains(":focus-visible"));
    assertTrue(PAGES.script().contains("quizkit"));
    assertInstanceOf(String.class, PAGES.script());
  }
}

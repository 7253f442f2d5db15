package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.scoring.Feedback;

/** Feedback says what the terminal says: verdict and points, credit, key, why, source. */
class FeedbackTests {
  private static final Pages PAGES = Pages.create();
  private static final DeliveredQuiz QUIZ = Quizzes.everyKind(RandomQuestions.plain(), 5);

  private static Element section(String html) {
    return Jsoup.parseBodyFragment(html).selectFirst("section#feedback");
  }

  @Test
  void partlyRightOrderingSaysHowManyAreInPlace() {
    String id = Quizzes.idOf(QUIZ, Kind.ORDERING);
    int n = Shown.of(QUIZ, id).items().size();
    String response = inViewOrder(n);
    Feedback feedback = QUIZ.score(id, response);
    Element section = section(PAGES.feedback(QUIZ, id, response, FeedbackLinks.none()));
    long inPlace = Math.round(feedback.score().value() * n);
    String points = FeedbackHtml.points(feedback.score().value());
    assertFalse(feedback.fullyRight(), "the view never shows the items in their order");
    assertEquals(
        inPlace + " of " + n + " in the right place: " + points + " of 1 point.",
        section.selectFirst(".credit").text());
    assertTrue(section.selectFirst("h2").text().endsWith("(" + points + " of 1 point)"));
  }

  @Test
  void multipleResponseWithEveryOptionCountsWrongPicks() {
    String id = Quizzes.idOf(QUIZ, Kind.MULTIPLE_RESPONSE);
    List<Shown.Labelled> options = Shown.of(QUIZ, id).options();
    StringBuilder all = new StringBuilder("{\"selected\":[");
    for (int i = 0; i < options.size(); i++) {
      all.append(i == 0 ? "" : ",").append('"').append(options.get(i).label()).append('"');
    }
    String response = all.append("]}").toString();
    Feedback feedback = QUIZ.score(id, response);
    Element section = section(PAGES.feedback(QUIZ, id, response, FeedbackLinks.none()));
    assertFalse(feedback.fullyRight(), "the pinned seed keys only some options");
    String credit = section.selectFirst(".credit").text();
    assertTrue(credit.matches("\\d+ right picks?, \\d+ wrong picks?: .* of 1 point.*"), credit);
  }

  @Test
  void verdictKeyWhyAndSourceByItsTitle() {
    String id = Quizzes.idOf(QUIZ, Kind.TRUE_FALSE);
    Feedback right = QUIZ.score(id, "{\"answer\":true}");
    Feedback wrong = QUIZ.score(id, "{\"answer\":false}");
    Pages titled = PAGES.withSectionTitles(Map.of(right.section(), "Where <it> spreads"));
    for (Feedback feedback : List.of(right, wrong)) {
      Element section = section(titled.feedback(feedback, FeedbackLinks.none()));
      String verdict = section.selectFirst("h2").text();
      assertEquals(
          feedback.fullyRight() ? "\u2713 Right (1 of 1 point)" : "\u2717 Not right (0 of 1 point)",
          verdict);
      assertEquals(
          "Correct answer: " + feedback.correctAnswerText(), section.selectFirst(".key").text());
      assertEquals(feedback.explanation(), section.selectFirst(".why").text());
      assertEquals("Source: Where <it> spreads", section.selectFirst(".source").text());
      assertTrue(section.select("a").isEmpty());
    }
  }

  private static String inViewOrder(int n) {
    StringBuilder order = new StringBuilder("{\"order\":[");
    for (int i = 0; i < n; i++) {
      order.append(i == 0 ? "" : ",").append("\"").append((char) ('a' + i)).append("\"");
    }
    return order.append("]}").toString();
  }
}

package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.scoring.Feedback;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Texts full of {@code & < > " '} and arbitrary Unicode come out as the same text, never as markup:
 * an HTML parser reads back the view's stem and options from the form, and the key, explanation and
 * source from the feedback, and finds no element or attribute they could have made.
 */
class EscapingProperties {
  private static final Pages PAGES = Pages.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void formShowsTheViewsTextsAsText() {
    qt().withExamples(300)
        .forAll(RandomQuestions.hostile().any(), longs().all())
        .checkAssert(
            (question, seed) -> {
              DeliveredQuiz quiz = Quizzes.of(List.of(question), seed);
              String id = quiz.ids().get(0);
              JsonNode view = JSON.readTree(quiz.json()).get("questions").get(0);
              String html = PAGES.questionForm(quiz, id, new Form("/a?x=<\"'&>", "t<\"'&>"));
              Element form = Jsoup.parseBodyFragment(html).selectFirst("form");
              assertEquals("/a?x=<\"'&>", form.attr("action"));
              assertEquals("t<\"'&>", form.selectFirst("input[name=csrf]").val());
              assertEquals(
                  parsed(view.get("stem").asString()),
                  form.selectFirst("legend .stem").wholeText(),
                  html);
              List<String> texts = new ArrayList<>();
              for (String field : List.of("options", "premises", "items")) {
                if (view.has(field)) {
                  view.get(field)
                      .forEach(
                          o ->
                              texts.add(
                                  parsed(
                                      o.get("id").asString() + ". " + o.get("text").asString())));
                }
              }
              List<String> shown = new ArrayList<>();
              form.select(".options label, .rows label").forEach(l -> shown.add(l.wholeText()));
              if (!texts.isEmpty()) {
                assertEquals(texts, shown, html);
              }
              assertTrue(form.select("script, style, iframe, img, a").isEmpty(), html);
              form.getAllElements()
                  .forEach(
                      e ->
                          e.attributes()
                              .forEach(
                                  a ->
                                      assertTrue(
                                          ALLOWED.contains(a.getKey()),
                                          a.getKey() + " in " + html)));
            });
  }

  @Test
  void feedbackShowsTheKeyAndWhyAsText() {
    qt().withExamples(200)
        .forAll(RandomQuestions.hostile().any(), longs().all())
        .checkAssert(
            (question, seed) -> {
              DeliveredQuiz quiz = Quizzes.of(List.of(question), seed);
              Feedback feedback = quiz.score(quiz.ids().get(0), anyResponse(question));
              String html = PAGES.feedback(feedback, new FeedbackLinks("/n?<&>", "Next <b>"));
              Element section = Jsoup.parseBodyFragment(html).selectFirst("section");
              List<String> key = new ArrayList<>();
              section.select(".key").forEach(e -> key.add(e.wholeText()));
              String keyText = String.join("\n", key);
              for (String line : feedback.correctAnswer()) {
                assertTrue(keyText.contains(parsed(line)), keyText + " lacks " + line);
              }
              if (!feedback.explanation().isBlank()) {
                assertEquals(
                    parsed(feedback.explanation().strip()),
                    section.selectFirst(".why").wholeText());
              }
              assertEquals(
                  "Source: " + parsed(feedback.section()),
                  section.selectFirst(".source").wholeText());
              assertEquals("Next <b>", section.selectFirst("a").text());
              assertEquals("/n?<&>", section.selectFirst("a").attr("href"));
              assertEquals(1, section.select("a").size(), html);
            });
  }

  /** A response of the right shape for any question: scoring needs one, its value is not tested. */
  static String anyResponse(Question question) {
    switch (question.kind()) {
      case SINGLE_CHOICE:
      case MULTIPLE_RESPONSE:
        return "{\"selected\": [\"a\"]}";
      case TRUE_FALSE:
        return "{\"answer\": true}";
      case MATCHING:
        return "{\"pairs\": {\"1\": \"a\"}}";
      case ORDERING:
        return "{\"order\": [\"a\"]}";
      case SHORT_ANSWER:
        return "{\"text\": \"x\"}";
    }
    throw new AssertionError(question.kind());
  }

  private static final java.util.Set<String> ALLOWED =
      java.util.Set.of(
          "class",
          "method",
          "action",
          "data-question",
          "type",
          "name",
          "value",
          "aria-describedby",
          "id",
          "for",
          "maxlength",
          "autocomplete",
          "autocapitalize",
          "spellcheck");

  /** {@code text} as an HTML parser reads it from a page: line ends and NUL as HTML has them. */
  static String parsed(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\0', '\uFFFD');
  }
}

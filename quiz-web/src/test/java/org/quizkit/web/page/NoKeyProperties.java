package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.RandomQuestions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form before the answer holds nothing of the key: no explanation or source, nothing ticked or
 * picked, no mark of which option is right, and the options in the view's order (which the view
 * draws apart from the key).
 */
class NoKeyProperties {
  private static final Pages PAGES = Pages.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void formBeforeTheAnswerHoldsNothingOfTheKey() {
    qt().withExamples(300)
        .forAll(RandomQuestions.plain().any(), longs().all())
        .checkAssert(
            (question, seed) -> {
              DeliveredQuiz quiz = Quizzes.of(List.of(question), seed);
              String id = quiz.ids().get(0);
              String view = quiz.json();
              String html = PAGES.questionForm(quiz, id, new Form("/a", "t"));
              String explanation = question.info().explanation();
              if (!explanation.isBlank() && !view.contains(explanation)) {
                assertFalse(html.contains(escaped(explanation)), html);
              }
              String section = question.info().section();
              if (!view.contains(section)) {
                assertFalse(html.contains(escaped(section)), html);
              }
              assertFalse(html.contains("About "), "an option's feedback in " + html);
              Element form = Jsoup.parseBodyFragment(html).selectFirst("form");
              assertTrue(form.select("[checked], [selected], [aria-invalid]").isEmpty(), html);
              for (Element e : form.getAllElements()) {
                String attributes = e.attributes().html().toLowerCase(Locale.ROOT);
                assertFalse(attributes.matches(".*(correct|right|key).*"), attributes);
              }
              List<String> expected = viewOrder(JSON.readTree(view).get("questions").get(0));
              if (question.kind() == Kind.TRUE_FALSE) {
                expected = List.of("True", "False");
              }
              assertEquals(expected, formOrder(form));
            });
  }

  private static List<String> viewOrder(JsonNode question) {
    List<String> order = new ArrayList<>();
    for (String field : List.of("options", "premises", "choices", "items")) {
      if (question.has(field)) {
        question
            .get(field)
            .forEach(o -> order.add(o.get("id").asString() + " " + o.get("text").asString()));
      }
    }
    return order;
  }

  private static List<String> formOrder(Element form) {
    List<String> order = new ArrayList<>();
    form.select(".options label, .rows label")
        .forEach(l -> order.add(l.text().replaceFirst("^(\\w+)\\. ", "$1 ")));
    Element firstSelect = form.selectFirst("select[name^=pair.]");
    if (firstSelect != null) {
      firstSelect.select("option").stream()
          .skip(1)
          .forEach(o -> order.add(o.text().replaceFirst("^(\\w+)\\. ", "$1 ")));
    }
    return order;
  }

  private static String escaped(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}

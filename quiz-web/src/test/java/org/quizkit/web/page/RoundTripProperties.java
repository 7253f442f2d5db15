package org.quizkit.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.scoring.Feedback;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind renders and reads back: a random complete response, entered in the form's fields as a
 * browser would and read, is scored the same as that response.
 */
class RoundTripProperties {
  private static final Pages PAGES = Pages.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aResponseEnteredInThePlainFormIsScoredAsItself() {
    qt().withExamples(300)
        .forAll(RandomQuestions.plain().any(), longs().all())
        .checkAssert(RoundTripProperties::roundTrips);
  }

  @Test
  void aResponseEnteredInTheHostileFormIsScoredAsItself() {
    qt().withExamples(300)
        .forAll(RandomQuestions.hostile().any(), longs().all())
        .checkAssert(RoundTripProperties::roundTrips);
  }

  private static void roundTrips(Question question, long seed) {
    DeliveredQuiz quiz = Quizzes.of(List.of(question), seed);
    String id = quiz.ids().get(0);
    JsonNode view = JSON.readTree(quiz.json()).get("questions").get(0);
    Random random = new Random(seed);
    Browser browser = new Browser(PAGES.questionForm(quiz, id, new Form("/a", "t")));
    ObjectNode response = JSON.createObjectNode();
    switch (question.kind()) {
      case SINGLE_CHOICE -> {
        String label = labels(view, "options").get(random.nextInt(view.get("options").size()));
        assertTrue(browser.tick("selected", label));
        response.putArray("selected").add(label);
      }
      case MULTIPLE_RESPONSE -> {
        List<String> labels = new ArrayList<>(labels(view, "options"));
        Collections.shuffle(labels, random);
        ArrayNode selected = response.putArray("selected");
        for (String label : labels.subList(0, 1 + random.nextInt(labels.size()))) {
          assertTrue(browser.tick("selected", label));
          selected.add(label);
        }
      }
      case TRUE_FALSE -> {
        boolean answer = random.nextBoolean();
        assertTrue(browser.tick("answer", String.valueOf(answer)));
        response.put("answer", answer);
      }
      case MATCHING -> {
        List<String> choices = new ArrayList<>(labels(view, "choices"));
        Collections.shuffle(choices, random);
        ObjectNode pairs = response.putObject("pairs");
        List<String> premises = labels(view, "premises");
        for (int i = 0; i < premises.size(); i++) {
          assertTrue(browser.pick("pair." + premises.get(i), choices.get(i)));
          pairs.put(premises.get(i), choices.get(i));
        }
      }
      case ORDERING -> {
        List<String> order = new ArrayList<>(labels(view, "items"));
        Collections.shuffle(order, random);
        for (int place = 1; place <= order.size(); place++) {
          assertTrue(browser.pick("place." + order.get(place - 1), String.valueOf(place)));
        }
        ArrayNode array = response.putArray("order");
        order.forEach(array::add);
      }
      case SHORT_ANSWER -> {
        List<String> tries = new ArrayList<>(((ShortAnswer) question).accepted());
        tries.add("x" + Long.toString(seed, 36));
        String text = tries.get(random.nextInt(tries.size())).replaceAll("[\r\n]", "");
        text = text.isBlank() ? "a" + text : text;
        assertTrue(browser.type("text", text));
        response.put("text", text);
      }
    }
    Map<String, List<String>> fields = browser.submit();
    assertEquals(List.of(id), fields.get("question"));
    Posted posted = PAGES.read(quiz, id, fields);
    Posted.Answer answer = assertInstanceOf(Posted.Answer.class, posted, fields.toString());
    Feedback expected = quiz.score(id, JSON.writeValueAsString(response));
    Feedback actual = quiz.score(id, answer.responseJson());
    assertEquals(expected.score(), actual.score(), answer.responseJson() + " vs " + response);
    assertEquals(expected, actual);
  }

  private static List<String> labels(JsonNode question, String field) {
    List<String> labels = new ArrayList<>();
    question.get(field).forEach(node -> labels.add(node.get("id").asString()));
    return labels;
  }
}

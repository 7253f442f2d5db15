package org.quizkit.web.page;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One question as the delivery view shows it: read from {@link DeliveredQuiz#json()} only, so that
 * nothing of the key can reach a page.
 *
 * @param id the view id
 * @param number its place in the quiz, from 1
 * @param total how many questions the quiz has
 * @param kind its kind
 * @param stem its stem
 * @param options the options of a choice question, under their labels, in the view's order
 * @param premises the numbered premises of a matching question
 * @param choices the lettered choices of a matching question
 * @param items the lettered items of an ordering question
 */
record Shown(
    String id,
    int number,
    int total,
    Kind kind,
    String stem,
    List<Labelled> options,
    List<Labelled> premises,
    List<Labelled> choices,
    List<Labelled> items) {

  /** A text under its position label ({@code a}, {@code b}, or {@code 1}, {@code 2}). */
  record Labelled(String label, String text) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The question {@code viewId} of the view of {@code quiz}. */
  static Shown of(DeliveredQuiz quiz, String viewId) {
    checkArgument(
        viewId != null && quiz.ids().contains(viewId),
        "no question '%s' in this quiz (its ids: %s)",
        viewId,
        quiz.ids());
    JsonNode questions = JSON.readTree(quiz.json()).get("questions");
    for (JsonNode node : questions) {
      if (node.get("id").asString().equals(viewId)) {
        return new Shown(
            viewId,
            node.get("number").asInt(),
            questions.size(),
            Kind.fromId(node.get("kind").asString()),
            node.get("stem").asString(),
            labelled(node, "options"),
            labelled(node, "premises"),
            labelled(node, "choices"),
            labelled(node, "items"));
      }
    }
    throw new IllegalStateException("the view of the quiz has no question " + viewId);
  }

  private static List<Labelled> labelled(JsonNode question, String field) {
    List<Labelled> out = new ArrayList<>();
    JsonNode array = question.get(field);
    if (array != null) {
      for (JsonNode item : array) {
        out.add(new Labelled(item.get("id").asString(), item.get("text").asString()));
      }
    }
    return List.copyOf(out);
  }

  /** A page-unique element id for this question's {@code name} (a field, a hint). */
  String elementId(String name) {
    return id + "-" + name.replace('.', '-');
  }
}

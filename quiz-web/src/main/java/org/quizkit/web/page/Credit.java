package org.quizkit.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quizkit.core.drill.CreditText;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.web.page.Shown.Labelled;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How partial credit came out, in the terminal's words ({@link CreditText}), for a response the
 * delivered quiz has scored: the view's labels of the response are turned back into the question's
 * option ids by their place in the view, which shows them in the question's order.
 */
final class Credit implements Question.Cases<List<String>> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Shown shown;
  private final JsonNode response;
  private final Feedback feedback;

  private Credit(Shown shown, JsonNode response, Feedback feedback) {
    this.shown = shown;
    this.response = response;
    this.feedback = feedback;
  }

  /** The credit lines for {@code responseJson}, which {@code feedback} is the score of. */
  static List<String> lines(
      Shown shown, Question question, String responseJson, Feedback feedback) {
    return question.accept(new Credit(shown, JSON.readTree(responseJson), feedback));
  }

  private List<String> say(Question question, Response response) {
    return question.accept(new CreditText(response, feedback.score().value()));
  }

  private static String id(List<Labelled> labels, List<Option> options, String label) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).label().equals(label)) {
        return options.get(i).id();
      }
    }
    throw new IllegalArgumentException("no label '" + label + "' in the view");
  }

  private List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    JsonNode node = response.get(field);
    if (node.isArray()) {
      node.forEach(item -> out.add(item.asString()));
    } else {
      out.add(node.asString());
    }
    return out;
  }

  @Override
  public List<String> singleChoice(SingleChoice question) {
    return List.of();
  }

  @Override
  public List<String> multipleResponse(MultipleResponse question) {
    Set<String> ids = new LinkedHashSet<>();
    strings("selected").forEach(l -> ids.add(id(shown.options(), question.options(), l)));
    return say(question, new Response.Choice(ids));
  }

  @Override
  public List<String> trueFalse(TrueFalse question) {
    return List.of();
  }

  @Override
  public List<String> matching(Matching question) {
    Map<String, String> pairs = new LinkedHashMap<>();
    response
        .get("pairs")
        .properties()
        .forEach(
            pair ->
                pairs.put(
                    id(shown.premises(), question.premises(), pair.getKey()),
                    id(shown.choices(), question.choices(), pair.getValue().asString())));
    return say(question, new Response.Pairs(pairs));
  }

  @Override
  public List<String> ordering(Ordering question) {
    List<String> ids = new ArrayList<>();
    strings("order").forEach(l -> ids.add(id(shown.items(), question.items(), l)));
    return say(question, new Response.Sequence(ids));
  }

  @Override
  public List<String> shortAnswer(ShortAnswer question) {
    return List.of();
  }
}

package org.quizkit.core.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON a browser sends into a {@link Response}, mapping labels back to our ids. */
final class Responses {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Responses() {}

  static Response read(Question question, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json == null ? "" : json);
    } catch (JacksonException notJson) {
      throw problem(
          question, "response is not JSON (" + firstLine(notJson.getOriginalMessage()) + ")");
    }
    if (root == null || !root.isObject()) {
      throw problem(
          question,
          "response must be a JSON object, got "
              + (root == null
                  ? "nothing"
                  : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return question.accept(new Reader(question, root));
  }

  private static final class Reader implements Question.Cases<Response> {
    private final Question question;
    private final JsonNode root;

    Reader(Question question, JsonNode root) {
      this.question = question;
      this.root = root;
    }

    private JsonNode field(String name) {
      JsonNode value = root.get(name);
      if (value == null || value.isNull()) {
        throw problem(
            question, "response has no '" + name + "' (a " + question.kind().id() + " question)");
      }
      return value;
    }

    private List<String> labels(String name) {
      JsonNode value = field(name);
      List<String> labels = new ArrayList<>();
      if (value.isString()) {
        labels.add(value.asString());
      } else if (value.isArray()) {
        for (JsonNode item : value) {
          if (!item.isString()) {
            throw problem(question, "'" + name + "' must hold labels as strings, got " + item);
          }
          labels.add(item.asString());
        }
      } else {
        throw problem(question, "'" + name + "' must be a label or a list of labels, got " + value);
      }
      return labels;
    }

    private String id(Map<String, String> labels, String label) {
      String id = labels.get(label);
      if (id == null) {
        throw problem(
            question,
            "no option '" + label + "' (shown: " + String.join(", ", labels.keySet()) + ")");
      }
      return id;
    }

    private Response choice(Map<String, String> labels) {
      Set<String> ids = new LinkedHashSet<>();
      for (String label : labels("selected")) {
        ids.add(id(labels, label));
      }
      return new Response.Choice(ids);
    }

    @Override
    public Response singleChoice(SingleChoice q) {
      return choice(Labels.letters(q.options()));
    }

    @Override
    public Response multipleResponse(MultipleResponse q) {
      return choice(Labels.letters(q.options()));
    }

    @Override
    public Response trueFalse(TrueFalse q) {
      JsonNode answer = field("answer");
      if (!answer.isBoolean()) {
        throw problem(question, "'answer' must be true or false, got " + answer);
      }
      return new Response.Judgement(answer.asBoolean());
    }

    @Override
    public Response matching(Matching q) {
      JsonNode pairs = field("pairs");
      if (!pairs.isObject()) {
        throw problem(question, "'pairs' must map premise numbers to choice letters, got " + pairs);
      }
      Map<String, String> premises = Labels.numbers(q.premises());
      Map<String, String> choices = Labels.letters(q.choices());
      Map<String, String> given = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> pair : pairs.properties()) {
        if (!pair.getValue().isString()) {
          throw problem(
              question,
              "pair '" + pair.getKey() + "' must name a choice letter, got " + pair.getValue());
        }
        given.put(id(premises, pair.getKey()), id(choices, pair.getValue().asString()));
      }
      return new Response.Pairs(given);
    }

    @Override
    public Response ordering(Ordering q) {
      Map<String, String> items = Labels.letters(q.items());
      List<String> order = new ArrayList<>();
      for (String label : labels("order")) {
        String id = id(items, label);
        if (order.contains(id)) {
          throw problem(question, "'order' lists '" + label + "' twice");
        }
        order.add(id);
      }
      return new Response.Sequence(order);
    }

    @Override
    public Response shortAnswer(ShortAnswer q) {
      JsonNode text = field("text");
      if (!text.isString()) {
        throw problem(question, "'text' must be a string, got " + text);
      }
      return new Response.Text(text.asString());
    }
  }

  private static ResponseException problem(Question question, String message) {
    return new ResponseException("question '" + question.id() + "': " + message);
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }
}

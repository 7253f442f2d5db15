package org.quizkit.core.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON a browser sends into a {@link Response}, mapping labels back to our ids. Text
 * longer than {@link DeliveredQuiz#MAX_RESPONSE_CHARS} is refused unread; nesting deeper than
 * {@link DeliveredQuiz#MAX_RESPONSE_DEPTH} stops the parser where it goes too deep.
 */
final class Responses {
  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(DeliveredQuiz.MAX_RESPONSE_DEPTH)
                          .build())
                  .build())
          .build();

  /** How much of a value a message quotes. */
  private static final int QUOTED = 40;

  private Responses() {}

  static Response read(Question question, String viewId, String json) {
    JsonNode root = parse(json, "question '" + viewId + "': response");
    if (!root.isObject()) {
      throw problem(viewId, "response must be a JSON object, got " + type(root));
    }
    return question.accept(new Reader(question, viewId, root));
  }

  /**
   * The responses of a whole quiz by view id, each as JSON text for {@link #read}.
   *
   * @throws ResponseException naming the first id not in {@code known}, or why the JSON is unread
   */
  static Map<String, String> readAll(String json, Set<String> known) {
    JsonNode root = parse(json, "responses");
    if (!root.isObject()) {
      throw new ResponseException("responses must be a JSON object, got " + type(root));
    }
    JsonNode responses = root.get("responses");
    if (responses == null || !responses.isObject()) {
      throw new ResponseException(
          "responses need a 'responses' object of view id to response, got "
              + (responses == null ? "none" : abbreviate(responses.toString())));
    }
    Map<String, String> byId = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : responses.properties()) {
      if (!known.contains(entry.getKey())) {
        throw new ResponseException(
            "no question '" + abbreviate(entry.getKey()) + "' in this quiz");
      }
      byId.put(entry.getKey(), JSON.writeValueAsString(entry.getValue()));
    }
    return byId;
  }

  private static JsonNode parse(String json, String what) {
    String text = json == null ? "" : json;
    if (text.length() > DeliveredQuiz.MAX_RESPONSE_CHARS) {
      throw new ResponseException(
          String.format(
              Locale.ROOT,
              "%s is %,d characters long; at most %,d are read",
              what,
              text.length(),
              DeliveredQuiz.MAX_RESPONSE_CHARS));
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (StreamConstraintsException tooDeep) {
      throw new ResponseException(
          what
              + " nests objects and arrays more than "
              + DeliveredQuiz.MAX_RESPONSE_DEPTH
              + " levels deep");
    } catch (JacksonException notJson) {
      throw new ResponseException(
          what + " is not JSON (" + firstLine(notJson.getOriginalMessage()) + ")");
    }
    if (root == null || root.isMissingNode()) {
      throw new ResponseException(what + " is empty");
    }
    return root;
  }

  private static String type(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** At most {@value #QUOTED} characters of {@code text}, for a message. */
  static String abbreviate(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED - 3) + "...";
  }

  private static final class Reader implements Question.Cases<Response> {
    private final Question question;
    private final String viewId;
    private final JsonNode root;

    Reader(Question question, String viewId, JsonNode root) {
      this.question = question;
      this.viewId = viewId;
      this.root = root;
    }

    private JsonNode field(String name) {
      JsonNode value = root.get(name);
      if (value == null || value.isNull()) {
        throw problem(
            viewId, "response has no '" + name + "' (a " + question.kind().id() + " question)");
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
            throw problem(
                viewId,
                "'" + name + "' must hold labels as strings, got " + abbreviate(item.toString()));
          }
          labels.add(item.asString());
        }
      } else {
        throw problem(
            viewId,
            "'"
                + name
                + "' must be a label or a list of labels, got "
                + abbreviate(value.toString()));
      }
      return labels;
    }

    private String id(Map<String, String> labels, String label) {
      String id = labels.get(label);
      if (id == null) {
        throw problem(
            viewId,
            "no option '"
                + abbreviate(label)
                + "' (shown: "
                + String.join(", ", labels.keySet())
                + ")");
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
      return choice(PositionLabels.letters(q.options()));
    }

    @Override
    public Response multipleResponse(MultipleResponse q) {
      return choice(PositionLabels.letters(q.options()));
    }

    @Override
    public Response trueFalse(TrueFalse q) {
      JsonNode answer = field("answer");
      if (!answer.isBoolean()) {
        throw problem(
            viewId, "'answer' must be true or false, got " + abbreviate(answer.toString()));
      }
      return new Response.Judgement(answer.asBoolean());
    }

    @Override
    public Response matching(Matching q) {
      JsonNode pairs = field("pairs");
      if (!pairs.isObject()) {
        throw problem(
            viewId,
            "'pairs' must map premise numbers to choice letters, got "
                + abbreviate(pairs.toString()));
      }
      Map<String, String> premises = PositionLabels.numbers(q.premises());
      Map<String, String> choices = PositionLabels.letters(q.choices());
      Map<String, String> given = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> pair : pairs.properties()) {
        if (!pair.getValue().isString()) {
          throw problem(
              viewId,
              "pair '"
                  + abbreviate(pair.getKey())
                  + "' must name a choice letter, got "
                  + abbreviate(pair.getValue().toString()));
        }
        given.put(id(premises, pair.getKey()), id(choices, pair.getValue().asString()));
      }
      return new Response.Pairs(given);
    }

    @Override
    public Response ordering(Ordering q) {
      Map<String, String> items = PositionLabels.letters(q.items());
      List<String> order = new ArrayList<>();
      for (String label : labels("order")) {
        String id = id(items, label);
        if (order.contains(id)) {
          throw problem(viewId, "'order' lists '" + label + "' twice");
        }
        order.add(id);
      }
      return new Response.Sequence(order);
    }

    @Override
    public Response shortAnswer(ShortAnswer q) {
      JsonNode text = field("text");
      if (!text.isString()) {
        throw problem(viewId, "'text' must be a string, got " + abbreviate(text.toString()));
      }
      return new Response.Text(text.asString());
    }
  }

  private static ResponseException problem(String viewId, String message) {
    return new ResponseException("question '" + viewId + "': " + message);
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }
}

package org.quizkit.core.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quizkit.core.diagnostic.Diagnostic;
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
import tools.jackson.core.TokenStreamLocation;
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
    String source = source(viewId);
    JsonNode root = parse(json, source);
    if (!root.isObject()) {
      throw new ResponseException(source, "must be a JSON object, got " + type(root));
    }
    return question.accept(new Reader(question, source, root));
  }

  /** Where a problem in the response to {@code viewId} is: {@code question 'q3f...' response}. */
  static String source(String viewId) {
    return "question '" + abbreviate(viewId) + "' response";
  }

  /**
   * The responses of a whole quiz by view id, each as JSON text for {@link #read}.
   *
   * @throws ResponseException naming the first id not in {@code known}, or why the JSON is unread
   */
  static Map<String, String> readAll(String json, Set<String> known) {
    String source = "responses";
    JsonNode root = parse(json, source);
    if (!root.isObject()) {
      throw new ResponseException(source, "must be a JSON object, got " + type(root));
    }
    JsonNode responses = root.get("responses");
    if (responses == null || !responses.isObject()) {
      throw new ResponseException(
          at(source, "responses"),
          "must be an object of view id to response, got "
              + (responses == null ? "none" : abbreviate(responses.toString())));
    }
    Map<String, String> byId = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : responses.properties()) {
      if (!known.contains(entry.getKey())) {
        throw new ResponseException(
            at(source, "responses", entry.getKey()),
            "no question '" + abbreviate(entry.getKey()) + "' in this quiz");
      }
      byId.put(entry.getKey(), JSON.writeValueAsString(entry.getValue()));
    }
    return byId;
  }

  private static JsonNode parse(String json, String source) {
    String text = json == null ? "" : json;
    if (text.length() > DeliveredQuiz.MAX_RESPONSE_CHARS) {
      throw new ResponseException(
          source,
          String.format(
              Locale.ROOT,
              "is %,d characters long; at most %,d are read",
              text.length(),
              DeliveredQuiz.MAX_RESPONSE_CHARS));
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (StreamConstraintsException tooDeep) {
      throw new ResponseException(
          located(
              source,
              tooDeep,
              "nests objects and arrays more than "
                  + DeliveredQuiz.MAX_RESPONSE_DEPTH
                  + " levels deep"));
    } catch (JacksonException notJson) {
      throw new ResponseException(
          located(
              source,
              notJson,
              "is not JSON (" + abbreviate(firstLine(notJson.getOriginalMessage()), 120) + ")"));
    }
    if (root == null || root.isMissingNode()) {
      throw new ResponseException(source, "is empty");
    }
    return root;
  }

  /** The problem at the line and column where the parser stopped, when it says. */
  private static Diagnostic located(String source, JacksonException e, String message) {
    TokenStreamLocation where = e.getLocation();
    if (where == null || where.getLineNr() < 1) {
      return new Diagnostic(source, 0, 0, message);
    }
    return new Diagnostic(source, where.getLineNr(), Math.max(0, where.getColumnNr()), message);
  }

  /**
   * {@code source} followed by the JSON pointer (RFC 6901) of the value at {@code path} after a
   * {@code #}, each step abbreviated like any quoted value: {@code responses#/responses/q3f...}.
   */
  static String at(String source, Object... path) {
    StringBuilder pointer = new StringBuilder(source).append('#');
    for (Object step : path) {
      pointer
          .append('/')
          .append(abbreviate(String.valueOf(step)).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static String type(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** At most {@value #QUOTED} characters of {@code text}, for a message. */
  static String abbreviate(String text) {
    return abbreviate(text, QUOTED);
  }

  private static String abbreviate(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most - 3) + "...";
  }

  private static final class Reader implements Question.Cases<Response> {
    private final Question question;
    private final String source;
    private final JsonNode root;

    Reader(Question question, String source, JsonNode root) {
      this.question = question;
      this.source = source;
      this.root = root;
    }

    private ResponseException problem(String message, Object... path) {
      return new ResponseException(path.length == 0 ? source : at(source, path), message);
    }

    private JsonNode field(String name) {
      JsonNode value = root.get(name);
      if (value == null || value.isNull()) {
        throw problem("has no '" + name + "' (a " + question.kind().id() + " question)");
      }
      return value;
    }

    /** The labels under {@code name}, each with the JSON pointer step it stands at. */
    private Map<String, String> labels(String name) {
      JsonNode value = field(name);
      Map<String, String> labels = new LinkedHashMap<>();
      if (value.isString()) {
        labels.put(name, value.asString());
      } else if (value.isArray()) {
        int index = 0;
        for (JsonNode item : value) {
          if (!item.isString()) {
            throw problem(
                "'" + name + "' must hold labels as strings, got " + abbreviate(item.toString()),
                name,
                index);
          }
          labels.put(name + "/" + index, item.asString());
          index++;
        }
      } else {
        throw problem(
            "'"
                + name
                + "' must be a label or a list of labels, got "
                + abbreviate(value.toString()),
            name);
      }
      return labels;
    }

    private String id(Map<String, String> labels, String label, Object... path) {
      String id = labels.get(label);
      if (id == null) {
        throw problem(
            "no option '"
                + abbreviate(label)
                + "' (shown: "
                + String.join(", ", labels.keySet())
                + ")",
            path);
      }
      return id;
    }

    private Response choice(Map<String, String> labels) {
      Set<String> ids = new LinkedHashSet<>();
      for (Map.Entry<String, String> given : labels("selected").entrySet()) {
        ids.add(id(labels, given.getValue(), steps(given.getKey())));
      }
      return new Response.Choice(ids);
    }

    /** The pointer steps of a key {@link #labels} gave, such as {@code selected/2}. */
    private static Object[] steps(String key) {
      return key.split("/", -1);
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
            "'answer' must be true or false, got " + abbreviate(answer.toString()), "answer");
      }
      return new Response.Judgement(answer.asBoolean());
    }

    @Override
    public Response matching(Matching q) {
      JsonNode pairs = field("pairs");
      if (!pairs.isObject()) {
        throw problem(
            "'pairs' must map premise numbers to choice letters, got "
                + abbreviate(pairs.toString()),
            "pairs");
      }
      Map<String, String> premises = PositionLabels.numbers(q.premises());
      Map<String, String> choices = PositionLabels.letters(q.choices());
      Map<String, String> given = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> pair : pairs.properties()) {
        if (!pair.getValue().isString()) {
          throw problem(
              "pair '"
                  + abbreviate(pair.getKey())
                  + "' must name a choice letter, got "
                  + abbreviate(pair.getValue().toString()),
              "pairs",
              pair.getKey());
        }
        given.put(
            id(premises, pair.getKey(), "pairs", pair.getKey()),
            id(choices, pair.getValue().asString(), "pairs", pair.getKey()));
      }
      return new Response.Pairs(given);
    }

    @Override
    public Response ordering(Ordering q) {
      Map<String, String> items = PositionLabels.letters(q.items());
      List<String> order = new ArrayList<>();
      for (Map.Entry<String, String> given : labels("order").entrySet()) {
        String label = given.getValue();
        String id = id(items, label, steps(given.getKey()));
        if (order.contains(id)) {
          throw problem("'order' lists '" + abbreviate(label) + "' twice", steps(given.getKey()));
        }
        order.add(id);
      }
      return new Response.Sequence(order);
    }

    @Override
    public Response shortAnswer(ShortAnswer q) {
      JsonNode text = field("text");
      if (!text.isString()) {
        throw problem("'text' must be a string, got " + abbreviate(text.toString()), "text");
      }
      return new Response.Text(text.asString());
    }
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }
}

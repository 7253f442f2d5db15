package org.quizkit.core.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.scoring.Feedback;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the JSON a browser may see: the view, and feedback once it has answered. */
final class View {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private View() {}

  /** The view of a quiz: its questions by view id, in quiz order. */
  static String quiz(List<String> ids, Map<String, Question> shown) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "quizkit-delivery");
    root.put("version", DeliveredQuiz.VERSION);
    ArrayNode questions = root.putArray("questions");
    for (int i = 0; i < ids.size(); i++) {
      Question question = shown.get(ids.get(i));
      ObjectNode node = questions.addObject();
      node.put("id", ids.get(i));
      node.put("number", i + 1);
      node.put("kind", question.kind().id());
      node.put("stem", question.stem());
      question.accept(new Body(node));
    }
    return JSON.writeValueAsString(root);
  }

  /** The feedback on one response, for the browser. */
  static String feedback(String viewId, Question question, Feedback feedback) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "quizkit-feedback");
    root.put("version", DeliveredQuiz.VERSION);
    writeFeedback(root, viewId, question, feedback);
    return JSON.writeValueAsString(root);
  }

  /** The marks of a whole quiz, for the browser. */
  static String result(QuizResult result, Map<String, Question> shown) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "quizkit-result");
    root.put("version", DeliveredQuiz.VERSION);
    root.put("partialCredit", result.partialCredit());
    root.put("total", result.total());
    root.put("outOf", result.outOf());
    root.put("answered", result.answered());
    ArrayNode questions = root.putArray("questions");
    for (QuizResult.Scored scored : result.questions()) {
      ObjectNode node = questions.addObject();
      node.put("number", scored.number());
      node.put("answered", scored.feedback().isPresent());
      if (scored.feedback().isPresent()) {
        writeFeedback(
            node, scored.question(), shown.get(scored.question()), scored.feedback().get());
      } else {
        node.put("question", scored.question());
        node.put("score", 0.0);
        node.put("fullyRight", false);
      }
    }
    return JSON.writeValueAsString(root);
  }

  private static void writeFeedback(
      ObjectNode root, String viewId, Question question, Feedback feedback) {
    root.put("question", viewId);
    root.put("score", feedback.score().value());
    root.put("fullyRight", feedback.fullyRight());
    ArrayNode answer = root.putArray("correctAnswer");
    feedback.correctAnswer().forEach(answer::add);
    root.put("explanation", feedback.explanation());
    root.put("section", feedback.section());
    Map<String, String> labels = labelsOf(question);
    ArrayNode chosen = root.putArray("optionFeedback");
    for (Option option : feedback.chosenFeedback()) {
      chosen
          .addObject()
          .put("id", labels.getOrDefault(option.id(), ""))
          .put("text", option.text())
          .put("feedback", option.feedback());
    }
    ArrayNode notes = root.putArray("answerNotes");
    feedback.answerNotes().forEach(notes::add);
  }

  /** Option (choice, item) id to its label; for matching, premise ids to numbers too. */
  static Map<String, String> labelsOf(Question question) {
    return question.accept(
        new Question.Cases<Map<String, String>>() {
          @Override
          public Map<String, String> singleChoice(SingleChoice q) {
            return PositionLabels.reverse(PositionLabels.letters(q.options()));
          }

          @Override
          public Map<String, String> multipleResponse(MultipleResponse q) {
            return PositionLabels.reverse(PositionLabels.letters(q.options()));
          }

          @Override
          public Map<String, String> trueFalse(TrueFalse q) {
            return Map.of();
          }

          @Override
          public Map<String, String> matching(Matching q) {
            Map<String, String> labels =
                new LinkedHashMap<>(PositionLabels.reverse(PositionLabels.letters(q.choices())));
            labels.putAll(PositionLabels.reverse(PositionLabels.numbers(q.premises())));
            return labels;
          }

          @Override
          public Map<String, String> ordering(Ordering q) {
            return PositionLabels.reverse(PositionLabels.letters(q.items()));
          }

          @Override
          public Map<String, String> shortAnswer(ShortAnswer q) {
            return Map.of();
          }
        });
  }

  private static final class Body implements Question.Cases<Void> {
    private final ObjectNode node;

    Body(ObjectNode node) {
      this.node = node;
    }

    private void labelled(String field, List<Option> options, boolean numbered) {
      ArrayNode array = node.putArray(field);
      for (int i = 0; i < options.size(); i++) {
        array
            .addObject()
            .put("id", numbered ? PositionLabels.number(i) : PositionLabels.letter(i))
            .put("text", options.get(i).text());
      }
    }

    @Override
    public Void singleChoice(SingleChoice q) {
      labelled("options", q.options(), false);
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse q) {
      labelled("options", q.options(), false);
      return null;
    }

    @Override
    public Void trueFalse(TrueFalse q) {
      return null;
    }

    @Override
    public Void matching(Matching q) {
      labelled("premises", q.premises(), true);
      labelled("choices", q.choices(), false);
      return null;
    }

    @Override
    public Void ordering(Ordering q) {
      labelled("items", q.items(), false);
      return null;
    }

    @Override
    public Void shortAnswer(ShortAnswer q) {
      return null;
    }
  }
}

package org.quizkit.core.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes one question as a browser may see it, and says which label stands for which id. */
final class View {
  private View() {}

  static void write(Question question, ObjectNode node) {
    node.put("id", question.id());
    node.put("kind", question.kind().id());
    node.put("stem", question.stem());
    question.accept(new Body(node));
    node.put("difficulty", question.info().difficulty().name().toLowerCase(Locale.ROOT));
  }

  /** Option (choice, item) id to its label; for matching, premise ids to numbers too. */
  static Map<String, String> labelsOf(Question question) {
    return question.accept(
        new Question.Cases<Map<String, String>>() {
          @Override
          public Map<String, String> singleChoice(SingleChoice q) {
            return Labels.reverse(Labels.letters(q.options()));
          }

          @Override
          public Map<String, String> multipleResponse(MultipleResponse q) {
            return Labels.reverse(Labels.letters(q.options()));
          }

          @Override
          public Map<String, String> trueFalse(TrueFalse q) {
            return Map.of();
          }

          @Override
          public Map<String, String> matching(Matching q) {
            Map<String, String> labels =
                new LinkedHashMap<>(Labels.reverse(Labels.letters(q.choices())));
            labels.putAll(Labels.reverse(Labels.numbers(q.premises())));
            return labels;
          }

          @Override
          public Map<String, String> ordering(Ordering q) {
            return Labels.reverse(Labels.letters(q.items()));
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
            .put("id", numbered ? Labels.number(i) : Labels.letter(i))
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

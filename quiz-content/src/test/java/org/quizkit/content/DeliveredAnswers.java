package org.quizkit.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** Response JSON for a question as the view shows it, labels worked out here. */
final class DeliveredAnswers {
  private DeliveredAnswers() {}

  /** The response JSON a learner who knows the key would send, labels worked out here. */
  static String right(Question question) {
    return question.accept(
        new Question.Cases<String>() {
          @Override
          public String singleChoice(SingleChoice q) {
            return "{\"selected\": [\"" + letter(q.options(), q.correct()) + "\"]}";
          }

          @Override
          public String multipleResponse(MultipleResponse q) {
            return "{\"selected\": ["
                + q.correct().stream()
                    .map(id -> "\"" + letter(q.options(), id) + "\"")
                    .collect(Collectors.joining(","))
                + "]}";
          }

          @Override
          public String trueFalse(TrueFalse q) {
            return "{\"answer\": " + q.answer() + "}";
          }

          @Override
          public String matching(Matching q) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < q.premises().size(); i++) {
              String choice = q.key().get(q.premises().get(i).id());
              pairs.add("\"" + (i + 1) + "\": \"" + letter(q.choices(), choice) + "\"");
            }
            return "{\"pairs\": {" + String.join(",", pairs) + "}}";
          }

          @Override
          public String ordering(Ordering q) {
            return "{\"order\": ["
                + q.order().stream()
                    .map(id -> "\"" + letter(q.items(), id) + "\"")
                    .collect(Collectors.joining(","))
                + "]}";
          }

          @Override
          public String shortAnswer(ShortAnswer q) {
            return "{\"text\": \"" + q.answer() + "\"}";
          }
        });
  }

  static String letter(List<Option> options, String id) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(id)) {
        return String.valueOf((char) ('a' + i));
      }
    }
    throw new AssertionError("no option " + id);
  }
}

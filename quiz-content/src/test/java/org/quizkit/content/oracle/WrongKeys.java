package org.quizkit.content.oracle;

import java.util.ArrayList;
import java.util.Collections;
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

/**
 * The same question with its key made wrong, so a test can show the checker notices: a checker that
 * passed every generated question and also every mis-keyed one would prove nothing.
 */
final class WrongKeys {
  private WrongKeys() {}

  /** The question keyed wrongly: every kind has at least two options, so there is always one. */
  static Question of(Question question) {
    return question.accept(
        new Question.Cases<Question>() {
          @Override
          public Question singleChoice(SingleChoice q) {
            return q.options().stream()
                .map(Option::id)
                .filter(id -> !id.equals(q.correct()))
                .findFirst()
                .map(id -> new SingleChoice(q.id(), q.stem(), q.options(), id, q.info()))
                .orElseThrow();
          }

          @Override
          public Question multipleResponse(MultipleResponse q) {
            List<String> correct = new ArrayList<>(q.correct());
            String first = q.options().get(0).id();
            if (!correct.remove(first)) {
              correct.add(first);
            }
            if (correct.isEmpty()) {
              // every option but the first was wrong: key the second instead
              correct.add(q.options().get(1).id());
            }
            return new MultipleResponse(q.id(), q.stem(), q.options(), correct, q.info());
          }

          @Override
          public Question trueFalse(TrueFalse q) {
            return new TrueFalse(q.id(), q.stem(), !q.answer(), q.info());
          }

          @Override
          public Question matching(Matching q) {
            List<String> premises = q.premises().stream().map(Option::id).toList();
            Map<String, String> key = new LinkedHashMap<>(q.key());
            key.put(premises.get(0), q.key().get(premises.get(1)));
            key.put(premises.get(1), q.key().get(premises.get(0)));
            return new Matching(q.id(), q.stem(), q.premises(), q.choices(), key, q.info());
          }

          @Override
          public Question ordering(Ordering q) {
            List<String> order = new ArrayList<>(q.order());
            Collections.swap(order, 0, order.size() - 1);
            return new Ordering(q.id(), q.stem(), q.items(), order, q.info());
          }

          @Override
          public Question shortAnswer(ShortAnswer q) {
            List<String> rivals = new ArrayList<>(q.rivals());
            rivals.add(q.answer());
            return new ShortAnswer(q.id(), q.stem(), q.accepted(), rivals, q.info());
          }
        });
  }
}

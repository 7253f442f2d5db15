package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** Every text a learner can see in a question: stem, options, feedback, explanation, answers. */
final class BankTexts {
  private BankTexts() {}

  static List<String> of(Question question) {
    List<String> out = new ArrayList<>();
    out.add(question.stem());
    out.add(question.info().explanation());
    for (Option option : question.shownOptions()) {
      out.add(option.text());
      out.add(option.feedback());
    }
    question.accept(
        new Question.Cases<Void>() {
          @Override
          public Void singleChoice(SingleChoice q) {
            return null;
          }

          @Override
          public Void multipleResponse(MultipleResponse q) {
            return null;
          }

          @Override
          public Void trueFalse(TrueFalse q) {
            return null;
          }

          @Override
          public Void matching(Matching q) {
            return null;
          }

          @Override
          public Void ordering(Ordering q) {
            return null;
          }

          @Override
          public Void shortAnswer(ShortAnswer q) {
            out.addAll(q.accepted());
            return null;
          }
        });
    return out;
  }
}

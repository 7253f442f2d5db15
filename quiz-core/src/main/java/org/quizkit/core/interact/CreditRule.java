package org.quizkit.core.interact;

import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** One sentence for the help: how an answer to this kind of question earns its point. */
final class CreditRule implements Question.Cases<String> {
  @Override
  public String singleChoice(SingleChoice question) {
    return "The right letter earns the point.";
  }

  @Override
  public String trueFalse(TrueFalse question) {
    return "The right judgement earns the point.";
  }

  @Override
  public String multipleResponse(MultipleResponse question) {
    return "Each right letter earns its share of the point; each wrong letter cancels one right"
        + " one.";
  }

  @Override
  public String matching(Matching question) {
    return "Each right pair earns its share of the point.";
  }

  @Override
  public String ordering(Ordering question) {
    return "Each item in its right place earns its share of the point.";
  }

  @Override
  public String shortAnswer(ShortAnswer question) {
    return "Any accepted wording earns the point; one slip of a letter is forgiven in a word of"
        + " five letters or more.";
  }
}

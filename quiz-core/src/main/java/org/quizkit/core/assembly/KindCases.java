package org.quizkit.core.assembly;

import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * A visitor giving one value for every kind, for the assembly rules that concern a single kind;
 * each rule overrides the kind it is about. A new kind breaks this class at compile time, which is
 * where to decide whether a rule applies to it.
 */
abstract class KindCases<R> implements Question.Cases<R> {
  private final R otherwise;

  KindCases(R otherwise) {
    this.otherwise = otherwise;
  }

  @Override
  public R singleChoice(SingleChoice question) {
    return otherwise;
  }

  @Override
  public R multipleResponse(MultipleResponse question) {
    return otherwise;
  }

  @Override
  public R trueFalse(TrueFalse question) {
    return otherwise;
  }

  @Override
  public R matching(Matching question) {
    return otherwise;
  }

  @Override
  public R ordering(Ordering question) {
    return otherwise;
  }

  @Override
  public R shortAnswer(ShortAnswer question) {
    return otherwise;
  }
}

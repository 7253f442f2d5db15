package org.quizkit.bench;

import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** The same question under another id, so that copies of a bank can share one export. */
final class Renamed implements Question.Cases<Question> {
  private final String id;

  private Renamed(String id) {
    this.id = id;
  }

  /** {@code question} with {@code suffix} appended to its id. */
  static Question of(Question question, String suffix) {
    return question.accept(new Renamed(question.id() + suffix));
  }

  @Override
  public Question singleChoice(SingleChoice q) {
    return new SingleChoice(id, q.stem(), q.options(), q.correct(), q.info());
  }

  @Override
  public Question multipleResponse(MultipleResponse q) {
    return new MultipleResponse(id, q.stem(), q.options(), q.correct(), q.info());
  }

  @Override
  public Question trueFalse(TrueFalse q) {
    return new TrueFalse(id, q.stem(), q.answer(), q.info());
  }

  @Override
  public Question matching(Matching q) {
    return new Matching(id, q.stem(), q.premises(), q.choices(), q.key(), q.info());
  }

  @Override
  public Question ordering(Ordering q) {
    return new Ordering(id, q.stem(), q.items(), q.order(), q.info());
  }

  @Override
  public Question shortAnswer(ShortAnswer q) {
    return new ShortAnswer(id, q.stem(), q.accepted(), q.keyed(), q.rivals(), q.notes(), q.info());
  }
}

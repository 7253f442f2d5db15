package org.quizkit.core.scoring;

import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/** The key of a question as the response a learner who knows it would give. */
final class KeyResponse implements Question.Cases<Response> {
  static final KeyResponse INSTANCE = new KeyResponse();

  private KeyResponse() {}

  @Override
  public Response singleChoice(SingleChoice q) {
    return Response.Choice.of(q.correct());
  }

  @Override
  public Response multipleResponse(MultipleResponse q) {
    return Response.Choice.of(q.correct().toArray(String[]::new));
  }

  @Override
  public Response trueFalse(TrueFalse q) {
    return new Response.Judgement(q.answer());
  }

  @Override
  public Response matching(Matching q) {
    return new Response.Pairs(q.key());
  }

  @Override
  public Response ordering(Ordering q) {
    return new Response.Sequence(q.order());
  }

  @Override
  public Response shortAnswer(ShortAnswer q) {
    return new Response.Text(q.answer());
  }
}

package org.quizkit.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/** Right and wrong responses to any question, for the scoring benchmark. */
final class SampleResponses {
  /**
   * The key, as a learner who knows it would answer; a short answer is typed loosely, so the
   * matcher's normalisation is part of what is measured.
   */
  static Response right(Question question) {
    if (question instanceof ShortAnswer typed) {
      return new Response.Text("  " + typed.answer().toUpperCase(java.util.Locale.ROOT) + " ");
    }
    return QuizEngine.keyResponse(question);
  }

  /** A plausible mistake: another option, the other verdict, a rotated key or order, a typo. */
  static final Question.Cases<Response> WRONG =
      new Question.Cases<>() {
        @Override
        public Response singleChoice(SingleChoice q) {
          return Response.Choice.of(other(q.options(), q.correct()));
        }

        @Override
        public Response multipleResponse(MultipleResponse q) {
          return Response.Choice.of(q.correct().get(0), other(q.options(), q.correct().get(0)));
        }

        @Override
        public Response trueFalse(TrueFalse q) {
          return new Response.Judgement(!q.answer());
        }

        @Override
        public Response matching(Matching q) {
          List<String> premises = new ArrayList<>(q.key().keySet());
          List<String> choices = new ArrayList<>(q.key().values());
          Map<String, String> rotated = new LinkedHashMap<>();
          for (int i = 0; i < premises.size(); i++) {
            rotated.put(premises.get(i), choices.get((i + 1) % choices.size()));
          }
          return new Response.Pairs(rotated);
        }

        @Override
        public Response ordering(Ordering q) {
          List<String> order = new ArrayList<>(q.order());
          java.util.Collections.reverse(order);
          return new Response.Sequence(order);
        }

        @Override
        public Response shortAnswer(ShortAnswer q) {
          // What a learner who is wrong types: another place's name (a rival), which the scorer
          // must tell from a typo of the key. A mangled key ("livex") would be accepted as one
          // typo and score 1, so it would not be a wrong answer at all.
          if (!q.rivals().isEmpty()) {
            return new Response.Text(q.rivals().get(q.rivals().size() / 2));
          }
          return new Response.Text("none of these");
        }
      };

  private SampleResponses() {}

  /** The key with its last letter changed: one typo, which the scorer accepts. */
  static Response typo(ShortAnswer question) {
    String answer = question.answer();
    return new Response.Text(answer.substring(0, answer.length() - 1) + "x");
  }

  private static String other(List<Option> options, String id) {
    for (Option option : options) {
      if (!option.id().equals(id)) {
        return option.id();
      }
    }
    throw new IllegalArgumentException("no option other than '" + id + "'");
  }
}

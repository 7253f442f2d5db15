package org.quizkit.core.interact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;
import org.quizkit.core.seed.Seeds;

/**
 * Complete, valid responses to questions (drawn from {@link
 * org.quizkit.core.question.RandomQuestions}), drawn from a seeded generator.
 */
final class CompleteResponses {
  private CompleteResponses() {}

  /** A complete, valid response to the question. */
  static Response of(Question question, Random random) {
    return question.accept(
        new Question.Cases<Response>() {
          @Override
          public Response singleChoice(SingleChoice q) {
            return Response.Choice.of(q.options().get(random.nextInt(q.options().size())).id());
          }

          @Override
          public Response multipleResponse(MultipleResponse q) {
            return new Response.Choice(
                Set.copyOf(subset(q.options().stream().map(Option::id).toList(), random)));
          }

          @Override
          public Response trueFalse(TrueFalse q) {
            return new Response.Judgement(random.nextBoolean());
          }

          @Override
          public Response matching(Matching q) {
            List<String> choices =
                Seeds.shuffled(q.choices().stream().map(Option::id).toList(), random);
            Map<String, String> pairs = new LinkedHashMap<>();
            for (int i = 0; i < q.premises().size(); i++) {
              pairs.put(q.premises().get(i).id(), choices.get(i));
            }
            return new Response.Pairs(pairs);
          }

          @Override
          public Response ordering(Ordering q) {
            return new Response.Sequence(
                Seeds.shuffled(q.items().stream().map(Option::id).toList(), random));
          }

          @Override
          public Response shortAnswer(ShortAnswer q) {
            String alphabet = "abcdefghijklmnopqrstuvwxyz \u00e9\u00fc-'";
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int i = 0; i < length; i++) {
              text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = text.toString().strip();
            // The prompt's commands are read before answers (TextPrompt), so none is an answer.
            boolean command =
                List.of("", "s", "q", "u", "r", "skip", "quit", "help", "undo", "i was right")
                    .contains(typed);
            return new Response.Text(command ? "peritoneum" : typed);
          }
        });
  }

  private static List<String> subset(List<String> ids, Random random) {
    List<String> chosen = new ArrayList<>();
    for (String id : ids) {
      if (random.nextBoolean()) {
        chosen.add(id);
      }
    }
    return chosen.isEmpty() ? List.of(ids.get(random.nextInt(ids.size()))) : chosen;
  }
}

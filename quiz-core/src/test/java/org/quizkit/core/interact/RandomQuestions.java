package org.quizkit.core.interact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;
import org.quizkit.core.seed.Seeds;

/** Questions of every kind and valid responses to them, drawn from a seeded generator. */
final class RandomQuestions {
  private static final QuestionInfo INFO = QuestionInfo.of("Because.", "Test / Section");

  private RandomQuestions() {}

  static Question question(Random random) {
    int size = 2 + random.nextInt(7);
    List<Option> options = options("o", size, random);
    List<String> ids = options.stream().map(Option::id).toList();
    switch (random.nextInt(6)) {
      case 0:
        return new SingleChoice("q", "Pick one.", options, ids.get(random.nextInt(size)), INFO);
      case 1:
        return new MultipleResponse("q", "Pick some.", options, subset(ids, random), INFO);
      case 2:
        return new TrueFalse("q", "Judge this.", random.nextBoolean(), INFO);
      case 3:
        List<Option> choices = options("c", size + random.nextInt(3), random);
        List<String> shuffled = Seeds.shuffled(choices.stream().map(Option::id).toList(), random);
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          key.put(ids.get(i), shuffled.get(i));
        }
        return new Matching("q", "Match them.", options, choices, key, INFO);
      case 4:
        return new Ordering("q", "Order them.", options, Seeds.shuffled(ids, random), INFO);
      default:
        return new ShortAnswer("q", "Type it.", List.of("answer"), List.of(), INFO);
    }
  }

  /** A complete, valid response to the question. */
  static Response response(Question question, Random random) {
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
            boolean command = List.of("", "s", "q", "skip", "quit", "help").contains(typed);
            return new Response.Text(command ? "peritoneum" : typed);
          }
        });
  }

  private static List<Option> options(String prefix, int count, Random random) {
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < count) {
      ids.add(prefix + random.nextInt(1000));
    }
    List<Option> options = new ArrayList<>();
    for (String id : ids) {
      options.add(Option.of(id, "Text of " + id));
    }
    return options;
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

package org.quizkit.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/**
 * Random responses to random questions (right, partly right, wrong, naming unknown ids), and the
 * test's own idea of "the key" and of "one more part right", written independently of {@link
 * Scorer}.
 */
final class Attempts {
  /** An id no generated question uses. */
  static final String STRANGER = "zz";

  private Attempts() {}

  record Attempt(Question question, Response response) {}

  static Gen<Attempt> attempts() {
    return RandomQuestions.plain().any().flatMap(q -> responsesTo(q).map(r -> new Attempt(q, r)));
  }

  /** Responses of the kind {@code question} takes: the key about a quarter of the time. */
  static Gen<Response> responsesTo(Question question) {
    return question.accept(
        new Question.Cases<Gen<Response>>() {
          @Override
          public Gen<Response> singleChoice(SingleChoice q) {
            return orKey(
                choices(q.options()),
                Response.Choice.of(q.correct()),
                Response.Choice.of(q.correct(), STRANGER));
          }

          @Override
          public Gen<Response> multipleResponse(MultipleResponse q) {
            return orKey(
                choices(q.options()),
                new Response.Choice(Set.copyOf(q.correct())),
                new Response.Choice(plus(Set.copyOf(q.correct()), STRANGER)));
          }

          @Override
          public Gen<Response> trueFalse(TrueFalse q) {
            return Generate.booleans().map(Response.Judgement::new);
          }

          @Override
          public Gen<Response> matching(Matching q) {
            List<String> choiceIds = withStranger(ids(q.choices()));
            choiceIds.add(""); // stands for "premise left out"
            Gen<Response> pairs =
                in -> {
                  Map<String, String> given = new LinkedHashMap<>();
                  for (Option premise : q.premises()) {
                    String picked = Generate.pick(choiceIds).generate(in);
                    if (!picked.isEmpty()) {
                      given.put(premise.id(), picked);
                    }
                  }
                  if (Generate.booleans().generate(in)) {
                    given.put(STRANGER, q.choices().get(0).id());
                  }
                  return new Response.Pairs(given);
                };
            Map<String, String> padded = new LinkedHashMap<>(q.key());
            padded.put(STRANGER, q.choices().get(0).id());
            return orKey(pairs, new Response.Pairs(q.key()), new Response.Pairs(padded));
          }

          @Override
          public Gen<Response> ordering(Ordering q) {
            List<String> ids = withStranger(ids(q.items()));
            ids.add("yy");
            // distinct ids, in any order, of any length up to all of them
            Gen<Response> sequences =
                in -> {
                  List<String> left = new ArrayList<>(ids);
                  List<String> order = new ArrayList<>();
                  int size = Generate.range(0, ids.size()).generate(in);
                  for (int i = 0; i < size; i++) {
                    order.add(left.remove((int) Generate.range(0, left.size() - 1).generate(in)));
                  }
                  return new Response.Sequence(order);
                };
            List<String> padded = new ArrayList<>(q.order());
            padded.add(STRANGER);
            return orKey(
                sequences, new Response.Sequence(q.order()), new Response.Sequence(padded));
          }

          @Override
          public Gen<Response> shortAnswer(ShortAnswer q) {
            List<String> known = new ArrayList<>(q.accepted());
            known.addAll(q.rivals());
            Gen<String> typo =
                Generate.pick(known)
                    .zip(
                        Generate.range(0, 20),
                        Generate.characters('a', 'z'),
                        (word, at, letter) -> typo(word, at, letter));
            Gen<String> typed =
                Generate.frequency(
                    Pair.of(3, Generate.pick(known)),
                    Pair.of(2, typo),
                    Pair.of(1, RandomQuestions.anyText(12)));
            return typed.map(Response.Text::new);
          }
        });
  }

  /** Whether {@code response} is exactly the key (for short answer: literally an accepted one). */
  static boolean isKey(Question question, Response response) {
    return question.accept(
        new Question.Cases<Boolean>() {
          @Override
          public Boolean singleChoice(SingleChoice q) {
            return ((Response.Choice) response).selected().equals(Set.of(q.correct()));
          }

          @Override
          public Boolean multipleResponse(MultipleResponse q) {
            return ((Response.Choice) response).selected().equals(Set.copyOf(q.correct()));
          }

          @Override
          public Boolean trueFalse(TrueFalse q) {
            return ((Response.Judgement) response).value() == q.answer();
          }

          @Override
          public Boolean matching(Matching q) {
            return ((Response.Pairs) response).pairs().equals(q.key());
          }

          @Override
          public Boolean ordering(Ordering q) {
            return ((Response.Sequence) response).order().equals(q.order());
          }

          @Override
          public Boolean shortAnswer(ShortAnswer q) {
            return q.accepted().contains(((Response.Text) response).text());
          }
        });
  }

  /**
   * {@code response} with one more part right, or empty when it is already the key. {@code pick}
   * chooses which part when several could be fixed.
   */
  static Optional<Response> oneMoreRight(Question question, Response response, int pick) {
    return question.accept(
        new Question.Cases<Optional<Response>>() {
          @Override
          public Optional<Response> singleChoice(SingleChoice q) {
            Set<String> selected = ((Response.Choice) response).selected();
            List<Set<String>> better = new ArrayList<>();
            if (!selected.contains(q.correct())) {
              better.add(plus(selected, q.correct()));
            }
            selected.stream()
                .filter(id -> !id.equals(q.correct()))
                .forEach(id -> better.add(minus(selected, id)));
            return choose(better, pick).map(Response.Choice::new);
          }

          @Override
          public Optional<Response> multipleResponse(MultipleResponse q) {
            Set<String> selected = ((Response.Choice) response).selected();
            List<Set<String>> better = new ArrayList<>();
            q.correct().stream()
                .filter(id -> !selected.contains(id))
                .forEach(id -> better.add(plus(selected, id)));
            selected.stream()
                .filter(id -> !q.correct().contains(id))
                .forEach(id -> better.add(minus(selected, id)));
            return choose(better, pick).map(Response.Choice::new);
          }

          @Override
          public Optional<Response> trueFalse(TrueFalse q) {
            boolean value = ((Response.Judgement) response).value();
            return value == q.answer()
                ? Optional.empty()
                : Optional.of(new Response.Judgement(q.answer()));
          }

          @Override
          public Optional<Response> matching(Matching q) {
            Map<String, String> given = ((Response.Pairs) response).pairs();
            List<Map<String, String>> better = new ArrayList<>();
            for (Map.Entry<String, String> entry : q.key().entrySet()) {
              if (!entry.getValue().equals(given.get(entry.getKey()))) {
                Map<String, String> fixed = new LinkedHashMap<>(given);
                fixed.put(entry.getKey(), entry.getValue());
                better.add(fixed);
              }
            }
            for (String premise : given.keySet()) {
              if (!q.key().containsKey(premise)) {
                Map<String, String> fewer = new LinkedHashMap<>(given);
                fewer.remove(premise);
                better.add(fewer);
              }
            }
            return choose(better, pick).map(Response.Pairs::new);
          }

          @Override
          public Optional<Response> ordering(Ordering q) {
            List<String> given = ((Response.Sequence) response).order();
            List<String> key = q.order();
            List<List<String>> better = new ArrayList<>();
            for (int i = 0; i < Math.min(given.size(), key.size()); i++) {
              if (!given.get(i).equals(key.get(i))) {
                better.add(putInPlace(given, i, key.get(i)));
              }
            }
            if (given.size() < key.size()) {
              List<String> longer = new ArrayList<>(given);
              int j = longer.indexOf(key.get(given.size()));
              if (j >= 0) {
                // wrong where it stands; a stranger takes its place, still wrong there
                longer.set(j, STRANGER + "-" + j);
              }
              longer.add(key.get(given.size()));
              better.add(longer);
            }
            if (given.size() > key.size()) {
              better.add(given.subList(0, given.size() - 1));
            }
            return choose(better, pick).map(Response.Sequence::new);
          }

          @Override
          public Optional<Response> shortAnswer(ShortAnswer q) {
            String text = ((Response.Text) response).text();
            return q.accepted().contains(text)
                ? Optional.empty()
                : Optional.of(new Response.Text(q.answer()));
          }
        });
  }

  /** {@code word} with one letter changed, inserted, deleted or two swapped, at {@code at}. */
  static String typo(String word, int at, char letter) {
    int i = at % word.length();
    StringBuilder b = new StringBuilder(word);
    switch (at % 4) {
      case 0 -> b.setCharAt(i, letter);
      case 1 -> b.insert(i, letter);
      case 2 -> b.deleteCharAt(i);
      default -> {
        if (i + 1 < b.length()) {
          char held = b.charAt(i);
          b.setCharAt(i, b.charAt(i + 1));
          b.setCharAt(i + 1, held);
        }
      }
    }
    return b.toString();
  }

  private static List<String> putInPlace(List<String> given, int i, String item) {
    List<String> fixed = new ArrayList<>(given);
    int j = fixed.indexOf(item);
    if (j >= 0) {
      fixed.set(j, fixed.get(i));
    }
    fixed.set(i, item);
    return fixed;
  }

  /** Any set of the option ids and a stranger, the empty set included. */
  private static Gen<Response> choices(List<Option> options) {
    List<String> ids = withStranger(ids(options));
    return in -> {
      Set<String> selected = new LinkedHashSet<>();
      for (String id : ids) {
        if (Generate.booleans().generate(in)) {
          selected.add(id);
        }
      }
      return new Response.Choice(selected);
    };
  }

  /** Mostly {@code any}; sometimes the key, sometimes the key padded with a stranger id. */
  private static Gen<Response> orKey(Gen<Response> any, Response key, Response padded) {
    return Generate.frequency(
        Pair.of(6, any), Pair.of(2, Generate.constant(key)), Pair.of(1, Generate.constant(padded)));
  }

  private static List<String> ids(List<Option> options) {
    return options.stream().map(Option::id).toList();
  }

  private static List<String> withStranger(List<String> ids) {
    List<String> all = new ArrayList<>(ids);
    all.add(STRANGER);
    return all;
  }

  private static Set<String> plus(Set<String> set, String id) {
    Set<String> copy = new LinkedHashSet<>(set);
    copy.add(id);
    return copy;
  }

  private static Set<String> minus(Set<String> set, String id) {
    Set<String> copy = new LinkedHashSet<>(set);
    copy.remove(id);
    return copy;
  }

  private static <T> Optional<T> choose(List<T> options, int pick) {
    return options.isEmpty() ? Optional.empty() : Optional.of(options.get(pick % options.size()));
  }

  static Stream<Response> oneOfEachKind() {
    return Stream.of(
        Response.Choice.of("o0"),
        new Response.Judgement(true),
        new Response.Pairs(Map.of("p0", "o0")),
        new Response.Sequence(List.of("i0")),
        new Response.Text("liver"));
  }
}

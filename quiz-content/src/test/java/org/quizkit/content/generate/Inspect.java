package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Step;
import org.quizkit.content.generate.ContractOracle.Value;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** Test-side readings of a question: its options, and what the contract says of its key. */
final class Inspect {
  private Inspect() {}

  /** The options of a choice question, the items of an ordering, both columns of a matching. */
  static List<Option> options(Question question) {
    return question.shownOptions();
  }

  /** Case-insensitive and plural-insensitive form, written apart from the generators' own. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).trim();
    if (lower.startsWith("the ")) {
      lower = lower.substring(4);
    }
    List<String> words = new ArrayList<>();
    for (String word : lower.split("[^a-z0-9]+")) {
      if (word.endsWith("ies")) {
        word = word.substring(0, word.length() - 3) + "y";
      } else if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
        word = word.substring(0, word.length() - 1);
      }
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return String.join(" ", words);
  }

  private static List<String> names(String name, List<String> others) {
    List<String> out = new ArrayList<>();
    out.add(name);
    out.addAll(others);
    return out;
  }

  /** Everything in the question that goes against docs/claims.md; empty when it keeps it. */
  static List<String> breaches(Question question, Dataset dataset) {
    ContractOracle oracle = new ContractOracle(dataset);
    String claim = question.info().claim();
    List<String> out = new ArrayList<>();
    question.accept(
        new Question.Cases<Void>() {
          @Override
          public Void singleChoice(SingleChoice q) {
            for (Option o : q.options()) {
              expect(
                  o.id().equals(q.correct()) ? Value.TRUE : Value.FALSE,
                  ContractOracle.fill(claim, o.refers()));
            }
            return null;
          }

          @Override
          public Void multipleResponse(MultipleResponse q) {
            for (Option o : q.options()) {
              expect(
                  q.correct().contains(o.id()) ? Value.TRUE : Value.FALSE,
                  ContractOracle.fill(claim, o.refers()));
            }
            return null;
          }

          @Override
          public Void trueFalse(TrueFalse q) {
            expect(q.answer() ? Value.TRUE : Value.FALSE, claim);
            return null;
          }

          @Override
          public Void matching(Matching q) {
            for (Option p : q.premises()) {
              for (Option c : q.choices()) {
                Value want = q.key().get(p.id()).equals(c.id()) ? Value.TRUE : Value.FALSE;
                expect(want, ContractOracle.fill(claim, p.refers(), c.refers()));
              }
            }
            return null;
          }

          @Override
          public Void ordering(Ordering q) {
            if (claim.startsWith("sequence(")) {
              String id = claim.substring("sequence(".length(), claim.length() - 1);
              List<String> want =
                  dataset.sequences().stream()
                      .filter(x -> x.id().equals(id))
                      .findFirst()
                      .map(x -> x.items().stream().map(i -> i.id()).toList())
                      .orElse(List.of());
              List<String> got =
                  q.order().stream()
                      .map(
                          o ->
                              q.items().stream()
                                  .filter(i -> i.id().equals(o))
                                  .findFirst()
                                  .orElseThrow()
                                  .refers())
                      .toList();
              if (!want.equals(got)) {
                out.add("sequence " + id + " keyed " + got + ", want " + want);
              }
              return null;
            }
            if (!claim.equals("order()")) {
              out.add("ordering claim is " + claim);
            }
            List<Step> steps = new ArrayList<>();
            for (String id : q.order()) {
              String refers =
                  q.items().stream()
                      .filter(o -> o.id().equals(id))
                      .findFirst()
                      .orElseThrow()
                      .refers();
              Step step =
                  dataset.steps().stream()
                      .filter(s -> s.id().equals(refers))
                      .findFirst()
                      .orElse(null);
              if (step == null || step.order() <= 0) {
                out.add("item " + id + " is not an ordered step");
              } else {
                steps.add(step);
              }
            }
            for (int i = 1; i < steps.size(); i++) {
              if (steps.get(i - 1).order() >= steps.get(i).order()) {
                out.add("key is not ascending at " + steps.get(i).id());
              }
            }
            return null;
          }

          @Override
          public Void shortAnswer(ShortAnswer q) {
            Set<String> trueNames = new LinkedHashSet<>();
            List<String> trueSiteNames = new ArrayList<>();
            // what the ? ranges over: cancers for clue(?,k), terms for means(?,t), else sites
            Map<String, List<String>> named = new LinkedHashMap<>();
            if (claim.startsWith("clue(")) {
              dataset.cancers().forEach(c -> named.put(c.id(), names(c.name(), c.aliases())));
            } else if (claim.startsWith("means(")) {
              dataset.terms().forEach(t -> named.put(t.id(), names(t.term(), t.synonyms())));
            } else {
              dataset.sites().forEach(x -> named.put(x.id(), names(x.name(), x.synonyms())));
            }
            named.forEach(
                (id, words) -> {
                  if (oracle.eval(ContractOracle.fill(claim, id)) == Value.TRUE) {
                    trueNames.addAll(words);
                    trueSiteNames.add(words.get(0));
                  }
                });
            q.accepted().stream()
                .filter(a -> !trueNames.contains(a))
                .forEach(a -> out.add("accepts " + a));
            trueSiteNames.stream()
                .filter(n -> !q.accepted().contains(n))
                .forEach(n -> out.add("misses " + n));
            q.rivals().stream().filter(trueNames::contains).forEach(r -> out.add("rival " + r));
            return null;
          }

          private void expect(Value want, String closed) {
            Value got = oracle.eval(closed);
            if (got != want) {
              out.add(closed + " is " + got + ", question needs " + want);
            }
          }
        });
    return out;
  }
}

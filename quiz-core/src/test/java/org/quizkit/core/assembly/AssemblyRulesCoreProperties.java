package org.quizkit.core.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.seed.Seeds;

/**
 * The assembly rules on banks that know nothing of any topic: questions of four kinds drawn from a
 * seed, each declaring a few tested and revealed facts out of a small pool (so enemies are common),
 * in a few templates. Over 10,000 seeds, every quiz and every version keeps the rules, checked here
 * without the assembler's code.
 */
class AssemblyRulesCoreProperties {
  private static final int FACTS = 60;

  static List<Question> bank(long seed) {
    RandomGenerator random = Seeds.random(Seeds.derive(seed, 7));
    int size = 10 + random.nextInt(70);
    List<Question> bank = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<String> tests = new ArrayList<>();
      tests.add("f" + random.nextInt(FACTS));
      if (random.nextBoolean()) {
        tests.add("g" + random.nextInt(FACTS));
      }
      List<String> reveals =
          random.nextInt(3) == 0 ? List.of("f" + random.nextInt(FACTS)) : List.of();
      String template = "t" + random.nextInt(1 + random.nextInt(8));
      QuestionInfo info =
          new QuestionInfo(
                  "Why.",
                  "Section",
                  List.of(),
                  template,
                  "s" + random.nextInt(5),
                  "",
                  List.of(),
                  org.quizkit.core.question.Difficulty.EASY)
              .withFacts(tests, reveals);
      String id = "q" + i;
      bank.add(
          switch (random.nextInt(4)) {
            case 0 -> new TrueFalse(id, "Stem " + i, random.nextInt(4) != 0, info);
            case 1 -> {
              List<Option> options = options("o", 3 + random.nextInt(3));
              yield new SingleChoice(id, "Stem " + i, options, "o0", info);
            }
            case 2 -> {
              int pairs = 2 + random.nextInt(3);
              Map<String, String> key = new LinkedHashMap<>();
              for (int p = 0; p < pairs; p++) {
                key.put("p" + p, "c" + p);
              }
              yield new Matching(
                  id,
                  "Stem " + i,
                  options("p", pairs),
                  options("c", pairs + random.nextInt(2)),
                  key,
                  info);
            }
            default -> {
              List<Option> items = options("i", 2 + random.nextInt(3));
              yield new Ordering(
                  id, "Stem " + i, items, items.stream().map(Option::id).toList(), info);
            }
          });
    }
    return bank;
  }

  private static List<Option> options(String prefix, int n) {
    List<Option> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Option.of(prefix + i, prefix.toUpperCase() + i, ""));
    }
    return out;
  }

  /** Every rule the questions break together, written apart from the assembler. */
  static List<String> broken(List<Question> quiz) {
    List<String> out = new ArrayList<>();
    for (Question a : quiz) {
      Set<String> shown = new HashSet<>(a.info().tests());
      shown.addAll(a.info().reveals());
      for (Question b : quiz) {
        if (a != b && b.info().tests().stream().anyMatch(shown::contains)) {
          out.add(a.id() + " gives away what " + b.id() + " tests");
        }
      }
    }
    Map<String, Integer> templates = new HashMap<>();
    quiz.forEach(q -> templates.merge(q.info().template(), 1, Integer::sum));
    if (quiz.size() >= 10) {
      templates.forEach(
          (t, n) -> {
            if (5 * n > quiz.size()) {
              out.add(t + " has " + n + " of " + quiz.size());
            }
          });
    }
    int yes = 0;
    int no = 0;
    Map<Integer, Integer> keyAt = new HashMap<>();
    for (Question q : quiz) {
      if (q instanceof TrueFalse tf) {
        yes += tf.answer() ? 1 : 0;
        no += tf.answer() ? 0 : 1;
      } else if (q instanceof SingleChoice sc) {
        keyAt.merge(sc.options().stream().map(Option::id).toList().indexOf("o0"), 1, Integer::sum);
      } else if (q instanceof Ordering o) {
        if (o.items().stream().map(Option::id).toList().equals(o.order())) {
          out.add(o.id() + " in order");
        }
      } else if (q instanceof Matching m) {
        if (m.choices().size() <= m.premises().size()) {
          out.add(m.id() + " has no spare choice");
        }
        boolean inKeyOrder = true;
        for (int i = 0; i < m.premises().size(); i++) {
          inKeyOrder &= m.choices().get(i).id().equals(m.key().get(m.premises().get(i).id()));
        }
        if (inKeyOrder) {
          out.add(m.id() + " in key order");
        }
      }
    }
    if (yes + no >= 10 && (10 * yes < 4 * (yes + no) || 10 * yes > 6 * (yes + no))) {
      out.add(yes + " True of " + (yes + no));
    }
    int low =
        Math.min(
            keyAt.getOrDefault(0, 0), Math.min(keyAt.getOrDefault(1, 0), keyAt.getOrDefault(2, 0)));
    int high = keyAt.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (high - low > 1) {
      out.add("keys by position " + keyAt);
    }
    return out;
  }

  @Test
  void everyQuizKeepsTheRules() {
    qt().withExamples(10_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<Question> bank = bank(seed);
              int count = 1 + Math.floorMod(seed, 30);
              Quiz quiz =
                  QuizAssembler.assemble(bank, QuizSpec.builder().count(count).seed(seed).build());
              List<String> broken = broken(quiz.questions());
              assertTrue(broken.isEmpty(), () -> "seed " + seed + ": " + broken);
              assertEquals(count, quiz.size() + quiz.shortfall());
              assertTrue(
                  quiz.size() >= 1 || bank.stream().allMatch(AssemblyRulesCoreProperties::noSpare));
            });
  }

  @Test
  void everyVersionKeepsTheRulesAndShuffledVersionsHoldVersionAsQuestions() {
    qt().withExamples(10_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<Question> bank = bank(seed);
              int count = 1 + Math.floorMod(seed, 25);
              int versions = 1 + Math.floorMod(seed >> 8, 4);
              Variation how = (seed & 1) == 0 ? Variation.SHUFFLE : Variation.RESAMPLE;
              List<Quiz> drawn =
                  QuizAssembler.versions(
                      bank, QuizSpec.builder().count(count).seed(seed).build(), versions, how);
              assertEquals(versions, drawn.size());
              assertEquals(
                  QuizAssembler.assemble(bank, QuizSpec.builder().count(count).seed(seed).build()),
                  drawn.get(0));
              Set<String> first = ids(drawn.get(0));
              for (Quiz version : drawn) {
                List<String> broken = broken(version.questions());
                assertTrue(broken.isEmpty(), () -> "seed " + seed + ": " + broken);
                if (how == Variation.SHUFFLE) {
                  assertEquals(first, ids(version));
                }
              }
            });
  }

  private static boolean noSpare(Question q) {
    return q instanceof Matching m && m.choices().size() == m.premises().size();
  }

  private static Set<String> ids(Quiz quiz) {
    Set<String> out = new HashSet<>();
    quiz.questions().forEach(q -> out.add(q.id()));
    return out;
  }
}

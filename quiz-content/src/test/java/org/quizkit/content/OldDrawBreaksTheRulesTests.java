package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Question;
import org.quizkit.core.seed.Seeds;

/**
 * The draws as they were before the assembly rules (commit a113bee), run on the same banks as
 * {@link AssemblyRulesProperties}: the properties there would fail on them. The figures are
 * printed, and each test asserts that the old draw breaks the rules on a large share of seeds while
 * today's draw breaks them on none.
 */
class OldDrawBreaksTheRulesTests {
  private static final int SEEDS = 2_000;
  private static final QuizContent CONTENT = QuizContent.builtIn();
  private static final List<List<Question>> BANKS = banks();

  private static List<List<Question>> banks() {
    List<List<Question>> out = new ArrayList<>();
    for (long seed = 0; seed < 8; seed++) {
      out.add(CONTENT.bank(seed));
    }
    return out;
  }

  /** The old practice draw: seeded order, round robin over templates then subjects, shuffle. */
  static List<Question> oldPractice(List<Question> bank, int count, long seed) {
    RandomGenerator random = Seeds.random(seed);
    List<Question> pool = Seeds.shuffled(bank, random);
    Map<String, Integer> templates = new HashMap<>();
    Map<String, Integer> subjects = new HashMap<>();
    boolean[] taken = new boolean[pool.size()];
    List<Question> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(count, pool.size())) {
      int best = -1;
      for (int i = 0; i < pool.size(); i++) {
        if (taken[i]) {
          continue;
        }
        if (best < 0 || better(pool.get(i), pool.get(best), templates, subjects)) {
          best = i;
        }
      }
      taken[best] = true;
      Question question = pool.get(best);
      templates.merge(question.info().template(), 1, Integer::sum);
      subjects.merge(question.info().subject(), 1, Integer::sum);
      chosen.add(question);
    }
    List<Question> ordered = Seeds.shuffled(chosen, random);
    List<Question> out = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      out.add(ordered.get(i).shuffled(Seeds.random(Seeds.derive(seed, i))));
    }
    return out;
  }

  private static boolean better(
      Question a, Question b, Map<String, Integer> templates, Map<String, Integer> subjects) {
    int ta = templates.getOrDefault(a.info().template(), 0);
    int tb = templates.getOrDefault(b.info().template(), 0);
    return ta < tb
        || ta == tb
            && subjects.getOrDefault(a.info().subject(), 0)
                < subjects.getOrDefault(b.info().subject(), 0);
  }

  /** The old worksheet draw of version A: the first {@code count} of a seeded shuffle. */
  static List<Question> oldSheet(List<Question> bank, int count, long seed) {
    RandomGenerator drawing = Seeds.random(Seeds.derive(Seeds.derive(seed, 0), 0));
    List<Question> first = Seeds.shuffled(bank, drawing).subList(0, count);
    RandomGenerator ordering = Seeds.random(Seeds.derive(Seeds.derive(seed, 1), 0));
    return Seeds.shuffled(first, ordering).stream().map(q -> q.shuffled(ordering)).toList();
  }

  private record Figures(int sheets, int enemies, int giveaways, int balance) {
    String describe(String what) {
      return String.format(
          "%s, %d seeds: %d (%.1f %%) hold an enemy pair by declared facts, %d (%.1f %%) show a"
              + " typed answer as a correct option, %d (%.1f %%) break a blueprint bound",
          what,
          sheets,
          enemies,
          100.0 * enemies / sheets,
          giveaways,
          100.0 * giveaways / sheets,
          balance,
          100.0 * balance / sheets);
    }
  }

  private interface Draw {
    List<Question> draw(List<Question> bank, long seed);
  }

  private static Figures figures(Draw draw) {
    int enemies = 0;
    int giveaways = 0;
    int balance = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      List<Question> sheet = draw.draw(BANKS.get((int) (seed % BANKS.size())), seed);
      enemies += SheetRules.enemies(sheet).isEmpty() ? 0 : 1;
      giveaways += SheetRules.giveaways(sheet).isEmpty() ? 0 : 1;
      balance += SheetRules.balance(sheet).isEmpty() ? 0 : 1;
    }
    return new Figures(SEEDS, enemies, giveaways, balance);
  }

  @Test
  void theOldPracticeDrawPutsEnemiesOnMostQuizzesAndTodaysOnNone() {
    Figures old = figures((bank, seed) -> oldPractice(bank, 20, seed));
    Figures now =
        figures(
            (bank, seed) ->
                QuizEngine.assemble(bank, QuizSpec.builder().count(20).seed(seed).build())
                    .questions());
    System.out.println(old.describe("old practice draw of 20"));
    System.out.println(now.describe("today's practice draw of 20"));
    assertTrue(old.enemies() > SEEDS / 2, old.describe("old"));
    assertTrue(old.balance() > 0, old.describe("old"));
    assertTrue(now.enemies() + now.giveaways() + now.balance() == 0, now.describe("now"));
  }

  @Test
  void theOldWorksheetDrawBreaksTheBlueprintOnMostSheetsAndTodaysOnNone() {
    Figures old = figures((bank, seed) -> oldSheet(bank, 20, seed));
    Figures now =
        figures(
            (bank, seed) ->
                QuizEngine.assemble(bank, QuizSpec.builder().count(20).seed(seed).build())
                    .questions());
    System.out.println(old.describe("old worksheet version A of 20"));
    assertTrue(old.enemies() > SEEDS / 2, old.describe("old"));
    assertTrue(old.giveaways() > 0, old.describe("old"));
    assertTrue(old.balance() > SEEDS / 10, old.describe("old"));
    assertTrue(now.enemies() + now.giveaways() + now.balance() == 0, now.describe("now"));
  }
}

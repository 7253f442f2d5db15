package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;

/**
 * The built-in bank meets the targets of issue 11: not too much true/false, enough of the scarce
 * kinds, every cancer asked about, no template dominating. Counted over {@code bank(seed)}; the
 * counts do not depend on the seed, which is checked too.
 */
class BankTargetsTests {
  private static final Dataset DATASET = DatasetLoader.loadBuiltIn();
  private static final QuestionGenerators GENERATORS = QuestionGenerators.of(DATASET);

  @Test
  void theBuiltInBankMeetsTheTargets() {
    List<Question> bank = GENERATORS.bank(11);
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    Map<String, Integer> templates = new LinkedHashMap<>();
    Map<String, Integer> cancers = new LinkedHashMap<>();
    DATASET.cancers().forEach(c -> cancers.put(c.id(), 0));
    for (Question q : bank) {
      kinds.merge(q.kind(), 1, Integer::sum);
      templates.merge(q.info().template(), 1, Integer::sum);
      List<String> about = cancersAbout(q);
      if (about.size() == 1) {
        cancers.merge(about.get(0), 1, Integer::sum);
      }
    }
    int total = bank.size();
    List<String> misses = new ArrayList<>();
    int trueFalse = kinds.getOrDefault(Kind.TRUE_FALSE, 0);
    if (trueFalse * 100 > total * 40) {
      misses.add("true/false " + trueFalse + " of " + total + " is above 40 %");
    }
    at(misses, kinds, Kind.MULTIPLE_RESPONSE, 25);
    at(misses, kinds, Kind.SHORT_ANSWER, 20);
    at(misses, kinds, Kind.MATCHING, 8);
    at(misses, kinds, Kind.ORDERING, 6);
    templates.forEach(
        (t, n) -> {
          if (n * 100 > total * 20) {
            misses.add("template " + t + " has " + n + " of " + total + " questions, above 20 %");
          }
        });
    cancers.forEach(
        (c, n) -> {
          if (n < 3) {
            misses.add("cancer " + c + " is the subject of " + n + " questions, want 3 or more");
          }
        });
    assertEquals(List.of(), misses, "kinds " + kinds + ", templates " + templates);
  }

  @Test
  void everyMatchingHasASpareChoiceOrIsTheMostMatch() {
    for (Question q : GENERATORS.bank(3)) {
      if (q instanceof Matching m && m.info().template().equals(TermMatch.ID)) {
        assertTrue(m.choices().size() > m.premises().size(), m.id() + " has no spare choice");
      }
    }
  }

  @Test
  void theCountsDoNotDependOnTheSeed() {
    assertEquals(shape(GENERATORS.bank(1)), shape(GENERATORS.bank(987654321L)));
  }

  private static List<String> shape(List<Question> bank) {
    return bank.stream().map(q -> q.id() + ":" + q.kind()).toList();
  }

  private static void at(List<String> misses, Map<Kind, Integer> kinds, Kind kind, int least) {
    int n = kinds.getOrDefault(kind, 0);
    if (n < least) {
      misses.add(kind + " " + n + ", want at least " + least);
    }
  }

  /** The cancers a question is about: its cancer tags (a question about many has several). */
  static List<String> cancersAbout(Question q) {
    return q.info().tags().stream()
        .filter(t -> t.startsWith("cancer:"))
        .map(t -> t.substring("cancer:".length()))
        .distinct()
        .toList();
  }

  @Test
  void aTypedQuestionAcceptsItsOwnName() {
    for (Question q : GENERATORS.bank(5)) {
      if (q instanceof ShortAnswer s && s.info().template().equals(CancerClueTyped.ID)) {
        Cancer cancer = DATASET.cancer(s.info().tags().get(0).substring(7)).orElseThrow();
        assertEquals(cancer.name(), s.answer(), s.id());
      }
    }
  }
}

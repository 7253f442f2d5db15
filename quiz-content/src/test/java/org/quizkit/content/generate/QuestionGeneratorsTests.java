package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** The front door: template ids, subjects, errors, banks and the spread of answers. */
class QuestionGeneratorsTests {
  private static final QuestionGenerators GENERATORS = QuestionGenerators.of(Fixture.dataset());

  @Nested
  class FrontDoor {
    @Test
    void listsTheTemplatesInAFixedOrder() {
      assertEquals(
          List.of(
              "most-site",
              "most-sites-all",
              "most-cancer",
              "tier-statement",
              "most-match",
              "naming",
              "concept-statement",
              "concept-choice",
              "steps-order",
              "downstream-cause",
              "most-site-typed",
              "cancer-statements-all",
              "cancer-statement-choice",
              "cancer-clue-typed",
              "term-match",
              "term-typed",
              "sequence-order",
              "reach-all"),
          GENERATORS.templateIds());
    }

    @Test
    void listsSubjectsInDatasetOrder() {
      assertEquals(
          List.of("lung", "breast", "prostate", "colorectal", "kidney", "liver", "ovary", "mouth"),
          GENERATORS.subjects("most-site"));
      assertEquals(
          List.of("lungs", "colon-liver", "breast-nodes", "prostate-bones"),
          GENERATORS.subjects("downstream-cause"));
    }

    @Test
    void namesTheUnknownTemplateAndTheKnownOnes() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> GENERATORS.generate("most-sight", "lung", 1));
      assertTrue(e.getMessage().contains("unknown template 'most-sight'"), e.getMessage());
      assertTrue(e.getMessage().contains("most-site,"), e.getMessage());
    }

    @Test
    void namesTheUnknownSubjectAndTheKnownOnes() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> GENERATORS.generate("most-site", "bladder", 1));
      assertEquals(
          "template 'most-site' has no subject 'bladder' (known: lung, breast, prostate,"
              + " colorectal, kidney, liver, ovary, mouth)",
          e.getMessage());
    }

    @Test
    void givesNothingForATemplateWithNoSubjectInTheDataset() {
      QuestionGenerators spreadOnly = QuestionGenerators.of(Fixture.spreadOnly());
      assertEquals(List.of(), spreadOnly.subjects("concept-statement"));
      assertTrue(spreadOnly.generate("concept-statement", 3).isEmpty());
      assertTrue(spreadOnly.generate("most-site", 3).isPresent());
    }

    @Test
    void drawsTheSubjectFromTheSeed() {
      Question q = GENERATORS.generate("most-site", 42).orElseThrow();
      assertEquals(GENERATORS.generate("most-site", q.info().subject(), 42), q);
    }
  }

  @Nested
  class Banks {
    @Test
    void holdOneQuestionPerTemplateAndSubject() {
      int expected =
          GENERATORS.templateIds().stream().mapToInt(t -> GENERATORS.subjects(t).size()).sum();
      List<Question> bank = GENERATORS.bank(9);
      assertEquals(expected, bank.size());
      for (Question q : bank) {
        assertTrue(GENERATORS.subjects(q.info().template()).contains(q.info().subject()), q.id());
        assertTrue(q.id().startsWith(q.info().template() + "."), q.id());
      }
    }

    @Test
    void mixTrueAndFalseStatements() {
      long falseOnes =
          GENERATORS.bank(3).stream().filter(q -> q instanceof TrueFalse t && !t.answer()).count();
      assertTrue(falseOnes >= 5, "only " + falseOnes + " false statements");
    }
  }

  @Nested
  class Balance {
    /**
     * Seeds 0 to 3999 are fixed, so this cannot flake; the tolerance (a quarter of the expected
     * count) is wide enough for any fair shuffle and narrow enough to catch a key that sticks to
     * one place.
     */
    @Test
    void spreadsTheCorrectOptionOverEveryPosition() {
      for (String template :
          List.of("most-site", "most-cancer", "naming", "concept-choice", "downstream-cause")) {
        Map<Integer, int[]> bySize = new HashMap<>();
        for (long seed = 0; seed < 4000; seed++) {
          SingleChoice q = (SingleChoice) GENERATORS.generate(template, seed).orElseThrow();
          int[] counts = bySize.computeIfAbsent(q.options().size(), n -> new int[n]);
          for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).id().equals(q.correct())) {
              counts[i]++;
            }
          }
        }
        bySize.forEach(
            (size, counts) -> {
              int total = java.util.Arrays.stream(counts).sum();
              if (total < 400) {
                return;
              }
              double expected = (double) total / size;
              for (int i = 0; i < size; i++) {
                int position = i;
                assertTrue(
                    Math.abs(counts[i] - expected) < expected / 4,
                    () ->
                        template
                            + " with "
                            + size
                            + " options puts the key at "
                            + position
                            + " "
                            + counts[position]
                            + " times of "
                            + total);
              }
            });
      }
    }

    @Test
    void makesAboutHalfOfTheTemplatesStatementsFalse() {
      // Facts with no false reading are always true, so the others are read false more often.
      int falseOnes = 0;
      int total = 0;
      for (long seed = 0; seed < 100; seed++) {
        for (String subject : GENERATORS.subjects("tier-statement")) {
          TrueFalse q = (TrueFalse) GENERATORS.generate("tier-statement", subject, seed);
          total++;
          falseOnes += q.answer() ? 0 : 1;
        }
      }
      assertTrue(Math.abs(falseOnes - total / 2) < total / 15, falseOnes + " of " + total);
    }
  }
}

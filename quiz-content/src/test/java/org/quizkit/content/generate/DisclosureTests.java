package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

class DisclosureTests {
  private static final Facts FACTS = Facts.of(DatasetLoader.loadBuiltIn());
  private static final QuestionGenerators GENERATORS = QuestionGenerators.of(FACTS.dataset());

  private static Question question(String template, String subject, long seed) {
    return GENERATORS.generate(template, subject, seed);
  }

  private static boolean enemies(Question a, Question b) {
    return meets(a.info(), b.info()) || meets(b.info(), a.info());
  }

  private static boolean meets(QuestionInfo from, QuestionInfo to) {
    Set<String> shown = new HashSet<>(from.tests());
    shown.addAll(from.reveals());
    return to.tests().stream().anyMatch(shown::contains);
  }

  @Nested
  class FromTheClaim {
    @Test
    void namingStemRevealsTheSpreadFactAndTestsTheNamingPrinciple() {
      Question q = question(Naming.ID, "breast>brain", 3);
      assertTrue(q.info().reveals().contains("breast>brain"), q.info().toString());
      assertTrue(q.info().tests().contains("naming-keeps-origin"), q.info().toString());
      assertFalse(q.info().tests().contains("breast>brain"), "the stem gives it: not tested");
    }

    @Test
    void mostSiteTestsEveryMostFactOfTheCancerAndRevealsOnlyTheKeyedOne() {
      for (long seed = 0; seed < 50; seed++) {
        SingleChoice q = (SingleChoice) question(MostSite.ID, "lung", seed);
        List<String> most = FACTS.mostFacts("lung").stream().map(f -> f.id()).toList();
        assertTrue(q.info().tests().containsAll(most), q.info().tests().toString());
        String keyed = "lung>" + q.correct();
        List<String> revealedMost = q.info().reveals().stream().filter(most::contains).toList();
        assertEquals(List.of(keyed), revealedMost, "seed " + seed);
      }
    }

    @Test
    void aTrueTierStatementRevealsItsFactAndAFalseOneOnlyTestsIt() {
      boolean sawTrue = false;
      boolean sawFalse = false;
      for (long seed = 0; seed < 40; seed++) {
        TrueFalse q = (TrueFalse) question(TierStatement.ID, "colorectal>lung", seed);
        assertTrue(q.info().tests().contains("colorectal>lung"), q.info().toString());
        assertEquals(
            q.answer(), q.info().reveals().contains("colorectal>lung"), q.info().toString());
        sawTrue |= q.answer();
        sawFalse |= !q.answer();
      }
      assertTrue(sawTrue && sawFalse);
    }

    @Test
    void theNamingPrincipleItemAndTheNamingItemsItAnswersAreEnemies() {
      Question principle = question(ConceptChoice.ID, "naming", 1);
      Question statement = question(ConceptStatement.ID, "naming-prostate-bones", 1);
      for (String fact : List.of("breast>brain", "kidney>lung", "colorectal>liver")) {
        Question naming = question(Naming.ID, fact, 1);
        assertTrue(enemies(principle, naming), fact);
        assertTrue(enemies(statement, naming), fact);
      }
    }

    @Test
    void theTypedAndTheChoiceQuestionOnOneCancersMostCommonSitesAreEnemies() {
      Question typed = question(MostSiteTyped.ID, "colorectal", 10);
      Question choice = question(MostSite.ID, "colorectal", 10);
      assertTrue(enemies(typed, choice));
    }

    @Test
    void aTypedItemAndAnItemThatTicksOneOfItsAnswersAsRightAreEnemies() {
      Question typed = question(MostSiteTyped.ID, "colorectal", 1);
      assertTrue(typed.info().tests().contains("answer:site:liver"), typed.info().toString());
      int checked = 0;
      for (long seed = 0; seed < 40; seed++) {
        SingleChoice lung = (SingleChoice) question(MostSite.ID, "lung", seed);
        assertEquals(lung.correct().equals("liver"), enemies(typed, lung), "seed " + seed);
        checked += lung.correct().equals("liver") ? 1 : 0;
      }
      assertTrue(checked > 0);
    }

    @Test
    void aTypedTermAndAnItemTickingTheSameWordAsRightAreEnemiesThoughOneNamesASite() {
      Question term = GENERATORS.generate("term-typed", "omentum", 1);
      for (long seed = 0; seed < 20; seed++) {
        Question ovary = question(MostSitesAll.ID, "ovary", seed);
        assertTrue(enemies(term, ovary), "seed " + seed);
      }
    }

    @Test
    void itemsOnUnrelatedFactsAreNotEnemies() {
      Question lung = question(MostSite.ID, "lung", 2);
      Question steps = GENERATORS.generate(StepsOrder.ID, 2).orElseThrow();
      assertFalse(enemies(lung, steps));
    }

    @Test
    void everyQuestionOfTheBankDeclaresWhatItTests() {
      for (long seed = 0; seed < 20; seed++) {
        for (Question q : GENERATORS.bank(seed)) {
          assertFalse(q.info().tests().isEmpty(), q.id() + " with seed " + seed);
          assertTrue(
              new HashSet<>(q.info().tests()).size() == q.info().tests().size(),
              q.id() + " repeats a fact");
        }
      }
    }
  }

  @Nested
  class FailsLoudly {
    private Question withClaim(Question question, String claim) {
      QuestionInfo info = question.info();
      return question.withInfo(
          new QuestionInfo(
              info.explanation(),
              info.section(),
              info.basis(),
              info.template(),
              info.subject(),
              claim,
              info.tags(),
              info.difficulty()));
    }

    @Test
    void onAClaimFormItDoesNotKnow() {
      Question q = withClaim(question(MostSite.ID, "lung", 1), "often(lung,?)");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Disclosure.over(FACTS).declare(q));
      assertTrue(e.getMessage().contains("'often(lung,?)'"), e.getMessage());
      assertTrue(e.getMessage().contains("most"), e.getMessage());
    }

    @Test
    void onAClaimWithTheWrongNumberOfArguments() {
      Question q = withClaim(question(MostSite.ID, "lung", 1), "most(lung)");
      assertThrows(IllegalArgumentException.class, () -> Disclosure.over(FACTS).declare(q));
    }

    @Test
    void onAClaimThatDoesNotFitTheKind() {
      Question q = withClaim(question(MostSite.ID, "lung", 1), "most(lung,bone)");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Disclosure.over(FACTS).declare(q));
      assertTrue(e.getMessage().contains("open argument"), e.getMessage());
    }

    @Test
    void onEveryClaimFormEveryTemplateUses() {
      // Every template's claims parse: a new template with a new relation fails here first.
      Set<String> relations = new HashSet<>();
      List<String> claims = new ArrayList<>();
      for (Question q : GENERATORS.bank(0)) {
        claims.add(q.info().claim());
        relations.add(Disclosure.Form.parse(q.id(), q.info().claim()).relation());
      }
      assertTrue(Disclosure.FORMS.keySet().containsAll(relations), claims.toString());
    }
  }
}

package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** The templates about where cancers spread, on the fixture dataset. */
class SpreadTemplatesTests {
  private static final QuestionGenerators GENERATORS = QuestionGenerators.of(Fixture.dataset());
  private static final int SEEDS = 300;

  @SuppressWarnings("unchecked")
  private static <Q extends Question> List<Q> many(String template, String subject) {
    return LongStream.range(0, SEEDS)
        .mapToObj(seed -> (Q) GENERATORS.generate(template, subject, seed))
        .toList();
  }

  private static Set<String> offered(List<? extends Question> questions) {
    Set<String> out = new HashSet<>();
    questions.forEach(q -> Inspect.options(q).forEach(o -> out.add(o.refers())));
    return out;
  }

  @Nested
  class MostSiteQuestions {
    @Test
    void keysOneOfTheCancersMostCommonSites() {
      for (SingleChoice q : SpreadTemplatesTests.<SingleChoice>many("most-site", "lung")) {
        assertTrue(
            List.of("adrenal-glands", "liver", "bones", "brain").contains(q.correct()),
            q::toString);
        assertEquals("most(lung,?)", q.info().claim());
        assertTrue(q.stem().contains("most often"), q.stem());
      }
    }

    @Test
    void asksForTheOnlyMostCommonSiteDirectly() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("most-site", "prostate", 1);
      assertEquals("Where does prostate cancer most often spread?", q.stem());
      assertEquals("bones", q.correct());
    }

    @Test
    void agreesTheVerbWithAPluralCancerName() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("most-site", "mouth", 1);
      assertEquals("Where do cancers of the mouth and throat most often spread?", q.stem());
    }

    @Test
    void neverOffersTheCancersOwnOrganAWordSharingSiteOrAnUncertainPair() {
      Set<String> lung = offered(many("most-site", "lung"));
      assertFalse(lung.contains("lungs"), "own organ: " + lung);
      assertFalse(lung.contains("bone-marrow"), "shares a word with the bones: " + lung);
      Set<String> ovary = offered(many("most-site", "ovary"));
      assertFalse(ovary.contains("lungs"), "uncertain pair: " + ovary);
    }

    @Test
    void offersUnstatedSitesOnlyWhereCancersTravelAndNeverOnesNamedRelativeToAnotherCancer() {
      Set<String> lung = offered(many("most-site", "lung"));
      for (String onlyGrownInto :
          List.of("renal-vein", "pelvic-wall", "spinal-cord", "nearby-tissues")) {
        assertFalse(lung.contains(onlyGrownInto), onlyGrownInto + " in " + lung);
      }
      assertTrue(lung.containsAll(List.of("skin", "peritoneum", "omentum")), lung.toString());
      // Local growth is not ranked by the article: "not a most common site" would be undecided.
      assertFalse(
          offered(many("most-site", "kidney")).contains("renal-vein"), "kidney grows into it");
    }

    @Test
    void offersSitesTheCancerReachesLessOftenWithFeedbackThatKeepsTheQualifier() {
      List<SingleChoice> questions = many("most-site", "prostate");
      Option lungs =
          questions.stream()
              .flatMap(q -> q.options().stream())
              .filter(o -> o.refers().equals("lungs"))
              .findFirst()
              .orElseThrow();
      assertTrue(lungs.feedback().contains("less often"), lungs.feedback());
    }

    @Test
    void explanationNamesEveryMostCommonSiteAndTheLowerTiers() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("most-site", "colorectal", 5);
      assertTrue(
          q.info().explanation().contains("most often spreads to the liver and the lungs"),
          q.info().explanation());
      assertTrue(q.info().explanation().contains("can also reach the bones and the brain"));
    }

    @Test
    void endsTheExplanationWithTheCancersOverallReach() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("most-site", "lung", 0);
      assertTrue(
          q.info().explanation().endsWith("Overall: it can reach nearly every organ."),
          q.info().explanation());
    }

    @Test
    void recordsSectionTitleBasisAndTags() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("most-site", "kidney", 3);
      assertEquals("Which cancers spread where? / Kidney", q.info().section());
      assertTrue(q.info().basis().containsAll(List.of("kidney>lungs", "kidney>bones")));
      assertTrue(q.info().tags().containsAll(List.of("cancer:kidney", "site:lungs", "site:bones")));
      assertEquals("most-site", q.info().template());
      assertEquals("kidney", q.info().subject());
    }

    @Test
    void skipsCancersWithoutACertainMostCommonSite() {
      assertFalse(GENERATORS.subjects("most-site").contains("bladder"));
      assertFalse(GENERATORS.subjects("most-site").contains("brain"));
    }
  }

  @Nested
  class AllMostSitesQuestions {
    @Test
    void marksEveryMostCommonSiteCorrectAndLeavesRoomForADistractor() {
      for (MultipleResponse q :
          SpreadTemplatesTests.<MultipleResponse>many("most-sites-all", "lung")) {
        assertEquals(Set.of("adrenal-glands", "liver", "bones", "brain"), Set.copyOf(q.correct()));
        assertEquals(5, q.options().size());
      }
    }

    @Test
    void keepsTheNumberOfOptionsBetweenThreeAndFive() {
      Set<Integer> sizes = new HashSet<>();
      for (MultipleResponse q :
          SpreadTemplatesTests.<MultipleResponse>many("most-sites-all", "breast")) {
        sizes.add(q.options().size());
      }
      assertEquals(Set.of(3, 4, 5), sizes);
    }

    @Test
    void asksForEveryPlaceTheArticleNames() {
      MultipleResponse q = (MultipleResponse) GENERATORS.generate("most-sites-all", "ovary", 2);
      assertTrue(q.stem().startsWith("Select every place"), q.stem());
      assertTrue(q.stem().contains("ovarian cancer most often spreads"), q.stem());
    }
  }

  @Nested
  class MostCancerQuestions {
    @Test
    void offersOnlyCancersWithACertainMostCommonSite() {
      Set<String> offered = offered(many("most-cancer", "lungs"));
      assertFalse(offered.contains("bladder"), offered.toString());
      assertFalse(offered.contains("brain"), offered.toString());
    }

    @Test
    void neverOffersTheCancerOfTheSiteItself() {
      assertFalse(offered(many("most-cancer", "lungs")).contains("lung"));
      assertFalse(offered(many("most-cancer", "liver")).contains("liver"));
    }

    @Test
    void keysACancerWhoseMostCommonSitesIncludeTheSite() {
      Set<String> keys = new HashSet<>();
      for (SingleChoice q : SpreadTemplatesTests.<SingleChoice>many("most-cancer", "bones")) {
        keys.add(q.correct());
        assertEquals(
            "Which of these cancers, if it spreads, most often goes to the bones?", q.stem());
      }
      assertEquals(Set.of("lung", "breast", "prostate", "kidney", "liver"), keys);
    }

    @Test
    void explanationNamesTheOtherCancersThatAlsoFit() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("most-cancer", "omentum", 1);
      assertEquals("ovary", q.correct());
      assertTrue(
          q.info().explanation().contains("peritoneum and the omentum"), q.info().explanation());
    }
  }

  @Nested
  class TierStatements {
    @Test
    void coverEveryCertainFactAndNoUncertainOne() {
      List<String> subjects = GENERATORS.subjects("tier-statement");
      assertEquals(Fixture.dataset().facts().size() - 1, subjects.size());
      assertFalse(subjects.contains("ovary>lungs"));
    }

    @Test
    void sayBothTrueAndFalseThingsAboutAFactWithAFalseReading() {
      Set<Boolean> answers = new HashSet<>();
      Set<String> claims = new HashSet<>();
      for (TrueFalse q : SpreadTemplatesTests.<TrueFalse>many("tier-statement", "lung>liver")) {
        answers.add(q.answer());
        claims.add(q.info().claim());
      }
      assertEquals(Set.of(true, false), answers);
      assertEquals(Set.of("most(lung,liver)", "less(lung,liver)", "rare(lung,liver)"), claims);
    }

    @Test
    void stayTrueForAFactWithNoFalseReading() {
      for (TrueFalse q : SpreadTemplatesTests.<TrueFalse>many("tier-statement", "bladder>lungs")) {
        assertTrue(q.answer());
        assertEquals("Bladder cancer can also reach the lungs.", q.stem());
      }
    }

    @Test
    void wordEachTierWithItsOwnQualifier() {
      Set<String> kidney = new HashSet<>();
      many("tier-statement", "kidney>renal-vein").forEach(q -> kidney.add(q.stem()));
      assertTrue(
          kidney.contains("Kidney cancer can grow directly into the renal vein."),
          kidney.toString());
      assertEquals(
          "Bladder cancer can grow directly into nearby tissues.",
          GENERATORS.generate("tier-statement", "bladder>nearby-tissues", 0).stem());
      assertEquals(
          "Brain tumours can grow directly into the spinal cord.",
          GENERATORS.generate("tier-statement", "brain>spinal-cord", 0).stem());
      Set<String> stems = new HashSet<>();
      many("tier-statement", "ovary>brain").forEach(q -> stems.add(q.stem()));
      assertTrue(stems.contains("Ovarian cancer rarely spreads to the brain."), stems.toString());
      Set<String> prostate = new HashSet<>();
      many("tier-statement", "prostate>liver").forEach(q -> prostate.add(q.stem()));
      assertTrue(
          prostate.contains(
              "Prostate cancer can spread to the liver, but less often than to the bones."),
          prostate.toString());
    }

    @Test
    void explainAFalseStatementWithWhatTheArticleSays() {
      TrueFalse q =
          SpreadTemplatesTests.<TrueFalse>many("tier-statement", "breast>liver").stream()
              .filter(s -> !s.answer())
              .findFirst()
              .orElseThrow();
      assertTrue(q.info().explanation().startsWith("False."), q.info().explanation());
      assertTrue(q.info().explanation().contains("can also reach the liver"));
      assertTrue(q.info().explanation().contains("most often spreads to the bones"));
    }
  }

  @Nested
  class MostMatchQuestions {
    @Test
    void pairsThreeOrFourCancersUniquely() {
      Set<Integer> sizes = new HashSet<>();
      for (Matching q : SpreadTemplatesTests.<Matching>many("most-match", "cancers")) {
        sizes.add(q.premises().size());
        assertTrue(q.choices().size() - q.premises().size() <= 1, q::toString);
        assertTrue(Inspect.breaches(q, Fixture.dataset()).isEmpty(), q::toString);
      }
      assertFalse(sizes.isEmpty());
      assertTrue(Set.of(3, 4).containsAll(sizes), sizes.toString());
    }

    @Test
    void sometimesAddsAPlaceThatMatchesNoCancer() {
      boolean extra =
          SpreadTemplatesTests.<Matching>many("most-match", "cancers").stream()
              .anyMatch(
                  q ->
                      q.choices().size() > q.premises().size()
                          && q.stem().contains("matches none"));
      assertTrue(extra);
    }
  }

  @Nested
  class NamingQuestions {
    @Test
    void offersTheCancerOfTheOrganReachedAsTheTrap() {
      for (SingleChoice q : SpreadTemplatesTests.<SingleChoice>many("naming", "kidney>lungs")) {
        assertEquals("kidney", q.correct());
        Option trap =
            q.options().stream().filter(o -> o.refers().equals("lung")).findFirst().orElseThrow();
        assertTrue(
            trap.feedback().contains("Lung cancer is the name for cancer that starts in the lungs"),
            trap.feedback());
        assertTrue(
            q.info().explanation().contains("lung cancer would mean a primary cancer"),
            q.info().explanation());
      }
    }

    @Test
    void prefersCancersThatReachTheSameSiteAsDistractors() {
      Set<String> reachLiver =
          Set.of("lung", "breast", "prostate", "colorectal", "bladder", "liver", "ovary", "mouth");
      // Half the draws take any other cancers (so that Balance has a choice of words): the
      // tempting ones still make up most questions.
      int tempting = 0;
      List<SingleChoice> questions = SpreadTemplatesTests.many("naming", "colorectal>liver");
      for (SingleChoice q : questions) {
        tempting += q.options().stream().allMatch(o -> reachLiver.contains(o.refers())) ? 1 : 0;
        assertEquals(
            "Colon and rectal cancer has spread to the liver. What is the cancer there called, and"
                + " treated as?",
            q.stem());
      }
      assertTrue(tempting * 3 >= questions.size(), tempting + " of " + questions.size());
    }

    @Test
    void leavesOutLocalGrowth() {
      assertFalse(GENERATORS.subjects("naming").contains("kidney>renal-vein"));
      assertTrue(GENERATORS.subjects("naming").contains("kidney>lungs"));
    }

    @Test
    void asksAHandfulOfScenariosWithTheOrganTrapFirst() {
      assertEquals(
          List.of(
              "lung>liver",
              "breast>brain",
              "colorectal>liver",
              "kidney>lungs",
              "liver>lungs",
              "ovary>brain"),
          GENERATORS.subjects("naming"));
    }

    @Test
    void reliesOnTheNamingRuleAndTakesItsSection() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("naming", "kidney>lungs", 0);
      assertTrue(q.info().basis().containsAll(List.of("kidney>lungs", "naming-1")));
      assertEquals("What is metastatic cancer?", q.info().section());
      assertEquals("named(kidney,lungs,?)", q.info().claim());
    }
  }

  @Nested
  class TypedMostSiteQuestions {
    @Test
    void acceptsEveryNameAndSynonymOfEveryMostCommonSite() {
      ShortAnswer q = (ShortAnswer) GENERATORS.generate("most-site-typed", "colorectal", 0);
      assertEquals(List.of("liver", "hepatic", "lungs", "lung", "pulmonary"), q.accepted());
      assertEquals(List.of("liver", "lungs"), q.keyed());
      assertTrue(q.rivals().containsAll(List.of("skin", "spleen")), q.rivals().toString());
      assertFalse(q.rivals().contains("liver"));
    }

    @Test
    void gradesSitesOfAnotherTierWithoutMakingThemRivals() {
      ShortAnswer q = (ShortAnswer) GENERATORS.generate("most-site-typed", "colorectal", 0);
      assertFalse(q.rivals().contains("bones"), q.rivals().toString());
      assertFalse(q.rivals().contains("brain"), q.rivals().toString());
      assertTrue(
          q.notes().stream().anyMatch(n -> n.answers().contains("bones") && n.credit() == 0.0),
          q.notes().toString());
    }

    @Test
    void leavesUncertainSitesOutOfTheRivals() {
      ShortAnswer q = (ShortAnswer) GENERATORS.generate("most-site-typed", "ovary", 0);
      assertFalse(q.rivals().contains("lungs"), q.rivals().toString());
      assertFalse(q.rivals().contains("liver"), q.rivals().toString());
      assertTrue(q.rivals().contains("spleen"), q.rivals().toString());
    }
  }
}

package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.content.oracle.Fixtures.assertValid;
import static org.quizkit.content.oracle.Fixtures.assertViolations;
import static org.quizkit.content.oracle.Fixtures.info;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;

/**
 * Hand-built questions the checker must pass, and broken ones it must fail for exactly the expected
 * reasons.
 */
class QuestionCheckerTests {
  private final QuestionChecker checker = Fixtures.checker();

  private static Option site(String id, String text) {
    return Option.of(id, text, textToSite(text));
  }

  private static String textToSite(String text) {
    return switch (text) {
      case "the bones" -> "bone";
      case "the brain" -> "brain";
      case "the liver" -> "liver";
      case "the lungs" -> "lungs";
      case "the spleen" -> "spleen";
      case "the pleura" -> "pleura";
      case "the peritoneum" -> "peritoneum";
      case "the lymph nodes" -> "lymph-nodes";
      case "the adrenal glands" -> "adrenal-glands";
      default -> throw new IllegalArgumentException(text);
    };
  }

  private static SingleChoice single(String claim, String correct, Option... options) {
    return new SingleChoice("q1", "Which one?", List.of(options), correct, info(claim));
  }

  private static SingleChoice lungMost(Option... options) {
    return single("most(lung,?)", "a", options);
  }

  @Nested
  class SingleChoiceQuestions {
    @Test
    void passesAMostQuestionWithFalseDistractors() {
      // lungs: not stated for lung cancer; pleura: also; spleen: never stated. All FALSE for most.
      assertValid(
          checker,
          lungMost(
              site("a", "the bones"),
              site("b", "the lungs"),
              site("c", "the pleura"),
              site("d", "the spleen")));
    }

    @Test
    void passesOptionsWordedBySynonymOrWithOtherCase() {
      assertValid(
          checker,
          lungMost(
              Option.of("a", "Skeleton", "bone"),
              Option.of("b", "LUNG", "lungs"),
              Option.of("c", "Pleura", "pleura")));
    }

    @Test
    void failsADistractorThatIsAlsoAMostSite() {
      assertViolations(
          checker,
          lungMost(site("a", "the bones"), site("b", "the brain"), site("c", "the spleen")),
          "option 'b' (the brain) is not keyed, but most(lung,brain) is TRUE");
    }

    @Test
    void failsAnUndecidedDistractor() {
      // lung>lymph-nodes is an uncertain most: neither a right answer nor a wrong one
      assertViolations(
          checker,
          lungMost(site("a", "the bones"), site("b", "the lymph nodes"), site("c", "the spleen")),
          "option 'b' (the lymph nodes): most(lung,lymph-nodes) is UNDECIDED");
    }

    @Test
    void failsEveryOptionOfACancerWithNoMostSite() {
      SingleChoice question =
          single(
              "most(skin,?)",
              "a",
              site("a", "the lymph nodes"),
              site("b", "the spleen"),
              site("c", "the liver"));
      assertViolations(
          checker,
          question,
          "most(skin,lymph-nodes) is UNDECIDED",
          "most(skin,spleen) is UNDECIDED",
          "most(skin,liver) is UNDECIDED");
    }

    @Test
    void failsAKeyThatIsFalse() {
      assertViolations(
          checker,
          single(
              "most(lung,?)",
              "b",
              site("a", "the bones"),
              site("b", "the spleen"),
              site("c", "the pleura")),
          "option 'a' (the bones) is not keyed, but most(lung,bone) is TRUE",
          "option 'b' (the spleen) is keyed correct, but most(lung,spleen) is FALSE");
    }

    @Test
    void passesANamingQuestionWhoseDistractorsAreOtherCancers() {
      assertValid(
          checker,
          single(
              "named(colon,liver,?)",
              "a",
              Option.of("a", "colon cancer", "colon"),
              Option.of("b", "liver cancer", "liver-primary"),
              Option.of("c", "lung cancer", "lung")));
    }

    @Test
    void passesAConceptQuestionWordedAsTheClaims() {
      assertValid(
          checker,
          single(
              "claim(?)",
              "a",
              Option.of("a", "A tumour that spread keeps the name of where it began", "naming-1"),
              Option.of("b", "Breast cancer in the lungs is called lung cancer", "naming-2"),
              Option.of("c", "Any cell that breaks away forms a new tumour", "steps-1")));
    }

    @Test
    void passesACauseQuestionWhoseOptionsAreCauses() {
      assertValid(
          checker,
          single(
              "cause(lungs,?)",
              "a",
              Option.of("a", "Blood from most organs passes the lungs first", "lungs"),
              Option.of("b", "Blood from the bowel drains to the liver", "liver"),
              Option.of("c", "Veins near the spine link to the pelvis", "spine")));
    }

    @Test
    void failsAnOptionNamingAnUnknownDownstreamEntry() {
      assertViolations(
          checker,
          single(
              "cause(lungs,?)",
              "a",
              Option.of("a", "Blood from most organs passes the lungs first", "lungs"),
              Option.of("b", "Blood from the bowel drains to the liver", "liver"),
              Option.of("c", "The heart pumps hard", "heart")),
          "option 'c' (The heart pumps hard) refers to 'heart', which is not a known downstream"
              + " entry");
    }
  }

  @Nested
  class OptionsOfAChoiceQuestion {
    @Test
    void failsTooFewOrTooManyOptions() {
      assertViolations(
          checker,
          lungMost(site("a", "the bones"), site("b", "the spleen")),
          "has 2 options, want 3 to 5");
      assertViolations(
          checker,
          single(
              "most(prostate,?)",
              "a",
              site("a", "the bones"),
              site("b", "the lungs"),
              site("c", "the liver"),
              site("d", "the brain"),
              site("e", "the spleen"),
              site("f", "the pleura")),
          "has 6 options, want 3 to 5");
    }

    @Test
    void failsOptionsThatReadTheSameOnceCaseAndPluralsAreIgnored() {
      assertViolations(
          checker,
          lungMost(
              site("a", "the bones"),
              Option.of("b", "The Lungs", "lungs"),
              Option.of("c", "lung", "lungs"),
              site("d", "the spleen")),
          "options 'b' (The Lungs), 'c' (lung) read the same",
          "options 'b' (The Lungs), 'c' (lung) refer to the same thing");
    }

    @Test
    void failsOptionsOfMixedKinds() {
      assertViolations(
          checker,
          lungMost(
              site("a", "the bones"),
              Option.of("b", "prostate cancer", "prostate"),
              site("c", "the spleen")),
          "option 'b' (prostate cancer) refers to 'prostate', which is not a known site");
    }

    @Test
    void failsAnOptionThatNamesNothing() {
      assertViolations(
          checker,
          lungMost(
              site("a", "the bones"), Option.of("b", "None of these"), site("c", "the spleen")),
          "option 'b' (None of these) refers to '', which is not a known site");
    }

    @Test
    void failsAnOptionWhoseTextNamesAnotherThing() {
      // the learner reads "the brain" (TRUE) while the key thinks of the spleen (FALSE)
      assertViolations(
          checker,
          lungMost(
              site("a", "the bones"),
              Option.of("b", "the brain", "spleen"),
              site("c", "the pleura")),
          "option 'b' reads 'the brain' but refers to site 'spleen'");
    }
  }

  @Nested
  class MultipleResponseQuestions {
    private MultipleResponse boneMost(List<String> correct, Option... options) {
      return new MultipleResponse(
          "q2", "Which ones?", List.of(options), correct, info("most(?,bone)"));
    }

    @Test
    void passesWhenEveryTrueOptionIsKeyed() {
      assertValid(
          checker,
          boneMost(
              List.of("a", "b"),
              Option.of("a", "lung cancer", "lung"),
              Option.of("b", "prostate cancer", "prostate"),
              Option.of("c", "bowel cancer", "colon")));
    }

    @Test
    void failsWhenATrueOptionIsLeftUnkeyed() {
      assertViolations(
          checker,
          boneMost(
              List.of("a"),
              Option.of("a", "lung cancer", "lung"),
              Option.of("b", "prostate cancer", "prostate"),
              Option.of("c", "colon cancer", "colon")),
          "option 'b' (prostate cancer) is not keyed, but most(prostate,bone) is TRUE");
    }

    @Test
    void failsADistractorCancerWithNoCertainMostSite() {
      // thyroid names no certain most site, so the source does not rule bone out for it
      assertViolations(
          checker,
          boneMost(
              List.of("a"),
              Option.of("a", "lung cancer", "lung"),
              Option.of("b", "thyroid cancer", "thyroid"),
              Option.of("c", "colon cancer", "colon")),
          "most(thyroid,bone) is UNDECIDED");
    }
  }

  @Nested
  class TrueFalseQuestions {
    private TrueFalse statement(String claim, boolean answer) {
      return new TrueFalse("q3", "A statement.", answer, info(claim));
    }

    @Test
    void passesAKeyEqualToTheClaim() {
      assertValid(checker, statement("less(prostate,lungs)", true));
      assertValid(checker, statement("less(prostate,bone)", false));
      assertValid(checker, statement("claim(naming-2)", false));
      assertValid(checker, statement("most(lung,spleen)", false));
      assertValid(checker, statement("named(colon,liver,colon)", true));
    }

    @Test
    void failsAWrongKey() {
      assertViolations(
          checker,
          statement("less(prostate,lungs)", false),
          "is keyed false but less(prostate,lungs) is TRUE");
      assertViolations(
          checker,
          statement("claim(naming-2)", true),
          "is keyed true but claim(naming-2) is FALSE");
    }

    @Test
    void failsAnUndecidedStatementWhicheverWayItIsKeyed() {
      for (boolean answer : List.of(true, false)) {
        assertViolations(
            checker,
            statement("stated(lung,spleen)", answer),
            "stated(lung,spleen), which is UNDECIDED");
        assertViolations(
            checker, statement("less(lung,lymph-nodes)", answer), "which is UNDECIDED");
        assertViolations(checker, statement("also(lung,bone)", answer), "which is UNDECIDED");
      }
    }

    @Test
    void failsAClaimWithAHole() {
      assertViolations(checker, statement("most(lung,?)", true), "with 1 holes; its kind needs 0");
    }
  }

  @Nested
  class MatchingQuestions {
    private Matching matching(
        String claim, List<Option> premises, List<Option> choices, Map<String, String> key) {
      return new Matching("q4", "Match them.", premises, choices, key, info(claim));
    }

    @Test
    void passesAUniquePairingWithAnExtraChoice() {
      assertValid(
          checker,
          matching(
              "most(?,?)",
              List.of(
                  Option.of("p1", "lung cancer", "lung"), Option.of("p2", "colon cancer", "colon")),
              List.of(
                  site("c1", "the brain"), site("c2", "the peritoneum"), site("c3", "the pleura")),
              Map.of("p1", "c1", "p2", "c2")));
    }

    @Test
    void passesCausesMatchedToPatterns() {
      assertValid(
          checker,
          matching(
              "cause(?,?)",
              List.of(
                  Option.of("p1", "Many cancers reach the lungs", "lungs"),
                  Option.of("p2", "Bowel cancers often reach the liver", "liver")),
              List.of(
                  Option.of("c1", "Blood from most organs passes the lungs first", "lungs"),
                  Option.of("c2", "Blood from the bowel drains to the liver", "liver"),
                  Option.of("c3", "Veins near the spine link to the pelvis", "spine")),
              Map.of("p1", "c1", "p2", "c2")));
    }

    @Test
    void failsAPairingThatIsNotUnique() {
      // lung cancer also reaches the bones most often, so two answers fit the first premise
      assertViolations(
          checker,
          matching(
              "most(?,?)",
              List.of(
                  Option.of("p1", "lung cancer", "lung"),
                  Option.of("p2", "prostate cancer", "prostate")),
              List.of(site("c1", "the brain"), site("c2", "the bones")),
              Map.of("p1", "c1", "p2", "c2")),
          "pair premise 'p1' / choice 'c2' is not keyed, but most(lung,bone) is TRUE");
    }

    @Test
    void failsAnExtraChoiceThatIsUndecided() {
      assertViolations(
          checker,
          matching(
              "most(?,?)",
              List.of(
                  Option.of("p1", "lung cancer", "lung"), Option.of("p2", "colon cancer", "colon")),
              List.of(
                  site("c1", "the brain"),
                  site("c2", "the peritoneum"),
                  site("c3", "the lymph nodes")),
              Map.of("p1", "c1", "p2", "c2")),
          "pair premise 'p1' / choice 'c3': most(lung,lymph-nodes) is UNDECIDED");
    }

    @Test
    void failsAKeyedPairThatIsFalse() {
      assertViolations(
          checker,
          matching(
              "most(?,?)",
              List.of(
                  Option.of("p1", "lung cancer", "lung"), Option.of("p2", "colon cancer", "colon")),
              List.of(site("c1", "the brain"), site("c2", "the peritoneum")),
              Map.of("p1", "c2", "p2", "c1")),
          "pair premise 'p1' / choice 'c1' is not keyed, but most(lung,brain) is TRUE",
          "pair premise 'p1' / choice 'c2' is keyed correct, but most(lung,peritoneum) is FALSE",
          "pair premise 'p2' / choice 'c1' is keyed correct, but most(colon,brain) is FALSE",
          "pair premise 'p2' / choice 'c2' is not keyed, but most(colon,peritoneum) is TRUE");
    }

    @Test
    void failsAClaimWithOneHole() {
      assertViolations(
          checker,
          matching(
              "most(lung,?)",
              List.of(
                  Option.of("p1", "lung cancer", "lung"), Option.of("p2", "colon cancer", "colon")),
              List.of(site("c1", "the brain"), site("c2", "the peritoneum")),
              Map.of("p1", "c1", "p2", "c2")),
          "with 1 holes; its kind needs 2");
    }
  }

  @Nested
  class OrderingQuestions {
    private Ordering ordering(String claim, List<String> order, Option... items) {
      return new Ordering("q5", "Put them in order.", List.of(items), order, info(claim));
    }

    private final Option breakAway =
        Option.of("i1", "Break away from the first tumour", "break-away");
    private final Option travel = Option.of("i2", "Travel through the body", "travel");
    private final Option grow = Option.of("i3", "Grow into a new tumour", "grow");

    @Test
    void passesAKeyInAscendingOrder() {
      assertValid(checker, ordering("order()", List.of("i1", "i2", "i3"), grow, breakAway, travel));
    }

    @Test
    void failsAWrongOrder() {
      assertViolations(
          checker,
          ordering("order()", List.of("i1", "i3", "i2"), breakAway, travel, grow),
          "keys steps [break-away, grow, travel] with orders [1, 5, 3]: not ascending");
    }

    @Test
    void failsAStepWithNoPlace() {
      assertViolations(
          checker,
          ordering(
              "order()",
              List.of("i1", "i4", "i3"),
              breakAway,
              Option.of("i4", "Hide from the immune system", "hide"),
              grow),
          "item 'i4' is step 'hide', which has no place in the order (order 0)");
    }

    @Test
    void failsStepsThatShareAPlace() {
      QuestionChecker ties =
          new QuestionChecker(new Oracle(SpreadFile.fromResource(Fixtures.TIES)));
      assertViolations(
          ties,
          new Ordering(
              "q6",
              "Put them in order.",
              List.of(
                  Option.of("a", "First thing", "first"),
                  Option.of("b", "Second thing", "second-a"),
                  Option.of("c", "Another second thing", "second-b")),
              List.of("a", "b", "c"),
              info("order()", "Steps")),
          "two share a place");
    }

    @Test
    void failsAnItemThatIsNoStep() {
      assertViolations(
          checker,
          ordering("order()", List.of("i1", "x"), breakAway, Option.of("x", "the bones", "bone")),
          "item 'x' (the bones) refers to 'bone', which is not a known step");
    }

    @Test
    void failsAnotherClaim() {
      assertViolations(
          checker,
          ordering("most(lung,?)", List.of("i1", "i2"), breakAway, travel),
          "is an ordering but carries claim most(lung,?), want order()");
    }
  }

  @Nested
  class ShortAnswerQuestions {
    private ShortAnswer typed(String claim, List<String> accepted, List<String> rivals) {
      return new ShortAnswer("q7", "Name it.", accepted, rivals, info(claim));
    }

    @Test
    void passesEveryNameAndSynonymOfTheTrueSites() {
      assertValid(
          checker,
          typed(
              "most(prostate,?)",
              List.of("the bones", "Bone", "skeleton"),
              List.of("the lungs", "the liver", "the spleen")));
      assertValid(
          checker,
          typed(
              "most(lung,?)",
              List.of("the bones", "the brain", "the liver", "the adrenal glands", "adrenals"),
              List.of("the lungs", "the pleura")));
    }

    @Test
    void failsAcceptingANonMostSite() {
      assertViolations(
          checker,
          typed("most(prostate,?)", List.of("the bones", "the lungs"), List.of("the spleen")),
          "accepts 'the lungs', which names site 'lungs', but most(prostate,lungs) is FALSE");
    }

    @Test
    void failsAcceptingAnUndecidedSite() {
      assertViolations(
          checker,
          typed(
              "most(lung,?)",
              List.of(
                  "the bones", "the brain", "the liver", "the adrenal glands", "the lymph nodes"),
              List.of()),
          "accepts 'the lymph nodes', which names site 'lymph-nodes', but most(lung,lymph-nodes) is"
              + " UNDECIDED");
    }

    @Test
    void failsLeavingOutATrueSite() {
      assertViolations(
          checker,
          typed("most(lung,?)", List.of("the bones", "the brain", "the liver"), List.of()),
          "does not accept 'the adrenal glands', though most(lung,adrenal-glands) is TRUE");
    }

    @Test
    void failsAnAcceptedAnswerThatNamesNothing() {
      assertViolations(
          checker,
          typed("most(prostate,?)", List.of("the bones", "the moon"), List.of()),
          "accepts 'the moon', which names no known site");
    }

    @Test
    void failsARivalNamingATrueSite() {
      assertViolations(
          checker,
          typed("most(prostate,?)", List.of("the bones"), List.of("Skeleton")),
          "lists rival 'Skeleton', which names site 'bone', but most(prostate,bone) is TRUE");
    }

    @Test
    void failsARivalNamingAnUndecidedSite() {
      // prostate>adrenal-glands is uncertain: marking it wrong would treat it as false
      assertViolations(
          checker,
          typed("most(prostate,?)", List.of("the bones"), List.of("adrenals")),
          "lists rival 'adrenals', but most(prostate,adrenal-glands) is UNDECIDED");
    }

    @Test
    void failsAClaimTrueForNothing() {
      assertViolations(
          checker,
          typed("most(skin,?)", List.of("the lymph nodes"), List.of()),
          "asks most(skin,?), which is TRUE for no site",
          "but most(skin,lymph-nodes) is UNDECIDED");
    }

    @Test
    void passesATypedCancerByNameOrAlias() {
      assertValid(
          checker,
          typed(
              "most(?,peritoneum)",
              List.of("colon cancer", "bowel cancer"),
              List.of("lung cancer")));
    }

    @Test
    void failsARivalCancerWithNoCertainMostSite() {
      assertViolations(
          checker,
          typed("most(?,peritoneum)", List.of("colon cancer"), List.of("thyroid cancer")),
          "lists rival 'thyroid cancer', but most(thyroid,peritoneum) is UNDECIDED");
    }

    @Test
    void failsRivalsThatAreMerelyNotStated() {
      // the open world: a site never named for lung cancer is not a wrong answer to "can spread"
      assertViolations(
          checker,
          typed(
              "stated(lung,?)",
              List.of("the bones", "the brain", "the liver", "the adrenal glands", "the pleura"),
              List.of("the spleen")),
          "lists rival 'the spleen', but stated(lung,spleen) is UNDECIDED");
    }

    @Test
    void failsANoteThatMarksDownARightAnswerOrCreditsAnUndecidedOne() {
      ShortAnswer question =
          new ShortAnswer(
              "q7",
              "Name it.",
              List.of("the bones"),
              List.of("the spleen"),
              List.of(
                  new TypedAnswerNote(List.of("skeleton"), 0.5, "Half."),
                  new TypedAnswerNote(List.of("adrenals"), 0.5, "Half."),
                  new TypedAnswerNote(List.of("spleen"), 0.0, "No.")),
              info("most(prostate,?)"));
      assertViolations(
          checker,
          question,
          "gives 'skeleton' credit 0.5, but most(prostate,bone) is TRUE",
          "gives 'adrenals' credit 0.5, but most(prostate,adrenal-glands) is UNDECIDED",
          "lists 'spleen' both in a note and as a rival");
    }

    @Test
    void passesNotesThatGiveLowerTiersAndUndecidedSitesNoCredit() {
      assertValid(
          checker,
          new ShortAnswer(
              "q7",
              "Name it.",
              List.of("the bones"),
              List.of("the spleen"),
              List.of(
                  new TypedAnswerNote(List.of("the lungs"), 0.0, "Less often."),
                  new TypedAnswerNote(List.of("adrenals"), 0.0, "Mentioned.")),
              info("most(prostate,?)")));
    }

    @Test
    void failsAskingForSomethingWithoutAName() {
      assertViolations(
          checker,
          typed("claim(?)", List.of("naming-1"), List.of()),
          "asks for a concept claim to be typed");
    }
  }

  @Nested
  class EveryQuestion {
    @Test
    void failsASectionThatIsNotATitleInTheFile() {
      Question question =
          new TrueFalse(
              "q8",
              "A statement.",
              true,
              info("less(prostate,lungs)", "Where it spreads / Kidney"));
      assertViolations(
          checker,
          question,
          "cites section 'Where it spreads / Kidney', which is not a section title");
    }

    @Test
    void failsASectionGivenByIdInsteadOfTitle() {
      Question question =
          new TrueFalse(
              "q8", "A statement.", true, info("less(prostate,lungs)", "spread/prostate"));
      assertViolations(checker, question, "cites section 'spread/prostate'");
    }

    @Test
    void failsAQuestionThatReliesOnAnUncertainFact() {
      QuestionInfo basis =
          new QuestionInfo(
              "Because.",
              Fixtures.LUNG_SECTION,
              List.of("lung>bone", "lung>lymph-nodes", "naming-1"),
              "hand-made",
              "lung",
              "most(lung,bone)",
              List.of(),
              Difficulty.MEDIUM);
      assertViolations(
          checker,
          new TrueFalse("q13", "A statement.", true, basis),
          "relies on fact 'lung>lymph-nodes', which is uncertain");
    }

    @Test
    void failsAQuestionWithoutAClaim() {
      Question question =
          new TrueFalse(
              "q9", "A statement.", true, QuestionInfo.of("Because.", Fixtures.LUNG_SECTION));
      assertViolations(checker, question, "carries no claim");
    }

    @Test
    void failsAClaimTheOracleCannotRead() {
      assertViolations(
          checker,
          new TrueFalse("q10", "A statement.", true, info("often(prostate,lungs)")),
          "carries a claim the oracle cannot read: claim 'often(prostate,lungs)' has unknown"
              + " relation 'often'");
      assertViolations(
          checker,
          new TrueFalse("q11", "A statement.", true, info("less(prostate)")),
          "cannot read");
    }

    @Test
    void namesTheQuestionAndItsTemplateInEveryViolation() {
      List<String> found =
          checker.violations(
              new TrueFalse("q12", "A statement.", false, info("less(prostate,lungs)", "Nowhere")));
      assertEquals(2, found.size(), found::toString);
      found.forEach(v -> assertTrue(v.startsWith("question 'q12' [hand-made] "), v));
    }
  }

  @Nested
  class MisKeyedQuestions {
    @Test
    void everyValidQuestionFailsOnceItsKeyIsMadeWrong() {
      List<Question> valid =
          List.of(
              lungMost(site("a", "the bones"), site("b", "the lungs"), site("c", "the spleen")),
              new MultipleResponse(
                  "q2",
                  "Which ones?",
                  List.of(
                      Option.of("a", "lung cancer", "lung"),
                      Option.of("b", "prostate cancer", "prostate"),
                      Option.of("c", "colon cancer", "colon")),
                  List.of("a", "b"),
                  info("most(?,bone)")),
              new TrueFalse("q3", "A statement.", false, info("claim(naming-2)")),
              new Matching(
                  "q4",
                  "Match them.",
                  List.of(
                      Option.of("p1", "lung cancer", "lung"),
                      Option.of("p2", "colon cancer", "colon")),
                  List.of(site("c1", "the brain"), site("c2", "the peritoneum")),
                  Map.of("p1", "c1", "p2", "c2"),
                  info("most(?,?)")),
              new Ordering(
                  "q5",
                  "Put them in order.",
                  List.of(
                      Option.of("i1", "Break away from the first tumour", "break-away"),
                      Option.of("i2", "Grow into a new tumour", "grow")),
                  List.of("i1", "i2"),
                  info("order()")),
              new ShortAnswer(
                  "q7",
                  "Name it.",
                  List.of("the bones"),
                  List.of("the lungs"),
                  info("most(prostate,?)")));
      for (Question question : valid) {
        assertValid(checker, question);
        Question wrong = WrongKeys.of(question);
        assertTrue(
            !checker.violations(wrong).isEmpty(), () -> "checker missed the wrong key of " + wrong);
      }
    }
  }
}

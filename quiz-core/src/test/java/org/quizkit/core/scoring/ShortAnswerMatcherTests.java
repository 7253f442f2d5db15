package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.response.Response;

class ShortAnswerMatcherTests {
  private static boolean accepts(List<String> accepted, List<String> rivals, String typed) {
    return ShortAnswerMatcher.of(accepted, rivals).accepts(typed);
  }

  private static boolean accepts(String accepted, String typed) {
    return accepts(List.of(accepted), List.of(), typed);
  }

  @Nested
  class Normalising {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "'  The LIVER!! '|liver",
          "Lymph-Nodes|lymph node",
          "an adrenal gland|adrenal gland",
          "Paget's disease|paget disease",
          "Pl\u00e9ura|pleura",
          "\uFF4C\uFF49\uFF56\uFF45\uFF52|liver",
          "ovaries|ovary",
          "masses|mass",
          "branches|branch",
          "bushes|bush",
          "boxes|box",
          "bones|bone",
          "glands|gland",
          "pelvis|pelvis",
          "uterus|uterus",
          "gas|gas",
          "the|the",
          "'lymph \u00a0 nodes'|lymph node"
        })
    void foldsCaseAccentsPunctuationSpacesArticlesAndPlurals(String raw, String expected) {
      assertEquals(expected, TypedAnswerNormaliser.normalise(raw));
    }

    @Test
    void leavesNothingOfPunctuationAlone() {
      assertEquals("", TypedAnswerNormaliser.normalise(" ?!. "));
    }
  }

  @Nested
  class ExactAfterNormalising {
    @Test
    void acceptsAnySynonym() {
      List<String> accepted = List.of("lymph nodes", "lymph glands");
      assertTrue(accepts(accepted, List.of(), "lymph glands"));
      assertTrue(accepts(accepted, List.of(), "Lymph Nodes."));
    }

    @Test
    void acceptsSingularForPluralAndBack() {
      assertTrue(accepts("lungs", "lung"));
      assertTrue(accepts("adrenal glands", "the adrenal gland"));
      assertTrue(accepts("ovary", "Ovaries"));
      assertTrue(accepts("bone", "bones"));
    }

    @Test
    void ignoresCaseAndPunctuation() {
      assertTrue(accepts("liver", "LIVER!"));
      assertTrue(accepts("lymph nodes", "lymph-nodes"));
    }

    @Test
    void rejectsBlankAndPunctuationOnly() {
      assertFalse(accepts("liver", ""));
      assertFalse(accepts("liver", " ... "));
    }

    @Test
    void acceptsAnExactMatchEvenWhenARivalFoldsTheSame() {
      assertTrue(accepts(List.of("lung"), List.of("lungs", "liver"), "lungs"));
    }

    @Test
    void rejectsAnotherSite() {
      assertFalse(accepts(List.of("liver"), List.of("lungs"), "lungs"));
    }
  }

  @Nested
  class OneTypo {
    @Test
    void forgivesOneTypoInALongWord() {
      assertTrue(accepts("liver", "livr"));
      assertTrue(accepts("peritoneum", "peritonuem"));
      assertTrue(accepts("adrenal glands", "adrenal glnads"));
      assertTrue(accepts("pleura", "pleurra"));
    }

    @Test
    void rejectsATypoInAShortWord() {
      assertFalse(accepts("lung", "lumg"));
      assertFalse(accepts("bone", "bome"));
      assertFalse(accepts("lymph nodes", "lymph nodez"));
    }

    @Test
    void rejectsTwoTyposInOneWord() {
      assertFalse(accepts("peritoneum", "pertionuem"));
      assertFalse(accepts("liver", "lvr"));
    }

    @Test
    void rejectsOneTypoInEachOfTwoWords() {
      assertFalse(accepts("adrenal glands", "adernal glnads"));
    }

    @Test
    void rejectsAMissingWord() {
      assertFalse(accepts("adrenal glands", "adrenal"));
    }
  }

  @Nested
  class Rivals {
    @Test
    void rejectsATypoAsCloseToARivalAsToTheAnswer() {
      // one letter left out: one edit from the answer and one from its near-namesake
      assertTrue(accepts("peritoneum", "peritneum"));
      assertFalse(accepts(List.of("peritoneum"), List.of("perineum"), "peritneum"));
    }

    @Test
    void rejectsATypoOneEditFromAConstructedRival() {
      assertTrue(accepts("liver", "iiver"));
      assertFalse(accepts(List.of("liver"), List.of("river"), "iiver"));
    }

    @Test
    void acceptsATypoThatIsCloserToTheAnswerThanToAnyRival() {
      assertTrue(accepts(List.of("liver"), List.of("river"), "livet"));
    }

    @Test
    void rejectsTheRivalItself() {
      assertFalse(accepts(List.of("peritoneum"), List.of("perineum"), "perineum"));
    }
  }

  @Nested
  class ThroughTheScorer {
    @Test
    void usesTheQuestionsAcceptedAnswersAndRivals() {
      ShortAnswer question =
          new ShortAnswer(
              "sa",
              "Name the lining of the abdomen.",
              List.of("peritoneum"),
              List.of("perineum", "pleura"),
              QuestionInfo.of("It lines the abdomen.", "Ovary"));
      assertEquals(Score.full(), Scorer.score(question, new Response.Text("Peritonuem")));
      assertEquals(Score.none(), Scorer.score(question, new Response.Text("peritneum")));
    }
  }
}

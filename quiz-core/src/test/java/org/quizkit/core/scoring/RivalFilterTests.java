package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RivalFilterTests {
  private static boolean kept(String rival, String typed) {
    return TypedAnswerNormaliser.mayBeOneEditFrom(rival, TypedAnswerNormaliser.normalise(typed));
  }

  @Nested
  class KeepsEveryRivalOneEditAway {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "pelvic area|pelxvic area",
          "pelvic area|pevic area",
          "pelvic area|pelvi carea",
          "pelvic area|pelvicarea",
          "pelvic area|pelvic  arex",
          "pelvic area|eplvic area",
          "pelvic area|xpelvic area",
          "pelvic area|elvic area",
          "The pelvis|pelvus",
          "an organ|orgxn",
          "lungs|ulng",
          "bones|xbone",
          "bones|one",
          "Pe\u0301lvis|pelvix",
          "pelvic, area|pelvic are",
          "pelvic \u00e1rea|pelvic aera",
          "ovaries|ovarx",
          "a b|a c",
          // a character outside the Basic Multilingual Plane is two chars but one edit
          "!!0|\uD84A\uDC44",
          "ab|ab\uD84A\uDC44",
          "ab|\uD84A\uDC44b"
        })
    void keepsTheRival(String rival, String typed) {
      int distance =
          Distance.between(
              TypedAnswerNormaliser.normalise(rival), TypedAnswerNormaliser.normalise(typed));
      assertTrue(distance <= 1, "the example is " + distance + " edits apart");
      assertTrue(kept(rival, typed), rival + " / " + typed);
    }
  }

  @Nested
  class RulesOutMostOthers {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "liver|peritoneux",
          "lining of the abdomen|livex",
          "lymph nodes|livex",
          "spleen|lungx"
        })
    void rulesOutTheRival(String rival, String typed) {
      assertTrue(
          Distance.between(
                  TypedAnswerNormaliser.normalise(rival), TypedAnswerNormaliser.normalise(typed))
              > 1,
          "the example is one edit apart");
      assertFalse(kept(rival, typed), rival + " / " + typed);
    }
  }
}

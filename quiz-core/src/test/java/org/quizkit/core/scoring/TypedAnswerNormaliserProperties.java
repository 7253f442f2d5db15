package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;

/** Accents come off as they did when Commons Lang took them off, which it now does only here. */
class TypedAnswerNormaliserProperties {
  private static final String ACCENTED = "métastase ŁÓDŹ øre Ærø Đakovo İstanbul ﬁbre Ǆ ŉ ẞ";

  @Test
  void stripsAccentsAsCommonsLangDoesOnAnyText() {
    qt().withExamples(20_000)
        .forAll(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12))
        .checkAssert(
            text ->
                assertEquals(
                    StringUtils.stripAccents(text), TypedAnswerNormaliser.stripAccents(text)));
  }

  @Test
  void stripsAccentsAsCommonsLangDoesOnAccentedLetters() {
    assertEquals(StringUtils.stripAccents(ACCENTED), TypedAnswerNormaliser.stripAccents(ACCENTED));
    assertEquals("metastase", TypedAnswerNormaliser.stripAccents("métastase"));
    assertEquals("Lodz", TypedAnswerNormaliser.stripAccents("Łódź"));
  }
}

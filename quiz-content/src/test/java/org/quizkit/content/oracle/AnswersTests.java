package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswersTests {
  @Test
  void ignoresCaseSpacingPunctuationArticlesAndPlurals() {
    assertEquals("adrenal gland", Answers.normal("  The Adrenal-Glands. "));
    assertTrue(Answers.same("the bones", "BONE"));
    assertTrue(Answers.same("lymph nodes", "Lymph  node"));
    assertTrue(Answers.same("an organ", "organs!"));
  }

  @Test
  void keepsWordsThatDiffer() {
    assertFalse(Answers.same("the liver", "the lungs"));
    assertFalse(Answers.same("adrenal glands", "glands"));
    assertFalse(Answers.same("bone", "bone marrow"));
  }

  @Test
  void leavesShortWordsAndDoubleSAlone() {
    assertEquals("mass", Answers.normal("mass"));
    assertEquals("is", Answers.normal("is"));
  }

  @Test
  void dropsOnlyALeadingArticle() {
    assertEquals("lining of the lung", Answers.normal("the lining of the lungs"));
  }
}

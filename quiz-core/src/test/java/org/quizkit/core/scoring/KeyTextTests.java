package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.seed.Seeds;

class KeyTextTests {
  @Test
  void namesTheKeyedOptionOfASingleChoice() {
    assertEquals(List.of("Bone"), KeyText.lines(ScorerTests.SINGLE));
  }

  @Test
  void listsKeyedOptionsInTheOrderShown() {
    assertEquals(List.of("Bone", "Liver", "Brain"), KeyText.lines(ScorerTests.MULTIPLE));
    assertEquals("Bone; Liver; Brain", KeyText.line(ScorerTests.MULTIPLE));
  }

  @Test
  void saysTrueOrFalse() {
    assertEquals(
        List.of("False"), KeyText.lines(new TrueFalse("tf", "A claim.", false, ScorerTests.INFO)));
  }

  @Test
  void pairsEachPremiseWithItsChoiceInPremiseOrder() {
    assertEquals(
        List.of("Lung -> Adrenal glands", "Breast -> Bone", "Colon -> Liver"),
        KeyText.lines(ScorerTests.MATCHING));
  }

  @Test
  void listsItemsInTheKeyedOrderWhateverTheShownOrder() {
    assertEquals(
        List.of("Invade", "Travel", "Settle"),
        KeyText.lines(ScorerTests.ORDERING.shuffled(Seeds.random(7))));
  }
}

package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Question;

/** The independent checks themselves must catch what they look for. */
class SheetRulesTests {
  private final QuizContent content = QuizContent.builtIn();

  private Question made(String template, String subject) {
    return content.generators().generate(template, subject, 4);
  }

  @Test
  void textCheckFindsATypedAnswerShownAsTheCorrectOptionOfAnotherItem() {
    List<Question> sheet =
        List.of(made("most-site-typed", "colorectal"), made("most-sites-all", "colorectal"));
    assertFalse(SheetRules.giveaways(sheet).isEmpty());
    assertFalse(SheetRules.enemies(sheet).isEmpty());
  }

  @Test
  void textCheckLetsUnrelatedItemsBe() {
    List<Question> sheet =
        List.of(made("most-site-typed", "colorectal"), made("most-sites-all", "prostate"));
    assertEquals(List.of(), SheetRules.giveaways(sheet));
  }
}

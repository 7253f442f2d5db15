package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.QuizSpec;

/** A misspelt module or tag is refused with the names it was probably meant to be. */
class MisspeltSelectionTests {
  private static final QuizContent CONTENT = QuizContent.builtIn();

  private static QuizSpec taggedWith(String tag) {
    return QuizSpec.builder().count(5).seed(7).tags(Set.of(tag)).build();
  }

  @Test
  void refusesAModuleTagForAnUnknownModuleNamingTheNearestOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QuizContent.moduleTag("chst"));

    assertTrue(
        e.getMessage().startsWith("unknown module 'chst'; did you mean 'chest'? (known: travel,"),
        e::getMessage);
  }

  @Test
  void givesTheTagOfAKnownModule() {
    assertEquals("module:chest", QuizContent.moduleTag("chest"));
  }

  @Test
  void refusesAQuizWithATagNoQuestionHas() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CONTENT.quiz(taggedWith("module:chst")));

    assertTrue(
        e.getMessage()
            .startsWith("no question has the tag 'module:chst'; did you mean 'module:chest'?"),
        e::getMessage);
  }

  @Test
  void refusesVersionsAndCountsWithATagNoQuestionHas() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CONTENT.versions(
                taggedWith("module:nope"), 2, org.quizkit.core.assembly.Variation.SHUFFLE));
    assertThrows(IllegalArgumentException.class, () -> CONTENT.available(taggedWith("nope")));
  }

  @Test
  void listsTheKnownModulesWhenNoneIsNear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CONTENT.quiz(taggedWith("module:zz")));

    assertEquals(
        "no question has the tag 'module:zz' (known: module:travel, module:steps, module:naming,"
            + " module:why-there, module:chest, module:digestive, module:urinary-reproductive,"
            + " module:blood-lymph, module:brain-skin-head-neck)",
        e.getMessage());
  }

  @Test
  void assemblesAQuizWithAKnownModuleTag() {
    assertEquals(5, CONTENT.quiz(taggedWith(QuizContent.moduleTag("chest"))).size());
  }
}

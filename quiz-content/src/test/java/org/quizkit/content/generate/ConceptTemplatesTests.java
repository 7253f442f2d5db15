package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.seed.Seeds;

/** The templates about concepts: claims, the steps of spread and the downstream patterns. */
class ConceptTemplatesTests {
  private static final QuestionGenerators GENERATORS = QuestionGenerators.of(Fixture.dataset());
  private static final Facts FACTS = Facts.of(Fixture.dataset());
  private static final ConceptStatement STATEMENT = new ConceptStatement();

  @Nested
  class ConceptStatements {
    @Test
    void judgeEachClaimByItsTruth() {
      // Generated directly: the fixture's naming claims are too far apart in length to be asked
      // as a true/false pair (see ConceptStatement.subjects), but each is judged the same way.
      TrueFalse right = (TrueFalse) STATEMENT.generate(FACTS, "naming-1", Seeds.random(0));
      TrueFalse wrong = (TrueFalse) STATEMENT.generate(FACTS, "naming-2", Seeds.random(0));
      assertTrue(right.answer());
      assertFalse(wrong.answer());
      assertEquals("Breast cancer found in the lungs is lung cancer.", wrong.stem());
      assertEquals("claim(naming-2)", wrong.info().claim());
      assertEquals(List.of("topic:naming"), wrong.info().tags());
    }

    @Test
    void correctAFalseClaimWithWhatTheArticleSays() {
      TrueFalse wrong = (TrueFalse) STATEMENT.generate(FACTS, "naming-3", Seeds.random(0));
      assertTrue(wrong.info().explanation().startsWith("False."));
      assertEquals(
          "False. It is treated as a cancer of the place where it began.",
          wrong.info().explanation());
    }
  }

  @Nested
  class ConceptChoices {
    @Test
    void needATrueClaimAndTwoFalseOnesOnTheTopic() {
      assertEquals(List.of("naming"), GENERATORS.subjects("concept-choice"));
    }

    @Test
    void keyTheTrueClaimAmongFalseOnes() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("concept-choice", "naming", 4);
      assertEquals("naming-1", q.correct());
      assertEquals(
          "Which statement about how a cancer that has spread is named and treated is true?",
          q.stem());
      assertEquals(
          Set.of("naming-1", "naming-2", "naming-3"),
          Set.copyOf(q.options().stream().map(Option::refers).toList()));
    }
  }

  @Nested
  class StepOrderings {
    @Test
    void keyTheOrderedStepsAscendingAndLeaveOutTheUnplacedOne() {
      Ordering q = (Ordering) GENERATORS.generate("steps-order", "intro", 0);
      assertEquals(List.of("break-away", "cross-wall", "grow"), q.order());
      assertTrue(
          q.info().explanation().contains("Escape the immune system"), q.info().explanation());
      assertEquals("What is metastatic cancer?", q.info().section());
    }

    @Test
    void neverShowTheItemsAlreadyInOrder() {
      for (long seed = 0; seed < 200; seed++) {
        Ordering q = (Ordering) GENERATORS.generate("steps-order", "intro", seed);
        assertNotEquals(q.order(), q.items().stream().map(Option::id).toList());
      }
    }
  }

  @Nested
  class DownstreamCauses {
    @Test
    void keyTheCauseOfThePatternInTheStem() {
      SingleChoice q = (SingleChoice) GENERATORS.generate("downstream-cause", "colon-liver", 0);
      assertEquals("colon-liver", q.correct());
      assertEquals(
          "Colon cancer often reaches the liver. What reason does the article give for this?",
          q.stem());
      assertEquals("cause(colon-liver,?)", q.info().claim());
    }

    @Test
    void tellWhichPatternAWrongCauseBelongsTo() {
      Set<String> feedback = new HashSet<>();
      LongStream.range(0, 50)
          .mapToObj(seed -> (SingleChoice) GENERATORS.generate("downstream-cause", "lungs", seed))
          .flatMap(q -> q.options().stream())
          .filter(o -> o.refers().equals("colon-liver"))
          .forEach(o -> feedback.add(o.feedback()));
      assertEquals(
          Set.of(
              "That is the reason given for another pattern: colon cancer often reaches the"
                  + " liver."),
          feedback);
    }
  }
}

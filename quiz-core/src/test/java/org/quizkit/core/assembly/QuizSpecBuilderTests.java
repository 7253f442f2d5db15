package org.quizkit.core.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Kind;

/** A spec is built from named values, so count and seed cannot change places unnoticed. */
class QuizSpecBuilderTests {
  @Test
  void buildsTheSpecOfTheNamedValues() {
    QuizSpec spec =
        QuizSpec.builder()
            .seed(7)
            .count(20)
            .kinds(Set.of(Kind.TRUE_FALSE))
            .tags(Set.of("module:chest"))
            .build();

    assertEquals(new QuizSpec(20, Set.of(Kind.TRUE_FALSE), Set.of("module:chest"), 7), spec);
  }

  @Test
  void allowsEveryKindAndQuestionUnlessTold() {
    QuizSpec spec = QuizSpec.builder().count(3).seed(-4).build();

    assertEquals(new QuizSpec(3, Set.of(), Set.of(), -4), spec);
  }

  @Test
  void refusesASpecWithoutASeed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> QuizSpec.builder().count(20).build());

    assertEquals("a quiz spec needs a seed: call seed(...)", e.getMessage());
  }

  @Test
  void refusesASpecWithoutACount() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> QuizSpec.builder().seed(20).build());

    assertEquals("a quiz spec needs a count: call count(...)", e.getMessage());
  }

  @Test
  void refusesACountBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> QuizSpec.builder().count(0).seed(1).build());
  }

  @Test
  void rebuildsTheSameSpecFromItsBuilder() {
    QuizSpec spec = new QuizSpec(9, Set.of(Kind.MATCHING), Set.of("a", "b"), 99);

    assertEquals(spec, spec.toBuilder().build());
    assertEquals(spec.withSeed(5), spec.toBuilder().seed(5).build());
  }
}

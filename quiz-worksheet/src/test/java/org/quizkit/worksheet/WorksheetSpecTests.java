package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Kind;
import org.quizkit.worksheet.WorksheetSpec.Variants;

class WorksheetSpecTests {

  @Nested
  class Validation {
    @Test
    void rejectsBlankTitle() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> WorksheetSpec.defaults("  "));
      assertTrue(e.getMessage().contains("title"), e.getMessage());
    }

    @Test
    void rejectsCountBelowOne() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> WorksheetSpec.defaults("T").withCount(0));
      assertTrue(e.getMessage().contains("count is 0"), e.getMessage());
    }

    @Test
    void rejectsMoreVersionsThanAToCv() {
      WorksheetSpec spec = WorksheetSpec.defaults("T");
      assertEquals(100, spec.withVersions(100).versions());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> spec.withVersions(101));
      assertTrue(e.getMessage().contains("versions is 101"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> spec.withVersions(0));
    }

    @Test
    void rejectsBlankTag() {
      assertThrows(
          IllegalArgumentException.class,
          () -> WorksheetSpec.defaults("T").withTags(List.of("module:a", " ")));
    }
  }

  @Nested
  class Filters {
    @Test
    void keepsKindsInDeclarationOrderAndTagsSorted() {
      WorksheetSpec spec =
          WorksheetSpec.defaults("T")
              .withKinds(List.of(Kind.SHORT_ANSWER, Kind.SINGLE_CHOICE))
              .withTags(List.of("module:b", "module:a"));
      assertEquals(List.of(Kind.SINGLE_CHOICE, Kind.SHORT_ANSWER), List.copyOf(spec.kinds()));
      assertEquals(List.of("module:a", "module:b"), List.copyOf(spec.tags()));
    }

    @Test
    void equalSpecsFromDifferentlyOrderedFilters() {
      WorksheetSpec one = WorksheetSpec.defaults("T").withTags(List.of("b", "a"));
      WorksheetSpec two = WorksheetSpec.defaults("T").withTags(List.of("a", "b"));
      assertEquals(one, two);
      assertEquals(one.settings(), two.settings());
    }
  }

  @Test
  void settingsNameEverythingNeededToMakeTheSheetsAgain() {
    WorksheetSpec spec =
        WorksheetSpec.defaults("T")
            .withCount(12)
            .withVersions(3)
            .withVariants(Variants.RESAMPLE)
            .withSeed(-5)
            .withKinds(List.of(Kind.TRUE_FALSE))
            .withTags(List.of("module:lung"));
    assertEquals(
        "12 questions; 3 versions; resample; seed -5; kinds true-false; tags module:lung",
        spec.settings());
    assertEquals(
        "12 questions; 3 versions; resample; seed -5; kinds multiple-response, matching;"
            + " tags module:lung; points multiple-response=2, matching=3",
        spec.withKinds(List.of(Kind.MATCHING, Kind.MULTIPLE_RESPONSE))
            .withPoints(Points.parse("matching=3,multiple-response=2"))
            .settings());
  }
}

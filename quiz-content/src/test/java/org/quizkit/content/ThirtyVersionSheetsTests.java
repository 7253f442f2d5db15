package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.assembly.Variation;
import org.quizkit.core.question.Question;
import org.quizkit.worksheet.Version;
import org.quizkit.worksheet.WorksheetSpec;
import org.quizkit.worksheet.Worksheets;

/**
 * Issue 12's "done when": {@code quiz worksheet --count 20 --versions 30 --seed S} for seeds 1 to
 * 200 (both variants), every version of 20 questions, no enemy pair by the declared facts nor by
 * the text check, true/false keys and key positions within their bounds; and the same draw as the
 * content's own versions (what {@code quiz export --count 20 --versions 30} writes).
 */
class ThirtyVersionSheetsTests {
  private final QuizContent content = QuizContent.builtIn();

  @Test
  void thirtyVersionsOfTwentyKeepEveryRuleForSeedsOneToTwoHundred() {
    List<String> broken = new ArrayList<>();
    for (long seed = 1; seed <= 200; seed++) {
      List<Question> bank = content.bank(seed);
      for (WorksheetSpec.Variants variants : WorksheetSpec.Variants.values()) {
        WorksheetSpec spec =
            WorksheetSpec.defaults("T")
                .withCount(20)
                .withVersions(30)
                .withVariants(variants)
                .withSeed(seed);
        List<Version> versions = Worksheets.versions(bank, spec);
        assertEquals(30, versions.size());
        assertEquals("AD", versions.get(29).label());
        for (Version version : versions) {
          assertEquals(20, version.questions().size(), seed + " " + version.label());
          String where = seed + "/" + variants + "/" + version.label() + ": ";
          SheetRules.broken(version.questions()).forEach(b -> broken.add(where + b));
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void aWorksheetAndTheContentsVersionsAreOneDraw() {
    for (long seed = 1; seed <= 20; seed++) {
      for (Variation variation : Variation.values()) {
        WorksheetSpec spec =
            WorksheetSpec.defaults("T")
                .withCount(20)
                .withVersions(30)
                .withVariants(WorksheetSpec.Variants.valueOf(variation.name()))
                .withSeed(seed);
        List<Version> sheets = Worksheets.versions(content.bank(seed), spec);
        List<Quiz> drawn =
            content.versions(QuizSpec.builder().count(20).seed(seed).build(), 30, variation);
        for (int v = 0; v < 30; v++) {
          assertEquals(drawn.get(v).questions(), sheets.get(v).questions(), seed + " " + v);
        }
        assertEquals(drawn.get(0), content.quiz(QuizSpec.builder().count(20).seed(seed).build()));
      }
    }
  }

  @Test
  void versionsAreLetteredLikeSpreadsheetColumns() {
    assertEquals("A", Version.label(0));
    assertEquals("Z", Version.label(25));
    assertEquals("AA", Version.label(26));
    assertEquals("AZ", Version.label(51));
    assertEquals("BA", Version.label(52));
    assertEquals("CV", Version.label(99));
    assertTrue(
        new java.util.HashSet<>(
                    java.util.stream.IntStream.range(0, 100).mapToObj(Version::label).toList())
                .size()
            == 100);
  }
}

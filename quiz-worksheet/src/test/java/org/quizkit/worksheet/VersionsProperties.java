package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.worksheet.WorksheetSpec.Variants;

/**
 * Drawing worksheet versions. A failure prints its seed: rerun with {@code -DQT_SEED=N} (see {@link
 * org.quizkit.core.question.RandomQuestions}).
 */
class VersionsProperties {
  private static Gen<Integer> counts() {
    return integers().between(1, 18);
  }

  private static Gen<Integer> versionCounts() {
    return integers().between(1, 5);
  }

  @Test
  void sameSpecDrawsTheSameVersions() {
    qt().withExamples(100)
        .forAll(longs().all(), counts(), versionCounts(), Generate.enumValues(Variants.class))
        .checkAssert(VersionsProperties::drawsTheSameVersions);
  }

  private static void drawsTheSameVersions(long seed, int count, int versions, Variants variants) {
    WorksheetSpec spec =
        WorksheetSpec.defaults("T")
            .withSeed(seed)
            .withCount(count)
            .withVersions(versions)
            .withVariants(variants);
    assertEquals(
        Worksheets.versions(Banks.blueprinted(2), spec),
        Worksheets.versions(Banks.blueprinted(2), spec));
  }

  @Test
  void shuffledVersionsHoldTheSameQuestions() {
    qt().withExamples(100)
        .forAll(longs().all(), counts(), versionCounts())
        .checkAssert(VersionsProperties::shuffledVersionsHoldTheSameQuestions);
  }

  private static void shuffledVersionsHoldTheSameQuestions(long seed, int count, int versions) {
    WorksheetSpec spec =
        WorksheetSpec.defaults("T").withSeed(seed).withCount(count).withVersions(versions);
    List<Version> drawn = Worksheets.versions(Banks.mixed(18), spec);
    assertEquals(versions, drawn.size());
    for (Version version : drawn) {
      assertEquals(VersionsTests.ids(drawn.get(0)), VersionsTests.ids(version));
      // the assembly rules may leave fewer than asked; every version holds what A holds
      assertTrue(version.questions().size() <= count, version.label());
    }
  }

  @Test
  void shuffledVersionsNeverShareAQuestionOrderWhenThereAreEnoughOrders() {
    qt().withExamples(100)
        .forAll(longs().all(), versionCounts())
        .checkAssert(VersionsProperties::neverShareAnOrder);
  }

  private static void neverShareAnOrder(long seed, int versions) {
    // 4 questions have 24 orders, far more than 5 versions
    WorksheetSpec spec =
        WorksheetSpec.defaults("T").withSeed(seed).withCount(4).withVersions(versions);
    List<List<String>> orders =
        Worksheets.versions(Banks.mixed(8), spec).stream().map(VersionsTests::order).toList();
    assertEquals(versions, new HashSet<>(orders).size(), orders.toString());
  }

  /**
   * Every resampled version keeps the assembly rules by itself and holds no question twice; which
   * questions it draws is the assembler's (docs/assembly.md).
   */
  @Test
  void resampledVersionsHoldNoQuestionTwiceAndNoMoreThanAsked() {
    qt().withExamples(100)
        .forAll(longs().all(), counts(), versionCounts())
        .checkAssert(
            (seed, count, versions) -> {
              WorksheetSpec spec =
                  WorksheetSpec.defaults("T")
                      .withSeed(seed)
                      .withCount(count)
                      .withVersions(versions)
                      .withVariants(Variants.RESAMPLE);
              List<Version> drawn = Worksheets.versions(Banks.blueprinted(3), spec);
              assertEquals(versions, drawn.size());
              for (Version version : drawn) {
                List<String> order = VersionsTests.order(version);
                assertEquals(order.size(), new HashSet<>(order).size(), "repeats a question");
                assertTrue(order.size() <= count, version.label());
              }
            });
  }
}

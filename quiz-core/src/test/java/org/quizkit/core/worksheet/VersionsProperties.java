package org.quizkit.core.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.worksheet.WorksheetSpec.Variants;

/**
 * Drawing worksheet versions. A failure prints its seed:
 * rerun with {@code -DQT_SEED=N} (see {@link org.quizkit.core.question.RandomQuestions}).
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

  private static void drawsTheSameVersions(
      long seed, int count, int versions, Variants variants) {
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
      assertEquals(count, version.questions().size());
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

  @Test
  void resampledVersionsFollowTheBlueprintOfVersionA() {
    qt().withExamples(100)
        .forAll(longs().all(), counts(), versionCounts())
        .checkAssert(VersionsProperties::resampledVersionsFollowTheBlueprintOfVersionA);
  }

  private static void resampledVersionsFollowTheBlueprintOfVersionA(long seed, int count, int versions) {
    WorksheetSpec spec =
        WorksheetSpec.defaults("T")
            .withSeed(seed)
            .withCount(count)
            .withVersions(versions)
            .withVariants(Variants.RESAMPLE);
    List<Version> drawn = Worksheets.versions(Banks.blueprinted(3), spec);
    for (Version version : drawn) {
      // Map equality ignores the order cells first appear in, as it should here
      assertEquals(
          Draw.blueprint(drawn.get(0).questions()),
          Draw.blueprint(version.questions()),
          version.label());
      assertEquals(count, new HashSet<>(VersionsTests.ids(version)).size(), "repeats a question");
    }
  }

  @Test
  void resampledVersionsRepeatOnlyWhatTheirCellCannotSupplyFresh() {
    qt().withExamples(100)
        .forAll(longs().all(), counts(), versionCounts())
        .checkAssert(VersionsProperties::resampledVersionsRepeatOnlyWhatTheirCellCannotSupplyFresh);
  }

  private static void resampledVersionsRepeatOnlyWhatTheirCellCannotSupplyFresh(long seed, int count, int versions) {
    int perCell = 3;
    WorksheetSpec spec =
        WorksheetSpec.defaults("T")
            .withSeed(seed)
            .withCount(count)
            .withVersions(versions)
            .withVariants(Variants.RESAMPLE);
    List<Version> drawn = Worksheets.versions(Banks.blueprinted(perCell), spec);
    Map<Draw.Cell, Long> blueprint = Draw.blueprint(drawn.get(0).questions());
    Set<String> used = new HashSet<>();
    for (int v = 0; v < drawn.size(); v++) {
      for (Map.Entry<Draw.Cell, Long> cell : blueprint.entrySet()) {
        long wanted = cell.getValue();
        long fresh = perCell - Math.min(perCell, v * wanted);
        long expectedRepeats = Math.max(0, wanted - fresh);
        long repeats =
            drawn.get(v).questions().stream()
                .filter(q -> Draw.Cell.of(q).equals(cell.getKey()))
                .filter(q -> used.contains(q.id()))
                .count();
        assertEquals(expectedRepeats, repeats, "version " + drawn.get(v).label() + " " + cell);
      }
      used.addAll(VersionsTests.ids(drawn.get(v)));
    }
  }
}

package org.quizkit.core.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quizkit.core.worksheet.WorksheetSpec.Variants;

class VersionsProperties {
  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(1, 18);
  }

  @Provide
  Arbitrary<Integer> versionCounts() {
    return Arbitraries.integers().between(1, 5);
  }

  @Property(tries = 100)
  void sameSpecDrawsTheSameVersions(
      @ForAll long seed,
      @ForAll("counts") int count,
      @ForAll("versionCounts") int versions,
      @ForAll Variants variants) {
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

  @Property(tries = 100)
  void shuffledVersionsHoldTheSameQuestions(
      @ForAll long seed, @ForAll("counts") int count, @ForAll("versionCounts") int versions) {
    WorksheetSpec spec =
        WorksheetSpec.defaults("T").withSeed(seed).withCount(count).withVersions(versions);
    List<Version> drawn = Worksheets.versions(Banks.mixed(18), spec);
    assertEquals(versions, drawn.size());
    for (Version version : drawn) {
      assertEquals(VersionsTests.ids(drawn.get(0)), VersionsTests.ids(version));
      assertEquals(count, version.questions().size());
    }
  }

  @Property(tries = 100)
  void shuffledVersionsNeverShareAQuestionOrderWhenThereAreEnoughOrders(
      @ForAll long seed, @ForAll("versionCounts") int versions) {
    // 4 questions have 24 orders, far more than 5 versions
    WorksheetSpec spec =
        WorksheetSpec.defaults("T").withSeed(seed).withCount(4).withVersions(versions);
    List<List<String>> orders =
        Worksheets.versions(Banks.mixed(8), spec).stream().map(VersionsTests::order).toList();
    assertEquals(versions, new HashSet<>(orders).size(), orders.toString());
  }

  @Property(tries = 100)
  void resampledVersionsFollowTheBlueprintOfVersionA(
      @ForAll long seed, @ForAll("counts") int count, @ForAll("versionCounts") int versions) {
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

  @Property(tries = 100)
  void resampledVersionsRepeatOnlyWhatTheirCellCannotSupplyFresh(
      @ForAll long seed, @ForAll("counts") int count, @ForAll("versionCounts") int versions) {
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

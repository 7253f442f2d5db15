package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.dataset.Section;
import org.quizkit.content.dataset.SpreadFact;

/**
 * The oracle reads the file that ships, and its reading agrees with the loader's. The two share no
 * code, so agreement here means a misread tier or flag in either would show.
 */
class BuiltInFileTests {
  static final String BUILT_IN = "/org/quizkit/content/dataset/spread.yaml";

  private final SpreadFile file = SpreadFile.fromResource(BUILT_IN);
  private final Dataset dataset = DatasetLoader.loadBuiltIn();

  @Nested
  class AgreementWithTheLoader {
    @Test
    void sameTierAndUncertaintyForEveryCancerAndSite() {
      List<String> differences = new ArrayList<>();
      for (String cancer : file.ids(Thing.CANCER)) {
        for (String site : file.ids(Thing.SITE)) {
          String oracle =
              file.fact(cancer, site).map(f -> f.tier() + (f.uncertain() ? "?" : "")).orElse("-");
          String loader =
              dataset
                  .fact(cancer, site)
                  .map(f -> f.tier().id() + (f.uncertain() ? "?" : ""))
                  .orElse("-");
          if (!oracle.equals(loader)) {
            differences.add(cancer + ">" + site + ": oracle " + oracle + ", loader " + loader);
          }
        }
      }
      assertEquals(List.of(), differences);
      assertEquals(dataset.facts().size(), countFacts());
    }

    private long countFacts() {
      return file.ids(Thing.CANCER).stream()
          .mapToLong(
              c -> file.ids(Thing.SITE).stream().filter(s -> file.fact(c, s).isPresent()).count())
          .sum();
    }

    @Test
    void sameIdsOfEveryKind() {
      assertEquals(dataset.cancers().stream().map(c -> c.id()).toList(), file.ids(Thing.CANCER));
      assertEquals(dataset.sites().stream().map(s -> s.id()).toList(), file.ids(Thing.SITE));
      assertEquals(dataset.claims().stream().map(c -> c.id()).toList(), file.ids(Thing.CLAIM));
      assertEquals(dataset.steps().stream().map(s -> s.id()).toList(), file.ids(Thing.STEP));
      assertEquals(
          dataset.downstream().stream().map(d -> d.id()).toList(), file.ids(Thing.DOWNSTREAM));
      assertEquals(dataset.sections().stream().map(Section::title).toList(), file.sectionTitles());
    }

    @Test
    void sameTruthForEveryClaimAndSameOrderForEveryStep() {
      dataset
          .claims()
          .forEach(c -> assertEquals(c.truth(), file.claims().get(c.id()).truth(), c.id()));
      dataset
          .steps()
          .forEach(s -> assertEquals(s.order(), file.steps().get(s.id()).order(), s.id()));
    }
  }

  @Nested
  class WhatTheOracleMakesOfIt {
    private final Oracle oracle = new Oracle(file);

    @Test
    void everyCertainFactIsTrueForItsOwnTier() {
      for (SpreadFact fact : dataset.facts()) {
        String claim = fact.tier().id() + "(" + fact.cancer() + "," + fact.site() + ")";
        assertEquals(
            fact.uncertain() ? Truth.UNDECIDED : Truth.TRUE, oracle.evaluate(claim), claim);
      }
    }

    @Test
    void theStepsWithAPlaceCanBeOrdered() {
      List<String> placed =
          file.steps().values().stream()
              .filter(s -> s.order() > 0)
              .sorted((a, b) -> Integer.compare(a.order(), b.order()))
              .map(SpreadFile.StepRow::id)
              .toList();
      assertFalse(placed.isEmpty());
      assertEquals(Truth.TRUE, oracle.inOrder(placed));
    }
  }
}

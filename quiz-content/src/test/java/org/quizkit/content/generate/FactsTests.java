package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;

class FactsTests {
  private static final Facts FACTS = Facts.of(Fixture.dataset());

  @Nested
  class MostCommonSites {
    @Test
    void readsTheListOfMostCommonSitesAsComplete() {
      assertTrue(FACTS.mostTrue("prostate", "bones"));
      assertTrue(FACTS.mostFalse("prostate", "lungs"));
      assertTrue(FACTS.mostFalse("prostate", "spleen"));
    }

    @Test
    void decidesNothingForAnUncertainPairOrACancerWithoutMostCommonSites() {
      assertFalse(FACTS.mostTrue("ovary", "lungs"));
      assertFalse(FACTS.mostFalse("ovary", "lungs"));
      assertFalse(FACTS.mostFalse("bladder", "spleen"));
    }
  }

  @Nested
  class Sections {
    @Test
    void coversSeveralSectionsWithTheirSharedParentWhenItExists() {
      assertEquals(
          "Which cancers spread where?",
          FACTS.commonSectionTitle(List.of("spread/lung", "spread/ovary")));
      assertEquals(
          "Which cancers spread where? / Lung",
          FACTS.commonSectionTitle(List.of("spread/lung", "spread/lung")));
    }

    @Test
    void fallsBackToTheFirstTitleWhenTheParentIsNotASection() {
      Dataset full = Fixture.dataset();
      Dataset noParent =
          new Dataset(
              "no-parent",
              full.sections().stream().filter(s -> !s.id().equals("spread")).toList(),
              full.sites(),
              full.cancers(),
              full.facts(),
              full.routes(),
              full.steps(),
              full.claims(),
              full.downstream());
      assertEquals(
          "Which cancers spread where? / Ovary",
          Facts.of(noParent).commonSectionTitle(List.of("spread/ovary", "spread/lung")));
    }
  }

  @Nested
  class Organs {
    @Test
    void findsTheCancerThatStartsInASite() {
      assertEquals(List.of("lung"), FACTS.organCancers("lungs").stream().map(Cancer::id).toList());
      assertEquals(List.of("brain"), FACTS.organCancers("brain").stream().map(Cancer::id).toList());
      assertEquals(List.of(), FACTS.organCancers("omentum"));
      assertTrue(FACTS.isOwnOrgan("liver", "liver"));
      assertFalse(FACTS.isOwnOrgan("colorectal", "liver"));
    }
  }
}

package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.internal.tree.TreeReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class BuiltInDatasetTests {
  private final Dataset dataset = DatasetLoader.loadBuiltIn();

  @Test
  void loadsWithoutProblems() {
    // loadBuiltIn throws a DatasetException listing the problems otherwise.
    assertEquals("Where cancers spread", dataset.name());
  }

  @Test
  void readsTheSameWhenConvertedToJson() {
    // Jackson converts the file independently of our reader; both syntaxes must give one dataset.
    JsonNode tree = YAMLMapper.builder().build().readTree(Fixtures.resource("spread.yaml"));
    byte[] json = JsonMapper.builder().build().writeValueAsBytes(tree);
    assertEquals(dataset, DatasetLoader.parse("spread.json", json, TreeReader.Format.JSON));
  }

  @Test
  void isTheSameObjectEachTime() {
    assertSame(dataset, DatasetLoader.loadBuiltIn());
  }

  @Nested
  class Cancers {
    @Test
    void coversEveryCancerTheArticleDescribes() {
      Set<String> ids = dataset.cancers().stream().map(Cancer::id).collect(Collectors.toSet());
      assertEquals(
          Set.of(
              "bladder",
              "brain",
              "breast",
              "cervix",
              "colorectal",
              "esophagus",
              "kidney",
              "leukemia",
              "liver",
              "lung",
              "lymphoma",
              "melanoma",
              "mouth-throat",
              "myeloma",
              "ovary",
              "pancreas",
              "prostate",
              "stomach",
              "uterus"),
          ids);
    }

    @Test
    void acceptsBritishSpellingsAsAliases() {
      assertTrue(aliasesOf("esophagus").contains("oesophageal cancer"));
      assertTrue(aliasesOf("leukemia").contains("leukaemia"));
      assertTrue(aliasesOf("brain").contains("brain tumour"));
      assertTrue(aliasesOf("colorectal").contains("colorectal"));
      assertTrue(aliasesOf("kidney").contains("renal cancer"));
      assertTrue(aliasesOf("stomach").contains("gastric cancer"));
    }

    @Test
    void givesEachCancerItsOwnSection() {
      for (Cancer cancer : dataset.cancers()) {
        assertTrue(dataset.section(cancer.section()).isPresent(), cancer.id());
        assertTrue(cancer.section().startsWith("spread/"), cancer.id());
      }
    }

    private List<String> aliasesOf(String id) {
      return dataset.cancer(id).orElseThrow().aliases();
    }
  }

  @Nested
  class Words {
    @Test
    void findsASiteByAnyOfItsWords() {
      assertEquals("adrenal-glands", dataset.siteNamed("The Adrenal-Gland").orElseThrow().id());
      assertEquals(
          "underarm-lymph-nodes", dataset.siteNamed("axillary lymph node").orElseThrow().id());
      assertEquals("bone", dataset.siteNamed("Skeleton").orElseThrow().id());
      assertTrue(dataset.siteNamed("kneecap").isEmpty());
    }

    @Test
    void findsACancerByAnyOfItsWords() {
      assertEquals("leukemia", dataset.cancerNamed("Leukaemia").orElseThrow().id());
      assertEquals("esophagus", dataset.cancerNamed("oesophageal cancer").orElseThrow().id());
      assertEquals("colorectal", dataset.cancerNamed("bowel cancer").orElseThrow().id());
      assertTrue(dataset.cancerNamed("bone cancer").isEmpty());
    }

    @Test
    void namesEverySiteInPlainLowerCase() {
      for (Site site : dataset.sites()) {
        assertEquals(site.name().toLowerCase(java.util.Locale.ROOT), site.name());
        assertFalse(site.name().startsWith("the "), site.name());
      }
    }
  }

  @Nested
  class Facts {
    @Test
    void keepsTheArticlesMostCommonSitesForLung() {
      Set<String> most =
          dataset.factsAbout("lung").stream()
              .filter(f -> f.tier() == Tier.MOST && !f.uncertain())
              .map(SpreadFact::site)
              .collect(Collectors.toSet());
      assertEquals(Set.of("adrenal-glands", "liver", "bone", "brain"), most);
    }

    @Test
    void keepsQualifiersApart() {
      assertEquals(Tier.LESS, tier("prostate", "lung"));
      assertEquals(Tier.RARE, tier("ovary", "brain"));
      assertEquals(Tier.LOCAL, tier("kidney", "renal-vein"));
      assertEquals(Tier.ALSO, tier("breast", "liver"));
      assertEquals(Tier.RARE, tier("breast", "groin-lymph-nodes"));
    }

    @Test
    void marksOpenWordingUncertainWithANote() {
      for (String id :
          List.of(
              "melanoma>nearby-lymph-nodes",
              "uterus>peritoneum",
              "leukemia>bone-marrow",
              "myeloma>bone",
              "breast>underarm-lymph-nodes")) {
        SpreadFact fact =
            dataset.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        assertTrue(fact.uncertain(), id);
        assertFalse(fact.note().isBlank(), id);
      }
    }

    @Test
    void namesFactsByCancerAndSite() {
      for (SpreadFact fact : dataset.facts()) {
        assertEquals(fact.cancer() + ">" + fact.site(), fact.id());
      }
    }

    private Tier tier(String cancer, String site) {
      return dataset.fact(cancer, site).orElseThrow().tier();
    }
  }

  @Nested
  class Concepts {
    @Test
    void ranksTheBloodAboveTheLymphSystem() {
      List<String> moreCommon =
          dataset.routes().stream().filter(Route::moreCommon).map(Route::id).toList();
      assertEquals(List.of("blood"), moreCommon);
      assertEquals(2, dataset.routes().size());
    }

    @Test
    void ordersTheStepsAndLeavesImmuneEscapeUnordered() {
      List<String> ordered =
          dataset.steps().stream()
              .filter(s -> s.order() > 0)
              .sorted((a, b) -> Integer.compare(a.order(), b.order()))
              .map(Step::id)
              .toList();
      assertEquals(List.of("break-away", "cross-vessel-wall", "grow"), ordered);
      assertEquals(
          0,
          dataset.steps().stream()
              .filter(s -> s.id().equals("evade-immune"))
              .findFirst()
              .orElseThrow()
              .order());
    }

    @Test
    void hasThreeTrueAndThreeFalseClaimsPerTopic() {
      for (String topic : Claim.topics()) {
        long truths =
            dataset.claims().stream().filter(c -> c.topic().equals(topic) && c.truth()).count();
        long falsehoods =
            dataset.claims().stream().filter(c -> c.topic().equals(topic) && !c.truth()).count();
        assertTrue(truths >= 3, topic + " has " + truths + " true claims");
        assertTrue(falsehoods >= 3, topic + " has " + falsehoods + " false claims");
      }
    }

    @Test
    void givesEachDownstreamPatternItsOwnCause() {
      assertTrue(dataset.downstream().size() >= 4);
      Set<String> causes =
          dataset.downstream().stream().map(Downstream::cause).collect(Collectors.toSet());
      assertEquals(dataset.downstream().size(), causes.size());
      Set<String> ids =
          dataset.downstream().stream().map(Downstream::id).collect(Collectors.toSet());
      assertTrue(
          ids.containsAll(Set.of("lungs", "liver-from-colon", "underarm-nodes", "prostate-bones")));
    }
  }
}

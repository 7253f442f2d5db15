package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.content.dataset.Fixtures.columnOf;
import static org.quizkit.content.dataset.Fixtures.lineOf;
import static org.quizkit.content.dataset.Fixtures.load;
import static org.quizkit.content.dataset.Fixtures.problems;
import static org.quizkit.content.dataset.Fixtures.smallWith;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;

/** Sites that lie inside other sites ({@code part_of}), and the conditions facts carry. */
class ContainmentTests {
  private static final String SITES =
      "  - {id: adrenal-glands, name: adrenal glands, synonyms: [adrenal]}";

  private static String withSites(String sites) {
    return smallWith(SITES, sites);
  }

  private static void assertOneAt(String yaml, String lineSnippet, String token, String message) {
    List<Diagnostic> found = problems(yaml);
    int line = lineOf(yaml, lineSnippet);
    assertEquals(
        List.of(new Diagnostic("test.yaml", line, columnOf(yaml, line, token), message)), found);
  }

  @Nested
  class Loading {
    @Test
    void keepsTheSitesASiteLiesInside() {
      Dataset dataset =
          load(
              withSites(
                  SITES
                      + "\n  - {id: marrow, name: bone marrow, part_of: [bone]}"
                      + "\n  - {id: spine-bones, name: bones of the spine, part_of: [bone, marrow]}"));
      assertEquals(List.of("bone"), dataset.site("marrow").orElseThrow().partOf());
      assertEquals(List.of("bone", "marrow"), dataset.site("spine-bones").orElseThrow().partOf());
      assertEquals(List.of(), dataset.site("bone").orElseThrow().partOf());
    }

    @Test
    void builtInDatasetSaysTheLiverIsAnAbdominalOrganEvenFromItsPrecompiledJson() {
      Dataset builtIn = DatasetLoader.loadBuiltIn();
      assertEquals(
          List.of("pelvic-abdominal-organs"), builtIn.site("liver").orElseThrow().partOf());
      assertEquals(List.of("skin"), builtIn.site("chest-skin").orElseThrow().partOf());
      // The site named "nerves and bones of the spine" is not all bone; its bony part is.
      assertEquals(List.of(), builtIn.site("spine").orElseThrow().partOf());
      assertEquals(List.of("bone", "spine"), builtIn.site("spinal-bones").orElseThrow().partOf());
    }

    @Test
    void factSheetJsonCarriesContainmentAndConditions() {
      String json = FactSheet.json(DatasetLoader.loadBuiltIn());
      assertTrue(json.contains("\"partOf\" : [ \"pelvic-abdominal-organs\" ]"), json);
      assertTrue(json.contains("\"when\" : \"once it is advanced\""), json);
      assertTrue(json.contains("\"tends\" : true"), json);
    }

    @Test
    void keepsAFactsConditionAndTendency() {
      Dataset builtIn = DatasetLoader.loadBuiltIn();
      assertEquals("once it is advanced", builtIn.fact("prostate", "bone").orElseThrow().when());
      assertEquals(true, builtIn.fact("bladder", "nearby-tissues").orElseThrow().tends());
      // Only the article's example of that nearby tissue: "can", not "tends to", of its own.
      assertEquals(false, builtIn.fact("bladder", "pelvic-wall").orElseThrow().tends());
      assertEquals(false, builtIn.fact("kidney", "renal-vein").orElseThrow().tends());
      assertEquals("", builtIn.fact("breast", "bone").orElseThrow().when());
    }
  }

  @Nested
  class Problems {
    @Test
    void reportsAnUnknownSiteWhereItIsNamed() {
      String yaml = withSites(SITES + "\n  - {id: marrow, name: bone marrow, part_of: [bones]}");
      assertOneAt(
          yaml,
          "part_of: [bones]",
          "bones]",
          "unknown site 'bones' (known: adrenal-glands, bone, marrow); did you mean 'bone'?");
    }

    @Test
    void reportsASiteInsideItself() {
      String yaml = withSites(SITES + "\n  - {id: marrow, name: bone marrow, part_of: [marrow]}");
      assertOneAt(
          yaml,
          "part_of: [marrow]",
          "marrow]",
          "site 'marrow' is listed in its own part_of; a site cannot lie inside itself");
    }

    @Test
    void reportsACycleOnceAtTheEntryThatClosesIt() {
      String yaml =
          smallWith(
                  "{id: bone, name: bones, synonyms: [bone, skeleton]}",
                  "{id: bone, name: bones, synonyms: [bone, skeleton], part_of: [adrenal-glands]}")
              .replace(SITES, SITES.replace("[adrenal]}", "[adrenal], part_of: [bone]}"));
      assertOneAt(
          yaml,
          "part_of: [adrenal-glands]",
          "adrenal-glands]",
          "part_of of site 'bone' makes a cycle: bone inside adrenal-glands inside bone; a site"
              + " cannot lie inside a site that lies inside it");
    }

    @Test
    void reportsASiteListedTwice() {
      String yaml =
          withSites(SITES + "\n  - {id: marrow, name: bone marrow, part_of: [bone, bone]}");
      List<Diagnostic> found = problems(yaml);
      assertEquals(1, found.size(), found::toString);
      assertEquals("site 'marrow' lists 'bone' twice in part_of", found.get(0).message());
    }

    @Test
    void reportsTendsOnAFactThatIsNotLocalGrowth() {
      String yaml =
          smallWith(
              "{cancer: lung, site: bone, tier: most, section: spread/lung}",
              "{cancer: lung, site: bone, tier: most, tends: true, section: spread/lung}");
      assertOneAt(
          yaml,
          "tends: true",
          "true",
          "'tends' of fact 'lung>bone' is for local growth, but its tier is 'most'");
    }

    @Test
    void acceptsAChainWithoutACycle() {
      String yaml =
          withSites(
              SITES
                  + "\n  - {id: a, name: part a, part_of: [bone]}"
                  + "\n  - {id: b, name: part b, part_of: [a, bone]}");
      assertFalse(load(yaml).sites().isEmpty());
    }
  }
}

package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The oracle's reading of {@code part_of} and of local growth (docs/claims.md): {@code most(c,s)}
 * is undecided, never false, for a part or a whole of one of c's most common sites and for a site c
 * grows into where it starts.
 */
class ContainmentOracleTests {
  private final Oracle oracle = new Oracle(SpreadFile.fromResource(BuiltInFileTests.BUILT_IN));

  private Truth most(String cancer, String site) {
    return oracle.evaluate("most(" + cancer + "," + site + ")");
  }

  @Nested
  class OnTheBuiltInFile {
    @Test
    void leavesTheWholeOfAMostCommonSiteUndecided() {
      // the liver is one of the organs of the pelvis and abdomen
      assertEquals(Truth.UNDECIDED, most("colorectal", "pelvic-abdominal-organs"));
      assertEquals(Truth.UNDECIDED, most("lung", "pelvic-abdominal-organs"));
    }

    @Test
    void leavesAPartOfAMostCommonSiteUndecided() {
      assertEquals(Truth.UNDECIDED, most("ovary", "liver"));
      assertEquals(Truth.UNDECIDED, most("breast", "spinal-bones"));
      assertEquals(Truth.UNDECIDED, most("breast", "bone-marrow"));
    }

    @Test
    void followsContainmentThroughAChain() {
      SpreadFile file = oracle.file();
      assertTrue(file.inside("spinal-bones", "bone"));
      assertTrue(file.inside("rectum", "pelvic-abdominal-organs"));
      assertEquals(false, file.inside("bone", "spinal-bones"));
      assertEquals(false, file.inside("spine", "bone"));
    }

    @Test
    void agreesWithTheLoaderOnEveryPartOfEntry() {
      org.quizkit.content.dataset.Dataset dataset =
          org.quizkit.content.dataset.DatasetLoader.loadBuiltIn();
      int entries = 0;
      for (org.quizkit.content.dataset.Site site : dataset.sites()) {
        for (String outer : site.partOf()) {
          assertTrue(oracle.file().inside(site.id(), outer), site.id() + " in " + outer);
          entries++;
        }
      }
      assertTrue(entries >= 15, "part_of entries: " + entries);
    }

    @Test
    void leavesLocalGrowthUndecided() {
      assertEquals(Truth.UNDECIDED, most("kidney", "renal-vein"));
      assertEquals(Truth.UNDECIDED, most("kidney", "inferior-vena-cava"));
      assertEquals(Truth.UNDECIDED, most("kidney", "adrenal-glands"));
      assertEquals(Truth.UNDECIDED, most("kidney", "nearby-tissues"));
    }

    @Test
    void stillCallsOtherSitesFalse() {
      assertEquals(Truth.FALSE, most("breast", "liver"));
      // The article names the lungs' outer lining apart from the lungs, and names neither the
      // spleen nor the adrenal glands among ovarian cancer's organs of the pelvis and belly.
      assertEquals(Truth.FALSE, most("kidney", "pleura"));
      assertEquals(Truth.FALSE, most("ovary", "spleen"));
      assertEquals(Truth.FALSE, most("ovary", "adrenal-glands"));
      assertEquals(Truth.FALSE, most("colorectal", "bone"));
      assertEquals(Truth.FALSE, most("ovary", "lung"));
      assertEquals(Truth.FALSE, most("lung", "spine"));
      assertEquals(Truth.TRUE, most("ovary", "pelvic-abdominal-organs"));
    }
  }

  @Nested
  class ReadingPartOf {
    private static final String HEAD =
        "schema: 1\nname: t\nsections: [{id: s, title: S}]\n"
            + "cancers: [{id: c, name: c cancer, section: s}]\n"
            + "spread: [{cancer: c, site: a, tier: most, section: s}]\n";

    private SpreadFile parse(String sites) {
      String yaml = HEAD + "sites:\n" + sites;
      return SpreadFile.read(
          "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsAnUnknownSite() {
      SpreadFileException e =
          assertThrows(
              SpreadFileException.class,
              () -> parse("  - {id: a, name: a}\n  - {id: b, name: b, part_of: [nowhere]}\n"));
      assertTrue(e.getMessage().contains("unknown site in part_of 'nowhere'"), e.getMessage());
    }

    @Test
    void rejectsACycle() {
      SpreadFileException e =
          assertThrows(
              SpreadFileException.class,
              () ->
                  parse(
                      "  - {id: a, name: a, part_of: [b]}\n  - {id: b, name: b, part_of: [a]}\n"));
      assertTrue(e.getMessage().contains("lies inside a site inside it"), e.getMessage());
    }

    @Test
    void rejectsASiteInsideItself() {
      SpreadFileException e =
          assertThrows(
              SpreadFileException.class, () -> parse("  - {id: a, name: a, part_of: [a]}\n"));
      assertTrue(e.getMessage().contains("lies inside itself"), e.getMessage());
    }

    @Test
    void readsAGoodOne() {
      SpreadFile file = parse("  - {id: a, name: a}\n  - {id: b, name: b, part_of: [a]}\n");
      assertTrue(file.inside("b", "a"));
      assertEquals(Truth.UNDECIDED, new Oracle(file).evaluate("most(c,b)"));
    }
  }
}

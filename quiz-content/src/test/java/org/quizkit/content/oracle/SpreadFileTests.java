package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpreadFileTests {
  private static SpreadFile parse(String yaml) {
    return SpreadFile.read(
        "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String EMPTY_LISTS =
      "sections: []\n"
          + "sites: []\n"
          + "cancers: []\n"
          + "spread: []\n"
          + "routes: []\n"
          + "steps: []\n"
          + "claims: []\n"
          + "downstream: []\n";

  @Nested
  class ReadingAGoodFile {
    private final SpreadFile file = SpreadFile.fromResource(Fixtures.FIXTURE);

    @Test
    void readsEveryKindOfThingInFileOrder() {
      assertEquals("oracle-fixture", file.name());
      assertEquals(
          List.of("lung", "prostate", "colon", "skin", "thyroid", "liver-primary", "stay-put"),
          file.ids(Thing.CANCER));
      assertEquals("the adrenal glands", file.sites().get("adrenal-glands").name());
      assertEquals(
          List.of("the adrenal glands", "adrenals"), file.sites().get("adrenal-glands").allNames());
      assertEquals(List.of("the spleen"), file.sites().get("spleen").allNames());
      assertEquals(0, file.steps().get("hide").order());
      assertFalse(file.claims().get("naming-2").truth());
      assertEquals(
          "Blood from the bowel drains to the liver", file.downstream().get("liver").cause());
      assertTrue(file.sectionTitles().contains(Fixtures.LUNG_SECTION));
    }

    @Test
    void readsTiersAndTreatsAMissingUncertainFlagAsCertain() {
      assertEquals(new SpreadFile.Fact("most", false), file.fact("lung", "bone").orElseThrow());
      assertEquals(
          new SpreadFile.Fact("most", true), file.fact("lung", "lymph-nodes").orElseThrow());
      assertEquals(new SpreadFile.Fact("most", false), file.fact("prostate", "bone").orElseThrow());
      assertTrue(file.fact("lung", "spleen").isEmpty());
    }

    @Test
    void mostSitesLeaveOutUncertainOnes() {
      assertEquals(List.of("bone", "brain", "liver", "adrenal-glands"), file.mostSites("lung"));
      assertEquals(List.of(), file.mostSites("thyroid"));
      assertEquals(List.of(), file.mostSites("skin"));
    }

    @Test
    void knowsIdsOnlyInTheirOwnKind() {
      assertTrue(file.knows(Thing.SITE, "lungs"));
      assertFalse(file.knows(Thing.CANCER, "lungs"));
      assertTrue(file.knows(Thing.DOWNSTREAM, "lungs"));
      assertTrue(file.knows(Thing.STEP, "grow"));
      assertFalse(file.knows(Thing.CLAIM, "grow"));
    }
  }

  @Nested
  class RefusingABadFile {
    @Test
    void collectsEveryProblemBeforeFailing() {
      SpreadFileException e =
          assertThrows(
              SpreadFileException.class,
              () -> SpreadFile.fromResource("/org/quizkit/content/oracle/broken.yaml"));
      List<String> problems = e.problems();
      String all = String.join("\n", problems);
      for (String expected :
          List.of(
              "schema is '2', want 1",
              "sites[1]: site id 'bone' is used twice",
              "spread[0]: unknown tier 'often'",
              "spread[1]: pair lung>bone is stated twice",
              "spread[2]: unknown site 'adrenal'",
              "spread[3]: unknown cancer 'kidney'",
              "spread[4]: unknown key 'uncertian'",
              "spread[5]: uncertain is 'maybe', want true or false",
              "steps[0]: order is '-1'",
              "claims[0]: truth is 'yes', want true or false")) {
        assertTrue(all.contains(expected), () -> "missing '" + expected + "' in:\n" + all);
      }
      assertTrue(
          e.getMessage().startsWith("/org/quizkit/content/oracle/broken.yaml: "), e.getMessage());
    }

    @Test
    void refusesAMissingList() {
      SpreadFileException e =
          assertThrows(
              SpreadFileException.class, () -> parse("schema: 1\nname: x\nsections: []\n"));
      assertTrue(
          e.problems().contains("the file: 'spread' is missing or not a list"),
          e.problems().toString());
    }

    @Test
    void refusesADuplicateKey() {
      assertThrows(
          SpreadFileException.class, () -> parse("schema: 1\nname: x\nname: y\n" + EMPTY_LISTS));
    }

    @Test
    void refusesAnUnknownTopLevelKey() {
      SpreadFileException e =
          assertThrows(
              SpreadFileException.class,
              () -> parse("schema: 1\nname: x\nfacts: []\n" + EMPTY_LISTS));
      assertEquals(List.of("the file: unknown key 'facts'"), e.problems());
    }

    @Test
    void refusesAMissingResource() {
      assertThrows(SpreadFileException.class, () -> SpreadFile.fromResource("/no/such.yaml"));
    }

    @Test
    void readsAFileWithASourceAndNoConceptLists() {
      SpreadFile file =
          parse(
              "schema: 1\nname: x\nsource: {title: t, publisher: p, reviewed: '2014-02-07'}\n"
                  + "sections: []\nsites: []\ncancers: []\nspread: []\n");
      assertEquals(List.of(), file.ids(Thing.CLAIM));
      assertEquals(List.of(), file.ids(Thing.STEP));
    }

    @Test
    void readsAMinimalFile() {
      assertEquals("x", parse("schema: 1\nname: x\n" + EMPTY_LISTS).name());
    }
  }
}

package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The oracle against random datasets: each property compares the oracle's answer with the tiers the
 * test itself wrote into the file, so the table in {@code docs/claims.md} is checked on shapes the
 * hand-made fixture does not have. A failure prints its seed: rerun it alone with {@code
 * -DQT_SEED=N} (QuickTheories reads that system property).
 */
class OracleProperties {
  private static final List<String> CANCERS = List.of("c0", "c1", "c2", "c3");
  private static final List<String> SITES = List.of("s0", "s1", "s2", "s3", "s4");
  private static final List<String> RELATIONS = List.of("most", "also", "less", "rare", "local");

  /** What the random file states for one pair: a tier or none, and whether it is uncertain. */
  record Cell(String tier, boolean uncertain) {
    Cell {
      // only a stated fact can carry the flag
      uncertain = uncertain && !tier.equals("none");
    }

    boolean certain(String wanted) {
      return tier.equals(wanted) && !uncertain;
    }
  }

  /** A tier for each of the 20 pairs; none twice as likely as each tier, uncertain one in four. */
  private static Gen<List<Cell>> cells() {
    Gen<Cell> cell =
        Generate.pick(List.of("none", "none", "most", "also", "less", "rare", "local"))
            .zip(Generate.pick(List.of(true, false, false, false)), Cell::new);
    return lists().of(cell).ofSize(CANCERS.size() * SITES.size());
  }

  private static Cell at(List<Cell> cells, int c, int s) {
    return cells.get(c * SITES.size() + s);
  }

  private static Oracle oracleFor(List<Cell> cells) {
    List<String> facts = new ArrayList<>();
    for (int c = 0; c < CANCERS.size(); c++) {
      for (int s = 0; s < SITES.size(); s++) {
        Cell cell = at(cells, c, s);
        if (!cell.tier().equals("none")) {
          facts.add(
              String.format(
                  "{cancer: %s, site: %s, tier: %s, section: s, uncertain: %s}",
                  CANCERS.get(c), SITES.get(s), cell.tier(), cell.uncertain()));
        }
      }
    }
    String yaml =
        String.join(
            "\n",
            "schema: 1",
            "name: random",
            "sections: [{id: s, title: S}]",
            "sites: [" + list(SITES, "{id: %1$s, name: site %1$s}") + "]",
            "cancers: [" + list(CANCERS, "{id: %1$s, name: cancer %1$s, section: s}") + "]",
            "spread: [" + String.join(", ", facts) + "]",
            "routes: []",
            "steps: []",
            "claims: []",
            "downstream: []");
    return new Oracle(
        SpreadFile.read(
            "random.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
  }

  private static String list(List<String> ids, String format) {
    return String.join(", ", ids.stream().map(id -> String.format(format, id)).toList());
  }

  private static Truth eval(Oracle oracle, String relation, int c, int s) {
    return oracle.evaluate(relation + "(" + CANCERS.get(c) + "," + SITES.get(s) + ")");
  }

  @Test
  void tierRelationsAreTrueExactlyForTheCertainTierWritten() {
    qt().withExamples(100)
        .forAll(cells())
        .checkAssert(OracleProperties::tierRelationsAreTrueExactlyForTheCertainTierWritten);
  }

  private static void tierRelationsAreTrueExactlyForTheCertainTierWritten(List<Cell> cells) {
    Oracle oracle = oracleFor(cells);
    for (int c = 0; c < CANCERS.size(); c++) {
      for (int s = 0; s < SITES.size(); s++) {
        Cell cell = at(cells, c, s);
        for (String relation : RELATIONS) {
          assertEquals(
              cell.certain(relation),
              eval(oracle, relation, c, s) == Truth.TRUE,
              relation + " " + cell);
        }
        boolean spread =
            !cell.uncertain() && List.of("most", "also", "less", "rare").contains(cell.tier());
        assertEquals(
            spread ? Truth.TRUE : Truth.UNDECIDED, eval(oracle, "stated", c, s), "stated " + cell);
      }
    }
  }

  @Test
  void falseOnlyWhereTheSourceRulesItOut() {
    qt().withExamples(100)
        .forAll(cells())
        .checkAssert(OracleProperties::falseOnlyWhereTheSourceRulesItOut);
  }

  private static void falseOnlyWhereTheSourceRulesItOut(List<Cell> cells) {
    Oracle oracle = oracleFor(cells);
    for (int c = 0; c < CANCERS.size(); c++) {
      boolean hasMost = false;
      for (int s = 0; s < SITES.size(); s++) {
        hasMost |= at(cells, c, s).certain("most");
      }
      for (int s = 0; s < SITES.size(); s++) {
        Cell cell = at(cells, c, s);
        boolean mostFalse =
            hasMost
                && !cell.uncertain()
                && !cell.tier().equals("most")
                && !cell.tier().equals("local");
        assertEquals(mostFalse, eval(oracle, "most", c, s) == Truth.FALSE, "most " + cell);
        for (String relation : List.of("less", "rare")) {
          assertEquals(
              cell.certain("most"),
              eval(oracle, relation, c, s) == Truth.FALSE,
              relation + " " + cell);
        }
        for (String relation : List.of("stated", "also", "local")) {
          assertEquals(false, eval(oracle, relation, c, s) == Truth.FALSE, relation + " " + cell);
        }
      }
    }
  }

  @Test
  void namingIsDecidedOnlyForCertainPairs() {
    qt().withExamples(100)
        .forAll(cells())
        .checkAssert(OracleProperties::namingIsDecidedOnlyForCertainPairs);
  }

  private static void namingIsDecidedOnlyForCertainPairs(List<Cell> cells) {
    Oracle oracle = oracleFor(cells);
    for (int c = 0; c < CANCERS.size(); c++) {
      for (int s = 0; s < SITES.size(); s++) {
        Cell cell = at(cells, c, s);
        boolean decided = !cell.uncertain() && !cell.tier().equals("none");
        List<Truth> names = new ArrayList<>();
        for (String n : CANCERS) {
          names.add(
              oracle.evaluate("named(" + CANCERS.get(c) + "," + SITES.get(s) + "," + n + ")"));
        }
        for (int n = 0; n < CANCERS.size(); n++) {
          Truth want = !decided ? Truth.UNDECIDED : Truth.of(n == c);
          assertEquals(want, names.get(n), "named with n=" + n + " for " + cell);
        }
      }
    }
  }
}

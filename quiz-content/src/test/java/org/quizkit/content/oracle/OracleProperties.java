package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The oracle against random datasets: each property compares the oracle's answer with the tiers the
 * test itself wrote into the file, so the table in {@code docs/claims.md} is checked on shapes the
 * hand-made fixture does not have.
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

  @Provide
  Arbitrary<Cell> cell() {
    return Combinators.combine(
            Arbitraries.of("none", "none", "most", "also", "less", "rare", "local"),
            Arbitraries.of(true, false, false, false))
        .as(Cell::new);
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

  @Property(tries = 100)
  void tierRelationsAreTrueExactlyForTheCertainTierWritten(
      @ForAll @Size(20) List<@From("cell") Cell> cells) {
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

  @Property(tries = 100)
  void falseOnlyWhereTheSourceRulesItOut(@ForAll @Size(20) List<@From("cell") Cell> cells) {
    Oracle oracle = oracleFor(cells);
    for (int c = 0; c < CANCERS.size(); c++) {
      boolean hasMost = false;
      for (int s = 0; s < SITES.size(); s++) {
        hasMost |= at(cells, c, s).certain("most");
      }
      for (int s = 0; s < SITES.size(); s++) {
        Cell cell = at(cells, c, s);
        boolean mostFalse = hasMost && !cell.uncertain() && !cell.tier().equals("most");
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

  @Property(tries = 100)
  void namingIsDecidedOnlyForCertainPairs(@ForAll @Size(20) List<@From("cell") Cell> cells) {
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

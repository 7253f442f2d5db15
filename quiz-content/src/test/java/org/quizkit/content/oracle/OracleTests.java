package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every cell of the table in {@code docs/claims.md}, on the fixture dataset. Each row's comment
 * says which rule decides it, so a failing row points at the rule.
 */
class OracleTests {
  private final Oracle oracle = Fixtures.oracle();

  private void check(String claim, Truth expected) {
    assertEquals(expected, oracle.evaluate(claim), claim);
  }

  @Nested
  class Most {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "most(lung,bone)            | TRUE", // tier most
          "most(colon,peritoneum)     | TRUE",
          "most(prostate,bone)        | TRUE", // uncertain: false written out
          "most(lung,pleura)          | FALSE", // also, and lung names its most sites
          "most(prostate,lungs)       | FALSE", // less
          "most(prostate,brain)       | FALSE", // rare
          "most(colon,nearby-tissue)  | UNDECIDED", // local growth is not ranked
          "most(lung,spleen)          | FALSE", // not stated: the most list is complete
          "most(lung,lymph-nodes)     | UNDECIDED", // uncertain most, though lung has most sites
          "most(prostate,adrenal-glands) | UNDECIDED", // uncertain rare
          "most(skin,lymph-nodes)     | UNDECIDED", // skin has no most site at all
          "most(skin,spleen)          | UNDECIDED",
          "most(thyroid,bone)         | UNDECIDED", // thyroid's only most site is uncertain
          "most(thyroid,lungs)        | UNDECIDED",
          "most(thyroid,spleen)       | UNDECIDED",
          "most(kidney,bone)          | UNDECIDED", // unknown cancer
          "most(lung,kidneys)         | UNDECIDED", // unknown site
        })
    void followsTheTable(String claim, Truth expected) {
      check(claim, expected);
    }
  }

  @Nested
  class Stated {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "stated(lung,bone)             | TRUE", // most
          "stated(lung,pleura)           | TRUE", // also
          "stated(prostate,lungs)        | TRUE", // less
          "stated(prostate,brain)        | TRUE", // rare
          "stated(colon,nearby-tissue)   | UNDECIDED", // local growth is not spread
          "stated(lung,spleen)           | UNDECIDED", // open world
          "stated(lung,lymph-nodes)      | UNDECIDED", // uncertain
          "stated(prostate,adrenal-glands) | UNDECIDED",
          "stated(kidney,bone)           | UNDECIDED",
        })
    void followsTheTable(String claim, Truth expected) {
      check(claim, expected);
    }
  }

  @Nested
  class Also {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "also(lung,pleura)      | TRUE",
          "also(thyroid,bone)     | TRUE",
          "also(lung,bone)        | UNDECIDED", // most is a different claim, but not a
          // contradiction
          "also(prostate,lungs)   | UNDECIDED",
          "also(lung,spleen)      | UNDECIDED",
          "also(thyroid,lungs)    | UNDECIDED",
        })
    void followsTheTable(String claim, Truth expected) {
      check(claim, expected);
    }
  }

  @Nested
  class LessAndRare {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "less(prostate,lungs)         | TRUE",
          "less(prostate,liver)         | TRUE",
          "less(prostate,bone)          | FALSE", // tier most
          "less(lung,bone)              | FALSE",
          "less(prostate,brain)         | UNDECIDED", // rare is not less, but not its opposite
          "less(lung,pleura)            | UNDECIDED",
          "less(prostate,spleen)        | UNDECIDED",
          "less(lung,lymph-nodes)       | UNDECIDED", // uncertain most is not most
          "less(thyroid,lungs)          | UNDECIDED",
          "rare(prostate,brain)         | TRUE",
          "rare(skin,lymph-nodes)       | TRUE",
          "rare(prostate,bone)          | FALSE",
          "rare(colon,liver)            | FALSE",
          "rare(prostate,adrenal-glands) | UNDECIDED", // uncertain rare
          "rare(prostate,lungs)         | UNDECIDED",
          "rare(lung,spleen)            | UNDECIDED",
          "rare(lung,lymph-nodes)       | UNDECIDED",
          "rare(colon,nearby-tissue)    | UNDECIDED",
          // a mostly-local cancer's most common site holds only once it spreads
          "most(stay-put,bone)          | TRUE",
          "less(stay-put,bone)          | UNDECIDED",
          "rare(stay-put,bone)          | UNDECIDED",
        })
    void followsTheTable(String claim, Truth expected) {
      check(claim, expected);
    }
  }

  @Nested
  class Local {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "local(colon,nearby-tissue) | TRUE",
          "local(skin,nearby-tissue)  | TRUE",
          "local(colon,liver)         | UNDECIDED",
          "local(lung,nearby-tissue)  | UNDECIDED",
          "local(skin,lymph-nodes)    | UNDECIDED",
        })
    void followsTheTable(String claim, Truth expected) {
      check(claim, expected);
    }
  }

  @Nested
  class Named {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "named(colon,liver,colon)             | TRUE",
          "named(prostate,brain,prostate)       | TRUE", // any tier: rare
          "named(colon,nearby-tissue,colon)     | TRUE", // any tier: local
          "named(colon,liver,liver-primary)     | FALSE", // the site's own cancer is wrong
          "named(lung,bone,prostate)            | FALSE",
          "named(lung,lymph-nodes,lung)         | UNDECIDED", // uncertain pair
          "named(lung,lymph-nodes,prostate)     | UNDECIDED",
          "named(lung,spleen,lung)              | UNDECIDED", // pair not stated
          "named(lung,spleen,colon)             | UNDECIDED",
          "named(colon,liver,kidney)            | UNDECIDED", // n is no cancer id
        })
    void followsTheTable(String claim, Truth expected) {
      check(claim, expected);
    }
  }

  @Nested
  class ClaimsAndCauses {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "claim(naming-1)    | TRUE",
          "claim(routes-1)    | TRUE",
          "claim(naming-2)    | FALSE",
          "claim(steps-1)     | FALSE",
          "claim(naming-9)    | UNDECIDED",
          "cause(lungs,lungs) | TRUE",
          "cause(spine,spine) | TRUE",
          "cause(lungs,liver) | FALSE",
          "cause(spine,lungs) | FALSE",
          "cause(lungs,heart) | UNDECIDED",
          "cause(heart,lungs) | UNDECIDED",
          "cause(heart,heart) | UNDECIDED",
        })
    void followsTheTable(String claim, Truth expected) {
      check(claim, expected);
    }
  }

  @Nested
  class AcrossEveryPair {
    private final SpreadFile file = oracle.file();

    @Test
    void uncertainPairsAreUndecidedForEveryRelation() {
      List<List<String>> uncertain =
          List.of(
              List.of("lung", "lymph-nodes"),
              List.of("prostate", "adrenal-glands"),
              List.of("thyroid", "lungs"));
      for (List<String> pair : uncertain) {
        String c = pair.get(0);
        String s = pair.get(1);
        for (String relation : List.of("most", "stated", "also", "less", "rare", "local")) {
          check(relation + "(" + c + "," + s + ")", Truth.UNDECIDED);
        }
        for (String n : file.ids(Thing.CANCER)) {
          check("named(" + c + "," + s + "," + n + ")", Truth.UNDECIDED);
        }
      }
    }

    @Test
    void openWorldRelationsAreNeverFalse() {
      for (String c : file.ids(Thing.CANCER)) {
        for (String s : file.ids(Thing.SITE)) {
          for (String relation : List.of("stated", "also", "local")) {
            assertNotEquals(Truth.FALSE, oracle.evaluate(relation + "(" + c + "," + s + ")"));
          }
        }
      }
    }

    @Test
    void lessAndRareAreFalseExactlyWhereMostIsTrueForCancersThatDoNotMostlyStayPut() {
      for (String c : file.ids(Thing.CANCER)) {
        for (String s : file.ids(Thing.SITE)) {
          boolean most =
              oracle.evaluate("most(" + c + "," + s + ")") == Truth.TRUE && !file.mostlyLocal(c);
          for (String relation : List.of("less", "rare")) {
            String claim = relation + "(" + c + "," + s + ")";
            assertEquals(most, oracle.evaluate(claim) == Truth.FALSE, claim);
          }
        }
      }
    }

    @Test
    void aTrueSpreadTierMakesTheOtherTiersNotTrue() {
      for (String c : file.ids(Thing.CANCER)) {
        for (String s : file.ids(Thing.SITE)) {
          long trueTiers =
              List.of("most", "also", "less", "rare", "local").stream()
                  .filter(r -> oracle.evaluate(r + "(" + c + "," + s + ")") == Truth.TRUE)
                  .count();
          assertEquals(
              file.fact(c, s).filter(f -> !f.uncertain()).isPresent() ? 1 : 0,
              trueTiers,
              c + ">" + s);
        }
      }
    }

    @Test
    void mostIsDecidedForEverySiteOfACancerWithACertainMostSite() {
      for (String s : file.ids(Thing.SITE)) {
        if (!s.equals("lymph-nodes")) {
          assertNotEquals(Truth.UNDECIDED, oracle.evaluate("most(lung," + s + ")"), s);
        }
      }
    }

    @Test
    void namedIsTrueForExactlyOneCancerOfAStatedPair() {
      for (String c : file.ids(Thing.CANCER)) {
        for (String s : file.ids(Thing.SITE)) {
          if (file.fact(c, s).filter(f -> !f.uncertain()).isPresent()) {
            long trueNames =
                file.ids(Thing.CANCER).stream()
                    .filter(
                        n -> oracle.evaluate("named(" + c + "," + s + "," + n + ")") == Truth.TRUE)
                    .count();
            assertEquals(1, trueNames, c + ">" + s);
          }
        }
      }
    }
  }

  @Nested
  class Ordering {
    @Test
    void ascendingStepsAreInOrder() {
      assertEquals(Truth.TRUE, oracle.inOrder(List.of("break-away", "enter-vessel", "grow")));
      assertEquals(Truth.TRUE, oracle.inOrder(List.of("enter-vessel", "travel", "leave-vessel")));
    }

    @Test
    void anyDescentIsOutOfOrder() {
      assertEquals(Truth.FALSE, oracle.inOrder(List.of("enter-vessel", "break-away", "grow")));
      assertEquals(Truth.FALSE, oracle.inOrder(List.of("break-away", "grow", "travel")));
    }

    @Test
    void aStepWithNoPlaceOrAnUnknownStepDecidesNothing() {
      assertEquals(Truth.UNDECIDED, oracle.inOrder(List.of("break-away", "hide", "grow")));
      assertEquals(Truth.UNDECIDED, oracle.inOrder(List.of("break-away", "teleport")));
    }

    @Test
    void stepsSharingAPlaceHaveNoRightOrder() {
      Oracle ties = new Oracle(SpreadFile.fromResource(Fixtures.TIES));
      assertEquals(
          Truth.UNDECIDED, ties.inOrder(List.of("first", "second-a", "second-b", "third")));
      assertEquals(
          Truth.UNDECIDED, ties.inOrder(List.of("first", "second-b", "second-a", "third")));
      assertEquals(Truth.TRUE, ties.inOrder(List.of("first", "second-b", "third")));
    }
  }

  @Nested
  class RefusingBadClaims {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "often(lung,bone)",
          "most(lung)",
          "most(lung,bone",
          "",
          "named(colon,liver)",
          "most(lung,?)",
          "claim(?)",
          "order()"
        })
    void throwsRatherThanCallingItUndecided(String claim) {
      assertThrows(IllegalArgumentException.class, () -> oracle.evaluate(claim));
    }
  }
}

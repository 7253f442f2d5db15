package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssertionTests {

  @Nested
  class Parsing {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "most(lung,?)",
          "most(?,bone)",
          "most(?,?)",
          "less(prostate,lung)",
          "named(colon,liver,?)",
          "claim(?)",
          "claim(naming-2)",
          "cause(lungs,?)",
          "order()",
          "stated(c,s)",
          "also(c,s)",
          "rare(c,s)",
          "local(c,s)"
        })
    void readsEveryFormOfTheContract(String text) {
      assertEquals(text, Assertion.parse(text).toString());
    }

    @Test
    void readsRelationAndArguments() {
      Assertion claim = Assertion.parse("named(colon,liver,?)");
      assertEquals(Relation.NAMED, claim.relation());
      assertEquals(List.of("colon", "liver", "?"), claim.args());
    }

    @Test
    void toleratesSpacesAroundArguments() {
      assertEquals("most(lung,bone)", Assertion.parse(" most( lung , bone ) ").toString());
    }

    @Test
    void rejectsUnknownRelationNamingTheKnownOnes() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Assertion.parse("often(lung,bone)"));
      assertTrue(e.getMessage().contains("unknown relation 'often'"), e.getMessage());
      assertTrue(e.getMessage().contains("most, stated"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "most",
          "most lung bone",
          "most(lung,bone",
          "most(lung)",
          "most(lung,bone,liver)",
          "most(lung,)",
          "most(,bone)",
          "most(lung,,bone)",
          "order(x)",
          "claim()",
          "named(colon,liver)",
          "most(lung,bo ne)",
          "most(lung,(bone))",
          "Most(lung,bone)"
        })
    void rejectsMalformedClaims(String text) {
      assertThrows(IllegalArgumentException.class, () -> Assertion.parse(text));
    }
  }

  @Nested
  class Holes {
    @Test
    void findsHolesAndWhatTheyName() {
      Assertion claim = Assertion.parse("most(?,?)");
      assertEquals(List.of(0, 1), claim.holes());
      assertEquals(List.of(Thing.CANCER, Thing.SITE), claim.holeKinds());
      assertEquals(List.of(Thing.CANCER), Assertion.parse("named(colon,liver,?)").holeKinds());
      assertEquals(List.of(Thing.DOWNSTREAM), Assertion.parse("cause(lungs,?)").holeKinds());
      assertEquals(List.of(Thing.CLAIM), Assertion.parse("claim(?)").holeKinds());
    }

    @Test
    void closedClaimsHaveNoHoles() {
      assertTrue(Assertion.parse("less(prostate,lung)").isClosed());
      assertTrue(Assertion.parse("order()").isClosed());
      assertFalse(Assertion.parse("most(?,bone)").isClosed());
    }

    @Test
    void fillsHolesInArgumentOrder() {
      assertEquals(
          "most(lung,bone)", Assertion.parse("most(?,?)").fill(List.of("lung", "bone")).toString());
      assertEquals("most(lung,bone)", Assertion.parse("most(lung,?)").fill("bone").toString());
      assertEquals("most(lung,bone)", Assertion.parse("most(?,bone)").fill("lung").toString());
    }

    @Test
    void refusesToFillWithTheWrongCountOrANonId() {
      Assertion claim = Assertion.parse("most(lung,?)");
      assertThrows(IllegalArgumentException.class, () -> claim.fill(List.of()));
      assertThrows(IllegalArgumentException.class, () -> claim.fill(List.of("a", "b")));
      assertThrows(IllegalArgumentException.class, () -> claim.fill(""));
      assertThrows(IllegalArgumentException.class, () -> claim.fill("?"));
      assertThrows(IllegalArgumentException.class, () -> claim.fill("two words"));
    }
  }
}

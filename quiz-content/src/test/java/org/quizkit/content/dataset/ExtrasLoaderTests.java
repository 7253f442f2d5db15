package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.content.dataset.Fixtures.problems;
import static org.quizkit.content.dataset.Fixtures.smallWith;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;

/**
 * The lists added for coverage (terms, statements, clues, sequences) and a false claim's `why` are
 * checked like the rest: every problem reported at its line and column, naming the entry.
 */
class ExtrasLoaderTests {
  private static final String EXTRAS =
      """
      terms:
        - {id: metastasis, term: metastasis, synonyms: [spread], meaning: "Spread.", section: what-is}
        - {id: primary-site, term: primary site, meaning: "Where it began.", section: what-is, clashes: [metastasis]}
      statements:
        - {id: lung-true, cancer: lung, text: "True.", truth: true, section: spread/lung}
        - {id: lung-false, cancer: lung, text: "False.", truth: false, why: "Because.", section: spread/lung}
      clues:
        - {id: lung, cancer: lung, text: "it reaches bones", section: spread/lung}
      sequences:
        - id: path
          cancer: lung
          prompt: "Order."
          section: spread/lung
          items:
            - {id: a, text: "A", order: 1}
            - {id: b, text: "B", order: 2}
      """;

  private static String withExtras() {
    return Fixtures.resource("small.yaml") + EXTRAS;
  }

  private static Diagnostic only(String yaml) {
    List<Diagnostic> found = problems(yaml);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void loadsTermsStatementsCluesAndSequences() {
    Dataset d = Fixtures.load(withExtras());
    assertEquals(List.of("metastasis", "primary-site"), d.terms().stream().map(Term::id).toList());
    assertEquals(List.of("metastasis"), d.terms().get(1).clashes());
    assertEquals("Because.", d.statements().get(1).why());
    assertEquals("lung", d.clues().get(0).cancer());
    assertEquals(
        List.of("a", "b"), d.sequences().get(0).items().stream().map(Sequence.Item::id).toList());
    assertEquals("A fact.", d.claims().get(0).why());
  }

  @Test
  void reportsAFalseClaimWithoutWhyAtTheClaim() {
    String yaml = smallWith(", why: \"A fact.\"", "");
    Diagnostic d = only(yaml);
    assertEquals(Fixtures.lineOf(yaml, "id: naming-one"), d.line(), d.toString());
    assertEquals(
        "claim 'naming-one' is false but has no 'why' giving the fact that makes it false",
        d.message());
  }

  @Test
  void reportsATrueClaimWithWhy() {
    Diagnostic d = only(smallWith("truth: false, why:", "truth: true, why:"));
    assertTrue(
        d.message().startsWith("'why' of claim 'naming-one' is for false statements"), d.message());
  }

  @Test
  void linksATrueStatementToTheSpreadFactsItStates() {
    Dataset d =
        Fixtures.load(
            withExtras()
                .replace(
                    "truth: true, section: spread/lung}",
                    "truth: true, section: spread/lung, facts: [lung>bone]}"));
    assertEquals(List.of("lung>bone"), d.statements().get(0).facts());
    assertEquals(List.of(), d.statements().get(1).facts());
  }

  @Test
  void reportsAnUnknownStatedFactAndOneOnAFalseStatement() {
    String unknown =
        withExtras()
            .replace(
                "truth: true, section: spread/lung}",
                "truth: true, section: spread/lung, facts: [lung>liver]}");
    Diagnostic d = only(unknown);
    assertEquals(Fixtures.lineOf(unknown, "id: lung-true"), d.line(), d.toString());
    assertEquals("unknown fact 'lung>liver' in statement 'lung-true'", d.message());
    String falseOne =
        withExtras()
            .replace(
                "why: \"Because.\", section: spread/lung}",
                "why: \"Because.\", section: spread/lung, facts: [lung>bone]}");
    assertEquals(
        "statement 'lung-false' is false, so it states no fact, but lists 'lung>bone'",
        only(falseOne).message());
  }

  @Test
  void reportsAFalseStatementWithoutWhy() {
    Diagnostic d = only(withExtras().replace(", why: \"Because.\"", ""));
    assertEquals(
        "statement 'lung-false' is false but has no 'why' giving the fact that makes it false",
        d.message());
  }

  @Test
  void reportsAStatementAboutAnUnknownCancer() {
    String yaml =
        withExtras().replace("{id: lung-true, cancer: lung,", "{id: lung-true, cancer: lungs,");
    Diagnostic d = only(yaml);
    assertTrue(d.message().startsWith("unknown cancer 'lungs'"), d.message());
    assertEquals(Fixtures.lineOf(yaml, "lung-true"), d.line());
  }

  @Test
  void reportsASequenceWithARepeatedOrder() {
    String yaml =
        withExtras().replace("{id: b, text: \"B\", order: 2}", "{id: b, text: \"B\", order: 1}");
    Diagnostic d = only(yaml);
    assertTrue(
        d.message().startsWith("order 1 of item 'b' is given twice in sequence 'path'"),
        d.message());
    assertEquals(Fixtures.lineOf(yaml, "{id: b,"), d.line());
  }

  @Test
  void reportsASequenceWithAGap() {
    Diagnostic d =
        only(
            withExtras()
                .replace("{id: b, text: \"B\", order: 2}", "{id: b, text: \"B\", order: 3}"));
    assertTrue(d.message().contains("must run 1, 2, ..., n without gaps"), d.message());
  }

  @Test
  void reportsAWordNamingTwoTerms() {
    Diagnostic d =
        only(
            withExtras()
                .replace("term: primary site,", "term: primary site, synonyms: [Spreads],"));
    assertTrue(d.message().contains("is also a name or alias of term 'metastasis'"), d.message());
  }

  @Test
  void reportsAnUnknownClash() {
    Diagnostic d = only(withExtras().replace("clashes: [metastasis]", "clashes: [metastases]"));
    assertTrue(d.message().startsWith("unknown term 'metastases'"), d.message());
  }

  @Test
  void carriesTheNewListsThroughTheJsonForm() {
    Dataset fromYaml = Fixtures.load(withExtras());
    assertEquals(
        4, fromYaml.terms().size() + fromYaml.clues().size() + fromYaml.sequences().size());
    Dataset builtIn = DatasetLoader.loadBuiltIn();
    assertTrue(builtIn.statements().size() > 50, "statements: " + builtIn.statements().size());
    assertTrue(builtIn.sequences().size() >= 5, "sequences: " + builtIn.sequences().size());
    assertTrue(builtIn.claims().stream().filter(c -> !c.truth()).allMatch(c -> !c.why().isBlank()));
  }
}

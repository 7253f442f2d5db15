package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.core.diagnostic.Diagnostic;

/** One file with many different mistakes: every one is reported, each where it is. */
class SeveralMistakesTests {
  private final String text = Fixtures.resource("several-mistakes.yaml");
  private final List<Diagnostic> found = Fixtures.problems(text);

  private record Expected(int line, int column, String message) {
    @Override
    public String toString() {
      return line + ":" + column + ": " + message;
    }
  }

  // Each expectation names the line (by a snippet unique to it) and the token the problem is at;
  // the column is worked out from the file itself, not written down.
  private Expected at(String lineSnippet, String token, String message) {
    int line = Fixtures.lineOf(text, lineSnippet);
    return new Expected(line, Fixtures.columnOf(text, line, token), message);
  }

  private List<Expected> expected() {
    return List.of(
        at("title: \"Again\"", "what-is", "duplicate section id 'what-is' (first on line 5)"),
        at(
            "synonyms: [Bones]",
            "Bones",
            "synonym 'Bones' of site 'adrenal-glands' is also a name or synonym of site 'bone'"),
        at("id: liver", "{", "site 'liver' is missing required key 'name'"),
        at(
            "reach: everywhere",
            "everywhere",
            "unknown reach 'everywhere' of cancer 'lung' (known: anywhere, mostly-local, unstated)"),
        at("id: breast", "breast", "cancer 'breast' has no spread facts"),
        at("id: breast", "spread/breast", "unknown section 'spread/breast'"),
        at("site: adrenal,", "adrenal", "unknown site 'adrenal'"),
        at("tire: most", "{", "fact 'lung>bone' is missing required key 'tier'"),
        at("tire: most", "tire", "unknown key 'tire' in fact 'lung>bone'"),
        at(
            "tier: often",
            "often",
            "unknown tier 'often' of fact 'lung>liver' (known: most, also, less, rare, local)"),
        at("uncertain: yes", "lung", "duplicate fact 'lung>liver' (first on line 18)"),
        at(
            "uncertain: yes",
            "yes",
            "expected true or false for 'uncertain' of fact 'lung>liver', found text 'yes'"),
        at("id: third", "third", "step 'third' has order 3 but no step has order 2"),
        at("topic: nameing", "nameing", "unknown claim topic 'nameing' of claim 'c1'"));
  }

  @Test
  void reportsEveryMistakeAtItsLineAndColumn() {
    List<Expected> missing = new ArrayList<>();
    for (Expected e : expected()) {
      boolean seen =
          found.stream()
              .anyMatch(
                  d ->
                      d.line() == e.line()
                          && d.column() == e.column()
                          && d.message().startsWith(e.message()));
      if (!seen) {
        missing.add(e);
      }
    }
    assertTrue(missing.isEmpty(), "not reported: " + missing + "\nreported:\n" + render());
  }

  @Test
  void reportsNothingElse() {
    assertEquals(expected().size(), found.size(), render());
  }

  @Test
  void listsProblemsInFileOrder() {
    for (int i = 1; i < found.size(); i++) {
      Diagnostic before = found.get(i - 1);
      Diagnostic after = found.get(i);
      assertTrue(
          before.line() < after.line()
              || (before.line() == after.line() && before.column() <= after.column()),
          render());
    }
  }

  @Test
  void suggestsTheSiteALearnerWordPointsTo() {
    assertTrue(
        found.stream()
            .anyMatch(
                d ->
                    d.message().startsWith("unknown site 'adrenal'")
                        && d.message().endsWith("did you mean 'adrenal-glands'?")),
        render());
  }

  private String render() {
    return found.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}

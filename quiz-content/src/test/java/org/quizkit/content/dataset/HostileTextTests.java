package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.content.dataset.Fixtures.problems;
import static org.quizkit.content.dataset.Fixtures.smallWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.internal.tree.TreeReader.Format;
import org.quizkit.core.diagnostic.Diagnostic;

/**
 * Text that no export can carry, and YAML that would read as something other than it says: each is
 * refused where it is written, with the file's other problems.
 */
class HostileTextTests {
  private static final String ALIASES = "aliases (*name) and anchors (&name) are not supported";

  /** The only diagnostic, after checking there is exactly one. */
  private static Diagnostic only(List<Diagnostic> found) {
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  /** Line and column of the first occurrence of a token on the first line holding a snippet. */
  private static Diagnostic at(String text, String snippet, String token, String message) {
    int line = Fixtures.lineOf(text, snippet);
    return new Diagnostic("test.yaml", line, Fixtures.columnOf(text, line, token), message);
  }

  private static String control(String codePoint) {
    return control(codePoint, "");
  }

  private static String control(String codePoint, String as) {
    return "the control character "
        + codePoint
        + as
        + " is not allowed (tabs and line breaks are the only ones a dataset may hold)";
  }

  private static String lone(String codePoint, String as) {
    return "the lone surrogate "
        + codePoint
        + as
        + " is not allowed: it is half of a character outside the Basic Multilingual Plane"
        + " (such as an emoji); write the whole character";
  }

  private static final String ESCAPED = ", written as an escape,";

  @Nested
  class ControlCharacters {
    @Test
    void refusesOneWrittenAsAnEscapeWhereItsTextStarts() {
      String yaml = smallWith("name: Small", "name: \"Sm\\x01all\"");
      assertEquals(
          at(yaml, "name: \"Sm", "\"Sm", control("U+0001", ESCAPED)), only(problems(yaml)));
    }

    @Test
    void refusesOneWrittenRawWhereItStands() {
      String yaml = smallWith("name: Small", "name: Sm\u0007all");
      assertEquals(at(yaml, "name: Sm", "\u0007", control("U+0007")), only(problems(yaml)));
    }

    @Test
    void refusesRawOnesInQuotedTextAndAfterAWideCharacter() {
      // The emoji counts as one column, as the YAML parser counts it.
      String yaml = smallWith("name: Small", "name: \"\uD83D\uDE00\u001B[31mSmall\"");
      Diagnostic d = only(problems(yaml));
      assertEquals(control("U+001B"), d.message());
      assertEquals(Fixtures.lineOf(yaml, "name: \""), d.line());
      assertEquals("name: \"".length() + 2, d.column());
    }

    @Test
    void refusesDeleteAndTheC1Controls() {
      assertEquals(
          control("U+007F"),
          only(problems(smallWith("name: Small", "name: Sm\u007Fall"))).message());
      assertEquals(
          control("U+0085", ESCAPED),
          only(problems(smallWith("name: Small", "name: \"Sm\\x85all\""))).message());
    }

    @Test
    void refusesOneInAKey() {
      String yaml = smallWith("name: Small", "\"na\\x02me\": Small");
      List<Diagnostic> found = problems(yaml);
      assertTrue(
          found.contains(at(yaml, "na\\x02me", "\"na", control("U+0002", ESCAPED))),
          found.toString());
    }

    @Test
    void refusesOneWrittenAsAJsonEscape() {
      String json = Fixtures.resource("small.json").replace("\"Small\"", "\"Sm\\u0001all\"");
      Diagnostic d = only(problems(json.getBytes(StandardCharsets.UTF_8), Format.JSON));
      assertEquals(control("U+0001", ESCAPED), d.message());
      assertEquals(Fixtures.lineOf(json, "Sm\\u0001all"), d.line());
    }

    @Test
    void reportsThemWithTheFileOtherProblems() {
      String yaml =
          smallWith("name: Small", "name: Sm\u0007all")
              .replace("reach_note: \"Anywhere.\"", "reach_note: \"Any\\x0Bwhere.\"")
              .replace("site: bone, tier: most", "site: bones, tier: most");
      List<Diagnostic> found = problems(yaml);
      assertEquals(3, found.size(), found.toString());
      assertEquals(at(yaml, "name: Sm", "\u0007", control("U+0007")), found.get(0));
      assertEquals(at(yaml, "reach_note", "\"Any", control("U+000B", ESCAPED)), found.get(1));
      assertTrue(found.get(2).message().startsWith("unknown site 'bones'"), found.toString());
    }

    @Test
    void countsTheOnesPastTheFirstTwentyInOneLine() {
      String many = "\u0001".repeat(25);
      List<Diagnostic> found = problems(smallWith("name: Small", "name: Sm" + many + "all"));
      assertEquals(21, found.size(), found.toString());
      assertEquals(
          "5 more characters that a dataset may not hold, not listed one by one",
          found.get(0).message());
    }

    @Test
    void refusesTheNoncharactersRawOrEscaped() {
      assertEquals(
          "the noncharacter U+FFFF is not allowed",
          only(problems(smallWith("name: Small", "name: Sm\uFFFFall"))).message());
      assertEquals(
          "the noncharacter U+FFFE, written as an escape, is not allowed",
          only(problems(smallWith("name: Small", "name: \"Sm\\uFFFEall\""))).message());
    }

    @Test
    void keepsTabsAndLineBreaks() {
      String yaml = smallWith("name: Small", "name: \"Sm\\tall\\r\\nand\\nmore\"");
      assertEquals("Sm\tall\r\nand\nmore", Fixtures.load(yaml).name());
    }
  }

  @Nested
  class LoneSurrogates {
    @Test
    void refusesAFirstHalfWrittenAsAnEscape() {
      String yaml = smallWith("name: Small", "name: \"Sm\\uD800all\"");
      assertEquals(at(yaml, "name: \"Sm", "\"Sm", lone("U+D800", ESCAPED)), only(problems(yaml)));
    }

    @Test
    void refusesASecondHalfAtTheEndOfAText() {
      String yaml = smallWith("reach_note: \"Anywhere.\"", "reach_note: \"Anywhere.\\uDE00\"");
      assertEquals(at(yaml, "reach_note", "\"Any", lone("U+DE00", ESCAPED)), only(problems(yaml)));
    }

    @Test
    void refusesOneWrittenAsAJsonEscape() {
      String json = Fixtures.resource("small.json").replace("\"Small\"", "\"Sm\\ud83dall\"");
      Diagnostic d = only(problems(json.getBytes(StandardCharsets.UTF_8), Format.JSON));
      assertEquals(lone("U+D83D", ESCAPED), d.message());
    }

    @Test
    void keepsBothHalvesWrittenAsEscapesTogether() {
      String yaml = smallWith("name: Small", "name: \"Sm\\uD83D\\uDE00all \\U0001F600\"");
      assertEquals("Sm\uD83D\uDE00all \uD83D\uDE00", Fixtures.load(yaml).name());
      String json = Fixtures.resource("small.json").replace("\"Small\"", "\"Sm\\ud83d\\ude00\"");
      assertEquals(
          "Sm\uD83D\uDE00",
          DatasetLoader.parse("small.json", json.getBytes(StandardCharsets.UTF_8), Format.JSON)
              .name());
    }
  }

  @Nested
  class AnchorsAndAliases {
    @Test
    void refusesAnAliasAndItsAnchorWhereEachStands() {
      String yaml =
          smallWith("name: Small", "name: &anyorgan Small")
              .replace("reach_note: \"Anywhere.\"", "reach_note: *anyorgan");
      assertEquals(
          List.of(
              at(yaml, "name: &anyorgan", "&anyorgan", ALIASES + "; remove the anchor &anyorgan"),
              at(
                  yaml,
                  "reach_note: *anyorgan",
                  "*anyorgan",
                  ALIASES + "; write the value out in full in place of *anyorgan")),
          problems(yaml));
    }

    @Test
    void refusesAnAnchoredListThatNamesItself() {
      String yaml = smallWith("synonyms: [bone, skeleton]", "synonyms: &r [marrow, *r]");
      List<Diagnostic> found = problems(yaml);
      assertEquals(
          List.of(
              at(yaml, "&r [marrow", "&r", ALIASES + "; remove the anchor &r"),
              at(
                  yaml,
                  "&r [marrow",
                  "*r",
                  ALIASES + "; write the value out in full in place of *r")),
          found);
    }

    @Test
    void refusesAnAnchoredMappingAndAnAnchoredKey() {
      String yaml =
          smallWith("source: {title:", "source: &src {title:")
              .replace("schema: 1", "schema: 1\n&k extra: 1");
      List<Diagnostic> found = problems(yaml);
      assertTrue(
          found.contains(at(yaml, "source: &src", "&src", ALIASES + "; remove the anchor &src")),
          found.toString());
      assertTrue(
          found.contains(at(yaml, "&k extra", "&k", ALIASES + "; remove the anchor &k")),
          found.toString());
    }

    @Test
    void readsAnAmpersandOrAsteriskInsideTextAsText() {
      String yaml = smallWith("name: Small", "name: Small & *big* &co");
      assertEquals("Small & *big* &co", Fixtures.load(yaml).name());
    }
  }
}

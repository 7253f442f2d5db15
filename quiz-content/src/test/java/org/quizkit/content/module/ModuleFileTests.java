package org.quizkit.content.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quizkit.core.diagnostic.Diagnostic;

/** How a module file is read: its YAML, its values, and where and in what order problems are. */
class ModuleFileTests {
  private static final String GOOD = ModuleFixtures.GOOD;

  private static List<String> problems(String yaml) {
    ModuleException error =
        assertThrows(ModuleException.class, () -> Modules.load("test.yaml", yaml));
    return error.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  private static String with(String from, String to) {
    assertEquals(true, GOOD.contains(from), "no '" + from + "' in the good file");
    return GOOD.replace(from, to);
  }

  @Nested
  class Documents {
    @Test
    void reportsASyntaxErrorOnOneLineWhereTheParserStopped() {
      assertEquals(
          List.of(
              "test.yaml:2:15: not valid YAML: expected the node content, but found '}'"
                  + " (while parsing a flow node)"),
          problems("version: 1\nmodules: {a: [}\n"));
    }

    @Test
    void reportsASecondDocument() {
      assertEquals(
          List.of(
              "test.yaml:15:1: not valid YAML: a module file holds one document;"
                  + " found more after it"),
          problems(GOOD + "---\nversion: 2\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# only a comment\n", "- a list\n", "just text\n"})
    void asksForAMappingWhenTheFileHoldsNone(String yaml) {
      assertEquals(
          List.of("test.yaml: expected a mapping with 'modules' at the top"), problems(yaml));
    }

    @Test
    void ignoresAByteOrderMark() {
      assertEquals("One", Modules.load("test.yaml", "\uFEFF" + GOOD).modules().get(0).title());
    }
  }

  @Nested
  class Values {
    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
    void readsEveryNullSpellingAsNull(String spelling) {
      assertEquals(
          List.of("test.yaml:7:5: 'title' must be a non-blank text, found null"),
          problems(with("title: One", "title: " + spelling)));
    }

    @Test
    void keepsAQuotedNullSpellingAsText() {
      assertEquals(
          "~",
          Modules.load("test.yaml", with("title: One", "title: '~'")).modules().get(0).title());
    }

    @Test
    void quotesAWrongValueAsJson() {
      assertEquals(
          List.of(
              "test.yaml:13:5: module 'one' has mastery {\"a\":[1,\"x\\\"y\",true,null,2.5]},"
                  + " expected a number in (0, 1]"),
          problems(with("mastery: 0.8", "mastery: {a: [1, 'x\"y', true, ~, 2.50]}")));
      assertEquals(
          List.of("test.yaml:13:5: module 'one' has mastery \"0.8\", expected a number in (0, 1]"),
          problems(with("mastery: 0.8", "mastery: '0.8'")));
    }

    @Test
    void shortensALongWrongValue() {
      assertEquals(
          List.of(
              "test.yaml:7:5: 'title' must be a non-blank text, found"
                  + " [\"aaaaaaaaaa\",\"bbbbbbbbbb\",\"cccccccccc\",..."),
          problems(with("title: One", "title: [aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", "0", "1.5", "-0.5", "true"})
    void rejectsAMasteryOutsideZeroToOne(String mastery) {
      List<String> found = problems(with("mastery: 0.8", "mastery: " + mastery));

      assertEquals(1, found.size(), found.toString());
      assertEquals(true, found.get(0).startsWith("test.yaml:13:5: module 'one' has mastery "));
    }

    @Test
    void readsAMasteryWrittenAsAnyYamlNumber() {
      assertEquals(
          0.5,
          Modules.load("test.yaml", with("mastery: 0.8", "mastery: 5e-1"))
              .modules()
              .get(0)
              .mastery());
      assertEquals(
          1.0,
          Modules.load("test.yaml", with("mastery: 0.8", "mastery: 1")).modules().get(0).mastery());
    }

    @Test
    void rejectsAVersionGivenAsText() {
      assertEquals(
          List.of("test.yaml:1:1: version is \"1\", this reader knows 1"),
          problems(with("version: 1", "version: '1'")));
    }
  }

  @Nested
  class Keys {
    @Test
    void reportsADuplicateKeyAtItsSecondPlace() {
      assertEquals(
          List.of("test.yaml:8:5: duplicate key 'title' (first on line 7)"),
          problems(with("    title: One\n", "    title: One\n    title: Two\n")));
    }

    @Test
    void placesAMissingKeyAtTheMappingThatLacksIt() {
      assertEquals(
          List.of(
              "test.yaml:6:5: 'lesson' must be a non-blank text, found nothing",
              "test.yaml:6:5: module 'one' has mastery nothing, expected a number in (0, 1]"),
          problems(with("    lesson: Some words.\n", "").replace("    mastery: 0.8\n", "")));
    }

    @Test
    void pointsAtTheItemAfterABadOne() {
      assertEquals(
          List.of(
              "test.yaml:12:15: expected a non-blank text, found 7",
              "test.yaml:12:18: unknown cancer 'lungs' (known: lung)"),
          problems(with("cancers: [lung]\n    mastery", "cancers: [7, lungs]\n    mastery")));
    }
  }

  @Nested
  class Order {
    @Test
    void listsProblemsInFileOrder() {
      String yaml = with("modules:\n", "modules: []\nextra:\n");

      assertEquals(
          List.of(
              "test.yaml:5:1: 'modules' must be a non-empty list",
              "test.yaml:6:1: unknown key 'extra' (known: cancers, modules, sections, topics,"
                  + " version)"),
          problems(yaml));
    }
  }
}

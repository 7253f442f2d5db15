package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.content.dataset.Fixtures.problems;
import static org.quizkit.content.dataset.Fixtures.smallWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.content.internal.tree.TreeReader;
import org.quizkit.content.internal.tree.TreeReader.Format;
import org.quizkit.core.diagnostic.Diagnostic;

class DatasetLoaderTests {

  /** The only diagnostic, after checking there is exactly one. */
  private static Diagnostic only(List<Diagnostic> found) {
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  private static void assertOne(String yaml, int line, int column, String messageStart) {
    Diagnostic d = only(problems(yaml));
    assertEquals(
        messageStart,
        d.message().substring(0, Math.min(d.message().length(), messageStart.length())),
        d.toString());
    assertEquals(line, d.line(), d.toString());
    assertEquals(column, d.column(), d.toString());
  }

  /**
   * Line and column of a token on the first line holding the snippet, as the loader should report.
   */
  private static int[] where(String yaml, String snippet, String token) {
    int line = Fixtures.lineOf(yaml, snippet);
    return new int[] {line, Fixtures.columnOf(yaml, line, token)};
  }

  private static void assertOneAt(String yaml, String snippet, String token, String messageStart) {
    int[] at = where(yaml, snippet, token);
    assertOne(yaml, at[0], at[1], messageStart);
  }

  @Nested
  class ValidFiles {
    @Test
    void loadsTheSmallDataset() {
      Dataset dataset = Fixtures.load(Fixtures.resource("small.yaml"));
      assertEquals(
          List.of("bone", "adrenal-glands"), dataset.sites().stream().map(Site::id).toList());
      assertEquals("lung>adrenal-glands", dataset.facts().get(1).id());
      assertTrue(dataset.facts().get(1).uncertain());
      assertEquals("", dataset.facts().get(0).note());
    }

    @Test
    void readsJsonTheSameAsYaml() {
      Dataset fromYaml = Fixtures.load(Fixtures.resource("small.yaml"));
      Dataset fromJson =
          DatasetLoader.parse(
              "small.json",
              Fixtures.resource("small.json").getBytes(StandardCharsets.UTF_8),
              Format.JSON);
      assertEquals(fromYaml, fromJson);
    }

    @Test
    void choosesJsonByFileName(@TempDir Path dir) throws IOException {
      Path json = dir.resolve("copy.JSON");
      Files.writeString(json, Fixtures.resource("small.json"));
      assertEquals(Fixtures.load(Fixtures.resource("small.yaml")), DatasetLoader.load(json));
    }

    @Test
    void loadsAYamlFileFromDisk(@TempDir Path dir) throws IOException {
      Path yaml = dir.resolve("mine.yaml");
      Files.writeString(yaml, Fixtures.resource("small.yaml"));
      assertEquals("Small", DatasetLoader.load(yaml).name());
    }

    @Test
    void treatsLeftOutOptionalKeysAsEmpty() {
      Dataset dataset =
          Fixtures.load(smallWith("reach: anywhere, reach_note: \"Anywhere.\"", "reach: anywhere"));
      assertEquals("", dataset.cancer("lung").orElseThrow().reachNote());
    }

    @Test
    void ignoresAByteOrderMark() {
      byte[] withBom =
          ("\uFEFF" + Fixtures.resource("small.yaml")).getBytes(StandardCharsets.UTF_8);
      assertEquals("Small", DatasetLoader.parse("bom.yaml", withBom, Format.YAML).name());
    }
  }

  @Nested
  class NotADataset {
    @Test
    void reportsAnEmptyFile() {
      Diagnostic d = only(problems("# nothing but a comment\n"));
      assertEquals(0, d.line());
      assertTrue(d.message().startsWith("the file is empty"), d.message());
    }

    @Test
    void reportsAListAtTheTop() {
      assertOne(
          "- a\n- b\n", 1, 1, "not a dataset: expected a mapping with the keys schema, name,");
    }

    @Test
    void reportsPlainText() {
      assertOne("just some words\n", 1, 1, "not a dataset: expected a mapping");
    }

    @Test
    void reportsBinaryData() {
      byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
      Diagnostic d = only(problems(bytes, Format.YAML));
      assertTrue(d.message().startsWith("not a text file"), d.message());
    }

    @Test
    void reportsTextThatIsNotUtf8() {
      byte[] latin1 = "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
      assertTrue(only(problems(latin1, Format.YAML)).message().startsWith("not UTF-8 text"));
    }

    @Test
    void reportsASecondDocument() {
      String twice = Fixtures.resource("small.yaml") + "---\nschema: 1\n";
      int line = Fixtures.lineOf(twice, "---");
      Diagnostic d = only(problems(twice));
      assertTrue(d.message().startsWith("a dataset file holds one document"), d.message());
      assertTrue(d.line() >= line, d.toString());
    }

    @Test
    void reportsNestingTooDeepWhereItGoesTooDeep() {
      String deep = "schema: 1\nsites: " + "[".repeat(600) + "]".repeat(600) + "\n";

      Diagnostic d = only(problems(deep));

      assertTrue(
          d.message().startsWith("lists and mappings nest more than 500 levels deep"), d.message());
      assertEquals(2, d.line(), d.toString());
      assertTrue(d.column() > 500 && d.column() < 600, d.toString());
    }

    @Test
    void reportsAFileTooLargeInItsOwnWords() {
      String large = "schema: 1\nname: '" + "a".repeat(TreeReader.MAX_CHARACTERS) + "'\n";

      Diagnostic d = only(problems(large));

      assertEquals(0, d.line(), d.toString());
      assertTrue(
          d.message()
              .startsWith("the file holds 3,000,019 characters; a file may hold at most 3,000,000"),
          d.message());
    }

    @Test
    void reportsAMissingFileWithoutAStackTrace(@TempDir Path dir) {
      DatasetException e =
          assertThrows(
              DatasetException.class, () -> DatasetLoader.load(dir.resolve("absent.yaml")));
      assertTrue(only(e.diagnostics()).message().endsWith(": no such file"));
    }
  }

  @Nested
  class Syntax {
    @Test
    void reportsAYamlSyntaxErrorWhereTheParserGaveUp() {
      String yaml =
          smallWith(
              "{id: bone, name: bones, synonyms: [bone, skeleton]}",
              "{id: bone, name: bones, synonyms: [bone, skeleton]");
      // The unclosed mapping runs on until the next entry's '-', which cannot go there.
      int[] at = where(yaml, "{id: adrenal-glands", "-");
      assertOne(
          yaml,
          at[0],
          at[1],
          "syntax error: expected ',' or '}', but got - (while parsing a flow mapping)");
    }

    @Test
    void reportsATabUsedForIndenting() {
      String yaml = smallWith("  - {id: what-is", "\t- {id: what-is");
      assertOne(yaml, Fixtures.lineOf(yaml, "{id: what-is"), 1, "syntax error: found character");
    }

    @Test
    void reportsAJsonSyntaxErrorWithItsPosition() {
      String json = "{\n  \"schema\": 1,\n  \"name\": \"x\" \"sites\": []\n}\n";
      Diagnostic d = only(problems(json.getBytes(StandardCharsets.UTF_8), Format.JSON));
      assertTrue(d.message().startsWith("syntax error: "), d.message());
      assertEquals(3, d.line(), d.toString());
      assertEquals(Fixtures.columnOf(json, 3, "\"sites\""), d.column(), d.toString());
    }
  }

  @Nested
  class Lists {
    @Test
    void reportsAMappingWhereAListBelongsOnce() {
      String yaml =
          Fixtures.resource("small.yaml")
              .replaceAll("(?s)spread:\n.*?routes:", "spread: {}\nroutes:");
      assertOneAt(
          yaml, "spread: {}", "{}", "expected a list for 'spread' of dataset, found a mapping");
    }
  }

  @Nested
  class Schema {
    @Test
    void rejectsAnotherSchemaVersionAndNothingElse() {
      String yaml = smallWith("schema: 1", "schema: 2") + "unexpected: true\n";
      assertOneAt(
          yaml, "schema: 2", "2", "unsupported schema version 2 (this loader reads schema 1)");
    }

    @Test
    void reportsAMissingTopLevelKey() {
      String yaml = smallWith("name: Small\n", "");
      assertOne(
          yaml, Fixtures.lineOf(yaml, "schema: 1"), 1, "dataset is missing required key 'name'");
    }

    @Test
    void reportsAVersionGivenAsText() {
      assertOneAt(
          smallWith("schema: 1", "schema: \"1\""),
          "schema:",
          "\"1\"",
          "expected a whole number for 'schema' of dataset, found text '1'");
    }

    @Test
    void reportsAKeyWithNoValue() {
      assertOneAt(
          smallWith("name: Small", "name: null"),
          "name:",
          "null",
          "required key 'name' of dataset has no value");
    }
  }

  @Nested
  class Keys {
    @Test
    void reportsAMisspelledKeyAndSuggestsTheRightOne() {
      String yaml = smallWith("site: bone, tier: most", "site: bone, tire: most");
      List<Diagnostic> found = problems(yaml);
      int line = Fixtures.lineOf(yaml, "tire: most");
      Diagnostic unknown =
          found.stream()
              .filter(d -> d.message().startsWith("unknown key"))
              .findFirst()
              .orElseThrow();
      assertEquals(Fixtures.columnOf(yaml, line, "tire"), unknown.column());
      assertTrue(unknown.message().endsWith("did you mean 'tier'?"), unknown.message());
      assertTrue(
          found.stream()
              .anyMatch(
                  d -> d.message().equals("fact 'lung>bone' is missing required key 'tier'")));
      assertEquals(2, found.size(), found.toString());
    }

    @Test
    void reportsAnUnknownTopLevelKey() {
      String yaml = Fixtures.resource("small.yaml") + "sites_extra: []\n";
      assertOneAt(yaml, "sites_extra", "sites_extra", "unknown key 'sites_extra' in dataset");
    }

    @Test
    void reportsARepeatedKey() {
      String yaml = smallWith("{id: bone, name: bones,", "{id: bone, name: bones, name: bone,");
      assertOneAt(yaml, "name: bone,", "name: bone,", "duplicate key 'name' in site 'bone'");
    }

    @Test
    void reportsAMissingKeyOfAnEntry() {
      String yaml =
          smallWith(
              "{id: blood, name: the bloodstream, more_common: true,",
              "{id: blood, name: the bloodstream,");
      assertOneAt(yaml, "id: blood", "{", "route 'blood' is missing required key 'more_common'");
    }
  }

  @Nested
  class Types {
    @Test
    void reportsTextWhereTrueOrFalseBelongs() {
      assertOneAt(
          smallWith("uncertain: true", "uncertain: yes"),
          "uncertain:",
          "yes",
          "expected true or false for 'uncertain' of fact 'lung>adrenal-glands', found text 'yes'");
    }

    @Test
    void reportsTextWhereANumberBelongs() {
      assertOneAt(
          smallWith("order: 2", "order: two"),
          "order: two",
          "two",
          "expected a whole number for 'order' of step 'second'");
    }

    @Test
    void reportsAWordWhereAListBelongs() {
      assertOneAt(
          smallWith("synonyms: [adrenal]", "synonyms: adrenal"),
          "synonyms: adrenal",
          "adrenal}",
          "expected a list for 'synonyms' of site 'adrenal-glands', found text 'adrenal'");
    }

    @Test
    void reportsAListWhereTextBelongs() {
      assertOneAt(
          smallWith("name: lung cancer", "name: [lung cancer]"),
          "name: [lung",
          "[",
          "expected text for 'name' of cancer 'lung', found a list");
    }

    @Test
    void reportsAnEntryThatIsNotAMapping() {
      String yaml = smallWith("sites:\n", "sites:\n  - just a word\n");
      assertOneAt(
          yaml,
          "just a word",
          "just",
          "expected site #1 to be a mapping of keys, found text 'just a word'");
    }

    @Test
    void reportsANumberWhereTextBelongs() {
      assertOneAt(
          smallWith("title: \"What\"", "title: 12"),
          "title: 12",
          "12",
          "expected text for 'title' of section 'what-is', found the number 12");
    }

    @Test
    void reportsEmptyText() {
      assertOneAt(
          smallWith("text: \"A claim.\"", "text: \" \""),
          "id: naming-one",
          "\" \"",
          "'text' of claim 'naming-one' is empty");
    }
  }

  @Nested
  class References {
    @Test
    void reportsAnUnknownSiteListingTheKnownOnes() {
      assertOneAt(
          smallWith("site: bone, tier: most", "site: bones, tier: most"),
          "site: bones",
          "bones,",
          "unknown site 'bones' (known: adrenal-glands, bone); did you mean 'bone'?");
    }

    @Test
    void suggestsASiteFromItsSynonym() {
      assertOneAt(
          smallWith("site: bone, tier: most", "site: skeleton, tier: most"),
          "site: skeleton",
          "skeleton",
          "unknown site 'skeleton' (known: adrenal-glands, bone); did you mean 'bone'?");
    }

    @Test
    void reportsAnUnknownCancer() {
      assertOneAt(
          smallWith("{cancer: lung, site: bone", "{cancer: breast, site: bone"),
          "cancer: breast",
          "breast",
          "unknown cancer 'breast' (known: lung)");
    }

    @Test
    void reportsAnUnknownSection() {
      assertOneAt(
          smallWith("section: spread/lung}", "section: spread/lungs}"),
          "spread/lungs",
          "spread/lungs",
          "unknown section 'spread/lungs' (known: spread/lung, what-is); did you mean 'spread/lung'?");
    }

    @Test
    void reportsAnUnknownSiteInADownstreamEntry() {
      assertOneAt(
          smallWith("sites: [bone]", "sites: [bone, liver]"),
          "sites: [bone, liver]",
          "liver",
          "unknown site 'liver'");
    }

    @Test
    void reportsADownstreamEntryWithoutSites() {
      assertOneAt(
          smallWith("sites: [bone]", "sites: []"),
          "sites: []",
          "[]",
          "'sites' of downstream entry 'bones' is empty");
    }

    @Test
    void shortensLongListsOfKnownIds() {
      StringBuilder sites = new StringBuilder("sites:\n");
      for (char c = 'a'; c <= 'p'; c++) {
        sites.append("  - {id: site-").append(c).append(", name: site ").append(c).append("}\n");
      }
      String yaml =
          smallWith("sites:\n", sites.toString()).replace("site: bone,", "site: nowhere,");
      String message = problems(yaml).get(0).message();
      assertTrue(message.contains("site-a, site-b,") && message.contains(", ...)"), message);
      assertFalse(message.contains("site-p"), message);
    }
  }

  @Nested
  class Duplicates {
    private void assertDuplicate(
        String from, String to, String snippet, String token, String message) {
      String yaml = smallWith(from, to);
      int[] at = where(yaml, snippet, token);
      List<Diagnostic> found = problems(yaml);
      assertTrue(
          found.stream()
              .anyMatch(
                  d -> d.line() == at[0] && d.column() == at[1] && d.message().startsWith(message)),
          found.toString());
    }

    @Test
    void reportsADuplicateSite() {
      assertDuplicate(
          "  - {id: adrenal-glands, name: adrenal glands, synonyms: [adrenal]}",
          "  - {id: adrenal-glands, name: adrenal glands, synonyms: [adrenal]}\n  - {id: bone, name: bone tissue}",
          "bone tissue",
          "bone",
          "duplicate site id 'bone' (first on line ");
    }

    @Test
    void reportsADuplicateCancer() {
      String line =
          "  - {id: lung, name: lung cancer, aliases: [lung], section: spread/lung, reach: anywhere, reach_note: \"Anywhere.\"}";
      assertDuplicate(
          line,
          line + "\n  - {id: lung, name: small cell, section: spread/lung, reach: anywhere}",
          "small cell",
          "lung",
          "duplicate cancer id 'lung'");
    }

    @Test
    void reportsADuplicateSection() {
      assertDuplicate(
          "  - {id: what-is, title: \"What\"}",
          "  - {id: what-is, title: \"What\"}\n  - {id: what-is, title: \"Again\"}",
          "Again",
          "what-is",
          "duplicate section id 'what-is'");
    }

    @Test
    void reportsADuplicateClaim() {
      String claim =
          "  - {id: naming-one, topic: naming, text: \"A claim.\", truth: false, why: \"A fact.\", section: what-is}";
      assertDuplicate(
          claim,
          claim
              + "\n  - {id: naming-one, topic: naming, text: \"Other.\", truth: true, section: what-is}",
          "Other.",
          "naming-one",
          "duplicate claim id 'naming-one'");
    }

    @Test
    void reportsADuplicateStep() {
      assertDuplicate(
          "{id: anytime,", "{id: first,", "Any time.", "first", "duplicate step id 'first'");
    }

    @Test
    void reportsADuplicateRoute() {
      assertDuplicate(
          "{id: lymph,", "{id: blood,", "the lymph system", "blood", "duplicate route id 'blood'");
    }

    @Test
    void reportsADuplicateDownstreamEntry() {
      String entry =
          "  - {id: bones, pattern: \"A pattern.\", cause: \"A cause.\", sites: [bone], cancers: [lung], section: what-is}";
      assertDuplicate(
          entry,
          entry
              + "\n  - {id: bones, pattern: \"P2.\", cause: \"C2.\", sites: [bone], section: what-is}",
          "P2.",
          "bones",
          "duplicate downstream entry id 'bones'");
    }

    @Test
    void reportsTheSameCancerAndSiteTwice() {
      String fact = "  - {cancer: lung, site: bone, tier: most, section: spread/lung}";
      assertDuplicate(
          fact,
          fact + "\n  - {cancer: lung, site: bone, tier: also, section: spread/lung}",
          "tier: also, section: spread/lung}",
          "lung",
          "duplicate fact 'lung>bone' (first on line ");
    }
  }

  @Nested
  class Vocabularies {
    @Test
    void reportsAnUnknownTierListingTheKnownOnes() {
      assertOneAt(
          smallWith("tier: most", "tier: often"),
          "tier: often",
          "often",
          "unknown tier 'often' of fact 'lung>bone' (known: most, also, less, rare, local)");
    }

    @Test
    void reportsAnUnknownReach() {
      assertOneAt(
          smallWith("reach: anywhere", "reach: everywhere"),
          "reach: everywhere",
          "everywhere",
          "unknown reach 'everywhere' of cancer 'lung' (known: anywhere, mostly-local, unstated)");
    }

    @Test
    void reportsAnUnknownClaimTopic() {
      assertOneAt(
          smallWith("topic: naming", "topic: names"),
          "topic: names",
          "names",
          "unknown claim topic 'names' of claim 'naming-one' (known: routes, steps, naming, unknown-primary, downstream, homing, survival, research, scope)");
    }
  }

  @Nested
  class Coverage {
    @Test
    void reportsACancerWithoutFacts() {
      String yaml =
          smallWith(
              "cancers:\n",
              "cancers:\n  - {id: breast, name: breast cancer, section: spread/lung, reach: unstated}\n");
      assertOneAt(yaml, "id: breast", "breast", "cancer 'breast' has no spread facts");
    }

    @Test
    void reportsAnUncertainFactWithoutANote() {
      assertOneAt(
          smallWith("note: \"Open wording.\", uncertain: true", "uncertain: true"),
          "uncertain: true",
          "{",
          "fact 'lung>adrenal-glands' is marked uncertain but has no note saying why");
    }
  }

  @Nested
  class Words {
    @Test
    void reportsASynonymSharedByTwoSitesIgnoringCaseAndPlurals() {
      assertOneAt(
          smallWith("synonyms: [adrenal]", "synonyms: [adrenal, Skeletons]"),
          "Skeletons",
          "Skeletons",
          "synonym 'Skeletons' of site 'adrenal-glands' is also a name or synonym of site 'bone' (ignoring case and plurals both read 'skeleton')");
    }

    @Test
    void reportsASiteNamedLikeAnotherSitesSynonym() {
      assertOneAt(
          smallWith("name: adrenal glands", "name: bone"),
          "name: bone,",
          "bone,",
          "name 'bone' of site 'adrenal-glands' is also a name or synonym of site 'bone'");
    }

    @Test
    void reportsAnAliasSharedByTwoCancers() {
      String yaml =
          smallWith(
                  "cancers:\n",
                  "cancers:\n  - {id: breast, name: breast cancer, aliases: [Lungs], section: spread/lung, reach: unstated}\n")
              + "";
      yaml =
          yaml.replace(
              "spread:\n",
              "spread:\n  - {cancer: breast, site: bone, tier: most, section: spread/lung}\n");
      List<Diagnostic> found = problems(yaml);
      int[] at = where(yaml, "aliases: [Lungs]", "Lungs");
      Diagnostic d = only(found);
      // The later entry (lung) is the one reported, at its own alias.
      int[] lung = where(yaml, "aliases: [lung]", "lung]");
      assertEquals(lung[0], d.line(), d.toString());
      assertEquals(lung[1], d.column(), d.toString());
      assertTrue(
          d.message()
              .startsWith(
                  "alias 'lung' of cancer 'lung' is also a name or alias of cancer 'breast'"),
          d.message());
      assertTrue(at[0] < lung[0]);
    }

    @Test
    void acceptsTheSameWordTwiceWithinOneSite() {
      assertEquals(
          2,
          Fixtures.load(
                  smallWith("synonyms: [bone, skeleton]", "synonyms: [bone, Bones, skeleton]"))
              .sites()
              .size());
    }

    @Test
    void reportsASiteNameWithAnArticle() {
      assertOneAt(
          smallWith("name: adrenal glands", "name: the adrenal glands"),
          "the adrenal glands",
          "the adrenal",
          "name 'the adrenal glands' of site 'adrenal-glands' should be a lower-case noun phrase without a leading article");
    }

    @Test
    void reportsAMalformedId() {
      String yaml = smallWith("adrenal-glands", "Adrenal Glands");
      assertOneAt(
          yaml,
          "{id: Adrenal Glands",
          "Adrenal",
          "site id 'Adrenal Glands' should be lower-case words joined by '-'");
    }
  }

  @Nested
  class Steps {
    @Test
    void reportsAGapInTheOrder() {
      assertOneAt(
          smallWith("order: 2", "order: 3"),
          "id: second",
          "second",
          "step 'second' has order 3 but no step has order 2");
    }

    @Test
    void reportsARepeatedOrder() {
      assertOneAt(
          smallWith("order: 2", "order: 1"),
          "id: second",
          "second",
          "step 'second' has order 1, as does step 'first'");
    }

    @Test
    void reportsANegativeOrder() {
      assertOneAt(
          smallWith("order: 0", "order: -1"),
          "id: anytime",
          "-1",
          "order -1 of step 'anytime' is negative");
    }

    @Test
    void acceptsOrdersGivenOutOfFileOrder() {
      String yaml =
          smallWith("order: 1", "order: 9")
              .replace("order: 2", "order: 1")
              .replace("order: 9", "order: 2");
      assertEquals(3, Fixtures.load(yaml).steps().size());
    }
  }

  @Nested
  class Routes {
    @Test
    void reportsTwoRoutesMarkedMoreCommon() {
      assertOneAt(
          smallWith("more_common: false", "more_common: true"),
          "id: lymph",
          "lymph",
          "route 'lymph' is marked more_common, but so is route 'blood'");
    }
  }

  @Nested
  class Source {
    @Test
    void reportsABadReviewDate() {
      assertOneAt(
          smallWith("reviewed: \"2014-02-07\"", "reviewed: \"7 Feb 2014\""),
          "reviewed:",
          "\"7 Feb",
          "'reviewed' of source should be a date like 2014-02-07, found '7 Feb 2014'");
    }
  }

  @Nested
  class Rendering {
    @Test
    void rendersLikeACompiler() {
      assertEquals(
          "spread.yaml:14:9: unknown site 'adrenal'",
          new Diagnostic("spread.yaml", 14, 9, "unknown site 'adrenal'").toString());
      assertEquals("spread.yaml: empty", new Diagnostic("spread.yaml", 0, 0, "empty").toString());
    }

    @Test
    void pointsACaretAtTheColumn() {
      String text = "schema: 1\nsites:\n  - {id: bone, site: adrenal}\n";
      Diagnostic d = new Diagnostic("x.yaml", 3, 23, "unknown site 'adrenal'");
      assertEquals(
          "x.yaml:3:23: unknown site 'adrenal'\n  - {id: bone, site: adrenal}\n                      ^",
          d.withSourceLine(text));
      assertEquals("x.yaml: empty", new Diagnostic("x.yaml", 0, 0, "empty").withSourceLine(text));
    }

    @Test
    void putsEveryProblemInTheExceptionMessage() {
      DatasetException e =
          assertThrows(
              DatasetException.class,
              () ->
                  Fixtures.load(
                      smallWith("tier: most", "tier: often")
                          .replace("reach: anywhere", "reach: far")));
      assertEquals(2, e.diagnostics().size());
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(e.getMessage().contains(d.toString()), e.getMessage());
      }
      assertTrue(e.getMessage().endsWith("2 problems"), e.getMessage());
    }
  }
}

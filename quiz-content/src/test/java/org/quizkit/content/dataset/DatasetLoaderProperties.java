package org.quizkit.content.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.diagnostic.Diagnostic;

/**
 * The loader and name normalising over random names. A failure prints its seed: rerun it alone with
 * {@code -DQT_SEED=N} (QuickTheories reads that system property).
 */
class DatasetLoaderProperties {
  private static final Set<String> YAML_WORDS = Set.of("null", "true", "false");

  /** Lower-case words that are no known site and no YAML word (those get a letter more). */
  private static Gen<String> strangers() {
    return words("abcdefghijklmnopqrstuvwxyz", 3, 12)
        .map(s -> s.equals("bone") || YAML_WORDS.contains(s) ? s + "x" : s);
  }

  private static Gen<String> words(String alphabet, int min, int max) {
    return lists()
        .of(Generate.pick(alphabet.chars().mapToObj(Character::toString).toList()))
        .ofSizeBetween(min, max)
        .map(letters -> String.join("", letters));
  }

  @Test
  void reportsAnyUnknownSiteWhereItStands() {
    qt().withExamples(100)
        .forAll(strangers())
        .checkAssert(DatasetLoaderProperties::reportsTheUnknownSite);
  }

  private static void reportsTheUnknownSite(String site) {
    String yaml = Fixtures.smallWith("site: bone, tier: most", "site: " + site + ", tier: most");
    int line = Fixtures.lineOf(yaml, "site: " + site + ",");
    List<Diagnostic> found = Fixtures.problems(yaml);
    assertEquals(1, found.size(), found.toString());
    Diagnostic d = found.get(0);
    assertEquals(line, d.line());
    assertEquals(Fixtures.columnOf(yaml, line, site + ","), d.column());
    assertTrue(
        d.message().startsWith("unknown site '" + site + "' (known: adrenal-glands, bone)"),
        d.message());
  }

  @Test
  void normalisingTwiceChangesNothing() {
    qt().withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 30))
        .checkAssert(
            name -> {
              String once = NameMatching.normalise(name);
              assertEquals(once, NameMatching.normalise(once));
            });
  }

  @Test
  void normalisingIgnoresCase() {
    qt().withExamples(1000)
        .forAll(words("abcdefghijklmnopqrstuvwxyz -", 1, 25))
        .checkAssert(
            name ->
                assertEquals(
                    NameMatching.normalise(name),
                    NameMatching.normalise(name.toUpperCase(Locale.ROOT))));
  }

  // Letters that never end an irregular plural here (no s, i, u, e or y), so adding an s makes a
  // plain plural.
  @Test
  void normalisingIgnoresAPluralS() {
    qt().withExamples(1000)
        .forAll(words("abcdfghjklmnopqrtvwxz", 3, 10))
        .checkAssert(
            word -> {
              assertEquals(NameMatching.normalise(word), NameMatching.normalise(word + "s"));
              assertEquals(
                  NameMatching.normalise("lymph " + word),
                  NameMatching.normalise("The Lymph " + word.toUpperCase(Locale.ROOT) + "S"));
            });
  }
}

package org.quizkit.content.dataset;

import org.quizkit.core.diagnostic.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DatasetLoaderProperties {
  private static final Set<String> YAML_WORDS = Set.of("null", "true", "false");

  @Provide
  Arbitrary<String> strangers() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(3)
        .ofMaxLength(12)
        .filter(s -> !Set.of("bone").contains(s) && !YAML_WORDS.contains(s));
  }

  @Property(tries = 100)
  void reportsAnyUnknownSiteWhereItStands(@ForAll("strangers") String site) {
    String yaml = Fixtures.smallWith("site: bone, tier: most", "site: " + site + ", tier: most");
    int line = Fixtures.lineOf(yaml, "site: " + site + ",");
    List<Diagnostic> found = Fixtures.problems(yaml);
    assertEquals(1, found.size(), found.toString());
    Diagnostic d = found.get(0);
    assertEquals(line, d.line());
    assertEquals(Fixtures.columnOf(yaml, line, site + ","), d.column());
    assertTrue(d.message().startsWith("unknown site '" + site + "' (known: adrenal-glands, bone)"), d.message());
  }

  @Provide
  Arbitrary<String> anyName() {
    return Arbitraries.strings().ofMaxLength(30);
  }

  @Property
  void normalisingTwiceChangesNothing(@ForAll("anyName") String name) {
    String once = Names.normalise(name);
    assertEquals(once, Names.normalise(once));
  }

  @Provide
  Arbitrary<String> asciiPhrase() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-').ofMinLength(1).ofMaxLength(25);
  }

  @Property
  void normalisingIgnoresCase(@ForAll("asciiPhrase") String name) {
    assertEquals(Names.normalise(name), Names.normalise(name.toUpperCase(Locale.ROOT)));
  }

  // Letters that never end an irregular plural here (no s, i, u, e or y), so adding an s makes a
  // plain plural.
  @Provide
  Arbitrary<String> plainWord() {
    return Arbitraries.strings().withChars("abcdfghjklmnopqrtvwxz").ofMinLength(3).ofMaxLength(10);
  }

  @Property
  void normalisingIgnoresAPluralS(@ForAll("plainWord") String word) {
    assertEquals(Names.normalise(word), Names.normalise(word + "s"));
    assertEquals(Names.normalise("lymph " + word), Names.normalise("The Lymph " + word.toUpperCase(Locale.ROOT) + "S"));
  }
}

package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The one-pass normaliser and matcher decide exactly as the list-and-stream rules they replaced
 * ({@link ReferenceMatcher}), over text built to reach every rule: articles, plurals, accents,
 * full-width letters, letters outside the BMP, typos of keys and of rivals.
 */
class ShortAnswerReferenceProperties {
  /** Words and separators chosen so that each folding rule and its exceptions come up often. */
  private static final List<String> PIECES =
      List.of(
          "the",
          "The",
          "a",
          "A",
          "an",
          "AN",
          "thes",
          "ans",
          "bones",
          "ovaries",
          "ties",
          "ies",
          "masses",
          "branches",
          "bushes",
          "boxes",
          "xes",
          "glands",
          "pelvis",
          "uterus",
          "gas",
          "ss",
          "Paget's",
          "lymph-nodes",
          "m\u00e9tastases",
          "Pl\u00e9ura",
          "\uFF2C\uFF29\uFF36",
          "\uFB01les",
          "\uD835\uDC00bones",
          "caf\u00e9s",
          "\u2019s",
          "liver",
          "lungs",
          "x",
          "pe\u0301ritoine",
          "Li\u0307ver",
          "an\u0303",
          "th\u0301e",
          "t\uFB01e",
          "Ol\u0338");

  private static final List<String> SEPARATORS =
      List.of(" ", "  ", "-", ".", "!", " , ", "\u00a0", "\t", "'", "`", "\u2019", "");

  /** Site names and synonyms: one word and several, short words and long, with articles. */
  private static final List<String> NAMES =
      List.of(
          "liver",
          "lungs",
          "lung",
          "bone",
          "bones",
          "brain",
          "adrenal glands",
          "adrenal gland",
          "lymph nodes",
          "the lymph nodes",
          "peritoneum",
          "perineum",
          "pleura",
          "pleural lining",
          "lining of the lungs",
          "ovaries",
          "spine",
          "spinal cord",
          "bladder",
          "vena cava",
          "m\u00e9ninges",
          "great vessels");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> built =
        Combinators.combine(
                Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(5),
                Arbitraries.of(SEPARATORS).list().ofSize(6))
            .as(
                (pieces, separators) -> {
                  // Half the texts start with a word, as typed answers and rivals mostly do.
                  String lead = separators.get(5);
                  StringBuilder text = new StringBuilder(lead.length() > 1 ? "" : lead);
                  for (int i = 0; i < pieces.size(); i++) {
                    text.append(pieces.get(i)).append(separators.get(i));
                  }
                  return text.toString();
                });
    Arbitrary<String> ascii =
        Arbitraries.strings().withCharRange((char) 0, (char) 127).ofMaxLength(12);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8);
    return Arbitraries.frequencyOf(Tuple.of(6, built), Tuple.of(3, ascii), Tuple.of(1, any));
  }

  @Property(tries = 2000)
  void normalisesAsTheReferenceDoes(@ForAll("texts") String raw) {
    assertEquals(ReferenceMatcher.normalise(raw), AnswerText.normalise(raw), raw);
  }

  /**
   * The rival filter never rules out a rival that is one edit away. Half the time the typed text is
   * a typo of the rival's own normal form, so that the filter is tried on near rivals too.
   */
  @Property(tries = 2000)
  void rulesOutOnlyRivalsMoreThanOneEditAway(
      @ForAll("texts") String rival,
      @ForAll("texts") String other,
      @ForAll boolean typoOfRival,
      @ForAll int at,
      @ForAll("letters") char letter) {
    String source = ReferenceMatcher.normalise(typoOfRival ? rival : other);
    String text = source.isEmpty() ? "" : Attempts.typo(source, Math.abs(at % 64), letter);
    String normal = ReferenceMatcher.normalise(rival);
    boolean near = !normal.isEmpty() && Distance.between(text, normal) <= 1;
    boolean kept = text.isEmpty() || AnswerText.mayBeOneEditFrom(rival, text);
    Statistics.label("rival").collect(near ? "near" : kept ? "far, kept" : "far, ruled out");
    if (near) {
      assertTrue(kept, () -> "ruled out '" + rival + "' (" + normal + ") for '" + text + "'");
    }
  }

  @Property(tries = 2000)
  void withinOneEditExactlyWhenTheDistanceIsAtMostOne(
      @ForAll("shortWords") String a,
      @ForAll("shortWords") String b,
      @ForAll boolean typoOfA,
      @ForAll int at,
      @ForAll("letters") char letter) {
    String s = a;
    String t = typoOfA && !a.isEmpty() ? Attempts.typo(a, Math.abs(at % 64), letter) : b;
    boolean expected = Distance.between(s, t) <= 1;
    Statistics.label("within one").collect(expected);
    assertEquals(expected, ShortAnswerMatcher.withinOneEdit(s, t), () -> s + " / " + t);
  }

  @Provide
  Arbitrary<String> shortWords() {
    return Arbitraries.strings().withChars('a', 'b', 'c', '\uD835', '\uDC00').ofMaxLength(7);
  }

  @Provide
  Arbitrary<Character> letters() {
    return Arbitraries.of('a', 'b', 'z', '\uD835');
  }

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> typings() {
    return Arbitraries.of(
        "", " ", "The ", "the", "an ", "...", "!", "LOUD", "  ", "-", "\u00a0", "s");
  }

  /**
   * Typed answers are a key, a rival or another name, typed with case, articles, decorations and up
   * to two typos; rivals are names and typos of the keys, so that the rival rule refuses some typos
   * and lets others through.
   */
  @Property(tries = 2000)
  void acceptsExactlyWhatTheReferenceAccepts(
      @ForAll("names") List<String> accepted,
      @ForAll("names") List<String> rivalNames,
      @ForAll("names") List<String> others,
      @ForAll int pick,
      @ForAll("typings") String before,
      @ForAll("typings") String after,
      @ForAll int typos,
      @ForAll int firstAt,
      @ForAll int secondAt,
      @ForAll("letters") char letter,
      @ForAll int rivalAt,
      @ForAll boolean nearRival) {
    List<String> rivals = new ArrayList<>(rivalNames);
    if (nearRival) {
      rivals.add(Attempts.typo(accepted.get(0), Math.abs(rivalAt % 64), 'e'));
    }
    List<String> sources = new ArrayList<>(accepted);
    sources.addAll(rivals);
    sources.addAll(others);
    String typed = sources.get(Math.floorMod(pick, sources.size()));
    int typoCount = Math.floorMod(typos, 3);
    if (typoCount >= 1) {
      typed = Attempts.typo(typed, Math.abs(firstAt % 64), letter);
    }
    if (typoCount == 2 && !typed.isEmpty()) {
      typed = Attempts.typo(typed, Math.abs(secondAt % 64), 'i');
    }
    if (before.equals("LOUD")) {
      typed = typed.toUpperCase(Locale.ROOT);
    } else {
      typed = before + typed;
    }
    typed = typed + (after.equals("LOUD") ? "" : after);

    boolean expected = ReferenceMatcher.accepts(accepted, rivals, typed);
    String text = ReferenceMatcher.normalise(typed);
    boolean exact = accepted.stream().map(ReferenceMatcher::normalise).anyMatch(text::equals);
    String outcome;
    if (expected) {
      outcome = exact ? "exact" : "typo";
    } else {
      outcome = ReferenceMatcher.accepts(accepted, List.of(), typed) ? "rival" : "refused";
    }
    Statistics.label("outcome").collect(outcome);
    assertEquals(
        expected,
        ShortAnswerMatcher.of(accepted, rivals).accepts(typed),
        "typed '" + typed + "' accepted " + accepted + " rivals " + rivals);
    // Every rule must be reached, or agreeing with the reference proves little.
    Statistics.label("outcome")
        .coverage(
            checker -> {
              checker.check("exact").percentage(p -> p > 5);
              checker.check("typo").percentage(p -> p > 2);
              checker.check("rival").percentage(p -> p > 1);
              checker.check("refused").percentage(p -> p > 5);
            });
  }
}

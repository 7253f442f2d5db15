package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.question.Tally;

/**
 * The short-answer matcher on site names. A failure prints its seed: rerun with {@code -DQT_SEED=N}
 * (see {@link RandomQuestions}).
 */
class ShortAnswerMatcherProperties {
  private static final List<String> SITES = RandomQuestions.SITES;
  private static final Gen<String> DECORATIONS =
      Generate.pick(List.of("", " ", "  ", "!", ".", "\"", "...", " ?"));

  private static Gen<String> sites() {
    return Generate.pick(SITES);
  }

  private static Gen<Character> letters() {
    return Generate.characters('a', 'z');
  }

  @Test
  void acceptsTheAnswerWhateverItsCaseArticleAndPunctuation() {
    qt().withExamples(1000)
        .forAll(sites(), booleans().all(), booleans().all(), DECORATIONS)
        .checkAssert(
            (site, upper, article, decoration) -> {
              String typed =
                  (article ? "The " : "") + (upper ? site.toUpperCase(Locale.ROOT) : site);
              assertTrue(
                  ShortAnswerMatcher.of(List.of(site), SITES)
                      .accepts(decoration + typed + decoration));
            });
  }

  @Test
  void neverAcceptsAnotherSite() {
    qt().withExamples(1000)
        .forAll(integers().between(0, SITES.size() - 1), integers().between(1, SITES.size() - 1))
        .checkAssert(
            (a, step) -> {
              String answer = SITES.get(a);
              String other = SITES.get((a + step) % SITES.size());
              assertFalse(ShortAnswerMatcher.of(List.of(answer), List.of()).accepts(other));
            });
  }

  /**
   * Whatever the typo, an accepted answer is either the answer after normalising or strictly nearer
   * to it than to every rival. Half the time a rival is made one typo away from the answer, so that
   * the rule has something to refuse.
   */
  @Test
  void neverAcceptsATypoAsNearARivalAsTheAnswer() {
    Gen<Typo> typos = sites().zip(integers().between(0, 40), letters(), Typo::new);
    Tally accepted = new Tally("accepted, near rival");
    qt().withExamples(1000)
        .forAll(typos, typos, booleans().all(), booleans().all())
        .checkAssert(
            (typo, rivalTypo, typoOfAnswer, nearRival) -> {
              String answer = typo.word();
              String typed =
                  Attempts.typo(typoOfAnswer ? answer : rivalTypo.word(), typo.at(), typo.letter());
              List<String> rivals = new ArrayList<>(SITES);
              rivals.remove(answer);
              if (nearRival) {
                rivals.add(Attempts.typo(answer, rivalTypo.at(), rivalTypo.letter()));
              }
              boolean isAccepted = ShortAnswerMatcher.of(List.of(answer), rivals).accepts(typed);
              accepted.count(isAccepted + ", " + nearRival);
              if (isAccepted) {
                String t = TypedAnswerNormaliser.normalise(typed);
                String a = TypedAnswerNormaliser.normalise(answer);
                int toAnswer = Distance.between(t, a);
                assertTrue(
                    toAnswer == 0
                        || rivals.stream()
                            .map(TypedAnswerNormaliser::normalise)
                            .filter(r -> !r.equals(a))
                            .allMatch(r -> Distance.between(t, r) > toAnswer),
                    () -> "accepted '" + typed + "' for '" + answer + "' with rivals " + rivals);
              }
            });
    accepted.assertAtLeast("true, true", 5);
    accepted.assertAtLeast("true, false", 5);
  }

  /** A site with a typo at {@code at}. */
  private record Typo(String word, int at, char letter) {}

  /** A typo that changes one word of five letters or more, and nothing else, is forgiven. */
  @Test
  void forgivesOneTypoInALongWordWhenNoRivalIsNear() {
    Tally applies = new Tally("applies");
    qt().withExamples(1000)
        .forAll(sites(), integers().between(0, 40), letters())
        .checkAssert(
            (site, at, letter) -> {
              String normal = TypedAnswerNormaliser.normalise(site);
              String typed = Attempts.typo(normal, at, letter);
              String[] words = normal.split(" ");
              String[] typedWords = typed.split(" ", -1);
              int changed = 0;
              boolean changedOnlyLongWords = typedWords.length == words.length;
              for (int i = 0; changedOnlyLongWords && i < words.length; i++) {
                if (!words[i].equals(typedWords[i])) {
                  changed++;
                  changedOnlyLongWords = words[i].length() >= 5;
                }
              }
              changedOnlyLongWords &= changed == 1;
              boolean plainLetters = TypedAnswerNormaliser.normalise(typed).equals(typed);
              applies.count(changedOnlyLongWords && plainLetters);
              if (changedOnlyLongWords && plainLetters) {
                assertTrue(ShortAnswerMatcher.of(List.of(site), List.of()).accepts(typed), typed);
              }
            });
    applies.assertAtLeast(true, 20);
  }

  /** The ASCII fast path is an optimisation only: it must agree with the full Unicode one. */
  @Test
  void readsAsciiTextAsTheUnicodePathDoes() {
    qt().withExamples(3000)
        .forAll(strings().ascii().ofLengthBetween(0, 40))
        .checkAssert(
            raw ->
                assertEquals(
                    TypedAnswerNormaliser.unicodeWords(raw),
                    TypedAnswerNormaliser.asciiWords(raw),
                    raw));
  }
}

package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.quizkit.core.question.QuestionArbitraries;

class ShortAnswerMatcherProperties {

  @Provide
  Arbitrary<String> sites() {
    return Arbitraries.of(QuestionArbitraries.SITES);
  }

  @Provide
  Arbitrary<List<String>> sitePairs() {
    return Arbitraries.of(QuestionArbitraries.SITES).list().ofSize(2).uniqueElements();
  }

  @Property
  void acceptsTheAnswerWhateverItsCaseArticleAndPunctuation(
      @ForAll("sites") String site,
      @ForAll boolean upper,
      @ForAll boolean article,
      @ForAll("decorations") String decoration) {
    String typed = (article ? "The " : "") + (upper ? site.toUpperCase(Locale.ROOT) : site);
    assertTrue(
        ShortAnswerMatcher.of(List.of(site), QuestionArbitraries.SITES)
            .accepts(decoration + typed + decoration));
  }

  @Provide
  Arbitrary<String> decorations() {
    return Arbitraries.of("", " ", "  ", "!", ".", "\"", "...", " ?");
  }

  @Property
  void neverAcceptsAnotherSite(@ForAll("sitePairs") List<String> pair) {
    assertFalse(ShortAnswerMatcher.of(List.of(pair.get(0)), List.of()).accepts(pair.get(1)));
  }

  /**
   * Whatever the typo, an accepted answer is either the answer after normalising or strictly
   * nearer to it than to every rival. Half the time a rival is made one typo away from the answer,
   * so that the rule has something to refuse.
   */
  @Property
  void neverAcceptsATypoAsNearARivalAsTheAnswer(
      @ForAll("sites") String answer,
      @ForAll("sites") String other,
      @ForAll boolean typoOfAnswer,
      @ForAll boolean nearRival,
      @ForAll @IntRange(min = 0, max = 40) int at,
      @ForAll @CharRange(from = 'a', to = 'z') char letter,
      @ForAll @IntRange(min = 0, max = 40) int rivalAt,
      @ForAll @CharRange(from = 'a', to = 'z') char rivalLetter) {
    String typed = Attempts.typo(typoOfAnswer ? answer : other, at, letter);
    List<String> rivals = new ArrayList<>(QuestionArbitraries.SITES);
    rivals.remove(answer);
    if (nearRival) {
      rivals.add(Attempts.typo(answer, rivalAt, rivalLetter));
    }
    boolean accepted = ShortAnswerMatcher.of(List.of(answer), rivals).accepts(typed);
    Statistics.label("accepted").collect(accepted, nearRival);
    if (accepted) {
      String t = AnswerText.normalise(typed);
      String a = AnswerText.normalise(answer);
      int toAnswer = Distance.between(t, a);
      assertTrue(
          toAnswer == 0
              || rivals.stream()
                  .map(AnswerText::normalise)
                  .filter(r -> !r.equals(a))
                  .allMatch(r -> Distance.between(t, r) > toAnswer),
          () -> "accepted '" + typed + "' for '" + answer + "' with rivals " + rivals);
    }
  }

  /** A typo that changes one word of five letters or more, and nothing else, is forgiven. */
  @Property
  void forgivesOneTypoInALongWordWhenNoRivalIsNear(
      @ForAll("sites") String site,
      @ForAll @IntRange(min = 0, max = 40) int at,
      @ForAll @CharRange(from = 'a', to = 'z') char letter) {
    String normal = AnswerText.normalise(site);
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
    boolean plainLetters = AnswerText.normalise(typed).equals(typed);
    Statistics.label("applies").collect(changedOnlyLongWords && plainLetters);
    if (changedOnlyLongWords && plainLetters) {
      assertTrue(ShortAnswerMatcher.of(List.of(site), List.of()).accepts(typed), typed);
    }
  }

  /** The ASCII fast path is an optimisation only: it must agree with the full Unicode one. */
  @Property(tries = 3000)
  void readsAsciiTextAsTheUnicodePathDoes(@ForAll @CharRange(from = 0, to = 127) String raw) {
    assertEquals(AnswerText.unicodeWords(raw), AnswerText.asciiWords(raw), raw);
  }
}

package org.quizkit.core.scoring;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.core.question.ShortAnswer;

/**
 * What to say about a typed answer beyond its mark: that a slip was forgiven (and what the answer
 * was taken as), or, for an answer that matched nothing but lies close to one accepted answer,
 * which one the learner may have meant and why it was not counted.
 */
final class TypedHints {
  /** The farthest a missed answer may lie from an accepted one to be suggested. */
  private static final int NEAR = 2;

  private TypedHints() {}

  static List<String> of(ShortAnswer question, TypedVerdict verdict, String typed) {
    List<String> hints = new ArrayList<>();
    for (TypedVerdict.Part part : verdict.parts()) {
      TypedMatch match = part.match();
      if (match.note() == null
          && !TypedAnswerNormaliser.normalise(part.typed())
              .equals(TypedAnswerNormaliser.normalise(match.answer()))) {
        hints.add(
            "Accepted \""
                + part.typed()
                + "\" as \""
                + match.answer()
                + "\": one slip of a letter is forgiven.");
      }
    }
    if (verdict.parts().isEmpty()) {
      nearMiss(question, typed).ifPresent(hints::add);
    }
    return List.copyOf(hints);
  }

  /**
   * "Did you mean ...?" for the accepted answer nearest the typed one, when it is at most {@link
   * #NEAR} edits away and no rival (another answer of the domain) is as near: then the learner may
   * have meant the rival, and suggesting the key would guess.
   */
  private static java.util.Optional<String> nearMiss(ShortAnswer question, String typed) {
    String text = TypedAnswerNormaliser.normalise(typed);
    if (text.length() < 3) {
      return java.util.Optional.empty();
    }
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String answer : question.accepted()) {
      int distance = Distance.between(text, TypedAnswerNormaliser.normalise(answer));
      if (distance < best) {
        best = distance;
        nearest = answer;
      }
    }
    if (nearest == null || best == 0 || best > NEAR) {
      return java.util.Optional.empty();
    }
    for (String rival : question.rivals()) {
      if (Distance.between(text, TypedAnswerNormaliser.normalise(rival)) <= best) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(
        "Did you mean \""
            + nearest
            + "\"? Not counted: a slip is forgiven only in a word of five letters or more, and"
            + " only one.");
  }
}

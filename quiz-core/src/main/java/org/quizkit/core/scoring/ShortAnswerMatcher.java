package org.quizkit.core.scoring;

import java.util.List;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;

/**
 * Decides whether a typed answer counts as one of the accepted answers.
 *
 * <ol>
 *   <li>Both sides are normalised by {@link TypedAnswerNormaliser} (case, accents, punctuation,
 *       spaces, leading article, singular and plural). A normalised match with any accepted answer
 *       is accepted.
 *   <li>Otherwise one typo is forgiven: the typed answer must have as many words as an accepted
 *       answer, differ from it in exactly one word, and that word of the accepted answer must have
 *       five letters or more and be one edit away ({@link Distance}: an insertion, deletion,
 *       substitution or swap of adjacent letters). Short words get no tolerance because one edit
 *       turns them into other words ("lung", "lump").
 *   <li>Even then, a typed answer whose distance to some rival (another known answer in the same
 *       domain, normalised alike) is no greater than its distance to the nearest accepted answer is
 *       rejected: when the learner may have meant the rival, we do not guess. Rivals that normalise
 *       to an accepted answer are not rivals.
 *   <li>A question's notes ({@link TypedAnswerNote}) are graded alternatives: their answers are
 *       matched by the same rules (after the accepted answers), and a rival that normalises to one
 *       of them is not a rival either.
 * </ol>
 *
 * <p>Scoring builds a matcher for every response, so the matcher does its work per call and as
 * cheaply as it can: the typed answer is normalised once; accepted answers, and rivals (looked at
 * only for a typed answer one typo from a key), are mostly ruled out by {@link
 * TypedAnswerNormaliser#mayBeOneEditFrom} without being normalised, and the rest are normalised
 * into a reused buffer and compared in place. Then the nearest accepted answer is exactly one edit
 * away (it differs from the typed answer, by one edit in one word), so a rival counts only when it
 * is at most one edit away too, which {@link #withinOneEdit} decides in one pass instead of a full
 * distance matrix.
 *
 * <p>Immutable and thread-safe.
 */
final class ShortAnswerMatcher {
  private static final int TOLERANT_LENGTH = 5;

  private final List<String> accepted;
  private final List<String> rivals;
  private final List<TypedAnswerNote> notes;

  private ShortAnswerMatcher(
      List<String> accepted, List<String> rivals, List<TypedAnswerNote> notes) {
    this.accepted = accepted;
    this.rivals = rivals;
    this.notes = notes;
  }

  static ShortAnswerMatcher of(ShortAnswer question) {
    return new ShortAnswerMatcher(question.accepted(), question.rivals(), question.notes());
  }

  /** Both lists are kept raw and read on each call; the question's lists are immutable already. */
  static ShortAnswerMatcher of(List<String> accepted, List<String> rivals) {
    return new ShortAnswerMatcher(List.copyOf(accepted), List.copyOf(rivals), List.of());
  }

  /** Whether the typed answer, taken whole, counts as one of the accepted answers. */
  boolean accepts(String typed) {
    TypedMatch match = match(typed);
    return match != null && match.note() == null;
  }

  /**
   * What the typed answer, taken whole, matches: an accepted answer or a note's answer, by the
   * rules above (a note's answers are matched like accepted ones and are never rivals); null when
   * it matches neither. An exact match wins over a typo; accepted answers are tried before notes. A
   * typo that could be meant for answers of two different outcomes (an accepted answer and a
   * note's, or two notes') is not guessed at, like a typo that could be meant for a rival.
   */
  TypedMatch match(String typed) {
    String text = TypedAnswerNormaliser.normalise(typed);
    if (text.isEmpty()) {
      return null;
    }
    StringBuilder key = new StringBuilder(32);
    String typoOfAccepted = null;
    for (int i = 0; i < accepted.size(); i++) {
      // An answer more than one edit away is neither equal to the text nor one typo from it.
      String answer = accepted.get(i);
      if (!TypedAnswerNormaliser.mayBeOneEditFrom(answer, text)) {
        continue;
      }
      TypedAnswerNormaliser.normalise(answer, key);
      if (key.length() == 0) {
        continue;
      }
      if (text.contentEquals(key)) {
        return new TypedMatch(answer, null);
      }
      if (typoOfAccepted == null && oneTypoAway(text, key)) {
        typoOfAccepted = answer;
      }
    }
    TypedAnswerNote typoOfNote = null;
    boolean twoNotes = false;
    for (int n = 0; n < notes.size(); n++) {
      TypedAnswerNote note = notes.get(n);
      for (String answer : note.answers()) {
        if (!TypedAnswerNormaliser.mayBeOneEditFrom(answer, text)) {
          continue;
        }
        TypedAnswerNormaliser.normalise(answer, key);
        if (key.length() == 0) {
          continue;
        }
        if (text.contentEquals(key)) {
          return new TypedMatch(answer, note);
        }
        if (oneTypoAway(text, key)) {
          twoNotes |= typoOfNote != null && typoOfNote != note;
          typoOfNote = typoOfNote == null ? note : typoOfNote;
        }
      }
    }
    if (typoOfAccepted == null && typoOfNote == null
        || typoOfAccepted != null && typoOfNote != null
        || twoNotes) {
      return null;
    }
    for (int i = 0; i < rivals.size(); i++) {
      String rival = rivals.get(i);
      if (!TypedAnswerNormaliser.mayBeOneEditFrom(rival, text)) {
        continue;
      }
      TypedAnswerNormaliser.normalise(rival, key);
      if (key.length() > 0 && withinOneEdit(text, key) && !isAnswer(key)) {
        return null;
      }
    }
    return typoOfAccepted != null
        ? new TypedMatch(typoOfAccepted, null)
        : new TypedMatch(typoOfNote.answers().get(0), typoOfNote);
  }

  /**
   * Whether the typed answer, taken whole, is exactly one of the rivals (normalised), so that it is
   * never read as a list of other answers: a site named "liver and bones" is not two sites.
   */
  boolean isRival(String typed) {
    String text = TypedAnswerNormaliser.normalise(typed);
    StringBuilder key = new StringBuilder(32);
    for (String rival : rivals) {
      // An equal normal form is within one edit, so the cheap test rules out most rivals.
      if (!TypedAnswerNormaliser.mayBeOneEditFrom(rival, text)) {
        continue;
      }
      TypedAnswerNormaliser.normalise(rival, key);
      if (key.length() > 0 && text.contentEquals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the normal form {@code rival} is also an accepted answer's or a note answer's (rare, so
   * not kept).
   */
  private boolean isAnswer(CharSequence rival) {
    String normal = rival.toString();
    StringBuilder key = new StringBuilder(normal.length());
    for (int i = 0; i < accepted.size(); i++) {
      TypedAnswerNormaliser.normalise(accepted.get(i), key);
      if (normal.contentEquals(key)) {
        return true;
      }
    }
    for (TypedAnswerNote note : notes) {
      for (String answer : note.answers()) {
        TypedAnswerNormaliser.normalise(answer, key);
        if (normal.contentEquals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two normal forms have the same number of words and differ in exactly one, which in
   * {@code answer} has five letters or more and is one edit from the typed word.
   */
  private static boolean oneTypoAway(String typed, CharSequence answer) {
    int differingAt = -1;
    int differingEnd = -1;
    int typedAt = -1;
    int typedEnd = -1;
    int t = 0;
    int a = 0;
    while (true) {
      int tEnd = wordEnd(typed, t);
      int aEnd = wordEnd(answer, a);
      if (!sameChars(typed, t, tEnd, answer, a, aEnd)) {
        if (differingAt >= 0) {
          return false;
        }
        typedAt = t;
        typedEnd = tEnd;
        differingAt = a;
        differingEnd = aEnd;
      }
      boolean typedDone = tEnd == typed.length();
      boolean answerDone = aEnd == answer.length();
      if (typedDone || answerDone) {
        if (typedDone != answerDone || differingAt < 0) {
          return false;
        }
        break;
      }
      t = tEnd + 1;
      a = aEnd + 1;
    }
    return Character.codePointCount(answer, differingAt, differingEnd) >= TOLERANT_LENGTH
        && withinOneEdit(typed, typedAt, typedEnd, answer, differingAt, differingEnd);
  }

  private static int wordEnd(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != ' ') {
      i++;
    }
    return i;
  }

  static boolean withinOneEdit(CharSequence s, CharSequence t) {
    return withinOneEdit(s, 0, s.length(), t, 0, t.length());
  }

  /**
   * Whether {@link Distance#between} the two ranges is at most 1, without its matrix: after the
   * common prefix, what is left must match once one letter is substituted, inserted, deleted or
   * swapped with the next. Ranges holding surrogates go to {@link Distance}, which counts code
   * points.
   */
  static boolean withinOneEdit(
      CharSequence s, int sFrom, int sTo, CharSequence t, int tFrom, int tTo) {
    int sLength = sTo - sFrom;
    int tLength = tTo - tFrom;
    if (hasSurrogate(s, sFrom, sTo) || hasSurrogate(t, tFrom, tTo)) {
      // Two chars may be one letter, so the lengths in chars say nothing yet.
      return Distance.between(
              s.subSequence(sFrom, sTo).toString(), t.subSequence(tFrom, tTo).toString())
          <= 1;
    }
    if (Math.abs(sLength - tLength) > 1) {
      return false;
    }
    int common = Math.min(sLength, tLength);
    int i = 0;
    while (i < common && s.charAt(sFrom + i) == t.charAt(tFrom + i)) {
      i++;
    }
    if (sLength > tLength) {
      return sameChars(s, sFrom + i + 1, sTo, t, tFrom + i, tTo);
    }
    if (sLength < tLength) {
      return sameChars(s, sFrom + i, sTo, t, tFrom + i + 1, tTo);
    }
    if (i == sLength || sameChars(s, sFrom + i + 1, sTo, t, tFrom + i + 1, tTo)) {
      return true;
    }
    return i + 1 < sLength
        && s.charAt(sFrom + i) == t.charAt(tFrom + i + 1)
        && s.charAt(sFrom + i + 1) == t.charAt(tFrom + i)
        && sameChars(s, sFrom + i + 2, sTo, t, tFrom + i + 2, tTo);
  }

  private static boolean hasSurrogate(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameChars(
      CharSequence s, int sFrom, int sTo, CharSequence t, int tFrom, int tTo) {
    if (sTo - sFrom != tTo - tFrom) {
      return false;
    }
    for (int i = 0; i < sTo - sFrom; i++) {
      if (s.charAt(sFrom + i) != t.charAt(tFrom + i)) {
        return false;
      }
    }
    return true;
  }
}

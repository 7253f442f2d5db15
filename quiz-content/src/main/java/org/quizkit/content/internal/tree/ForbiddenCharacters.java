package org.quizkit.content.internal.tree;

import java.util.Locale;
import java.util.Optional;

/**
 * The characters a dataset may not hold anywhere, raw or written as an escape: control characters
 * other than tab and the line breaks, halves of a surrogate pair standing alone, and the
 * noncharacters U+FFFE and U+FFFF. No export format can carry them (XML 1.0 forbids them, and a
 * lone surrogate is not text in any encoding), so they are refused where they are written rather
 * than lost or garbled in an export.
 */
final class ForbiddenCharacters {
  private ForbiddenCharacters() {}

  /**
   * What is wrong with the character at {@code index}, or empty when it may stand there. The second
   * half of a pair is fine when the first stands before it, and the other way round.
   *
   * @param escaped whether the text was read from escapes, so the message says it was written as
   *     one (the place it names is then where the text starts)
   */
  static Optional<String> problemAt(CharSequence text, int index, boolean escaped) {
    String as = escaped ? ", written as an escape," : "";
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      boolean paired =
          index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
      return paired ? Optional.empty() : Optional.of(lone(c, as));
    }
    if (Character.isLowSurrogate(c)) {
      boolean paired = index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
      return paired ? Optional.empty() : Optional.of(lone(c, as));
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      return Optional.empty();
    }
    if (Character.getType(c) == Character.CONTROL) {
      return Optional.of(
          "the control character "
              + codePoint(c)
              + as
              + " is not allowed (tabs and line breaks are the only ones a dataset may hold)");
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return Optional.of("the noncharacter " + codePoint(c) + as + " is not allowed");
    }
    return Optional.empty();
  }

  /** What is wrong with the first forbidden character in the text, or empty when there is none. */
  static Optional<String> firstProblem(CharSequence text, boolean escaped) {
    for (int i = 0; i < text.length(); i++) {
      Optional<String> problem = problemAt(text, i, escaped);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static String lone(char half, String as) {
    return "the lone surrogate "
        + codePoint(half)
        + as
        + " is not allowed: it is half of a character outside the Basic Multilingual Plane"
        + " (such as an emoji); write the whole character";
  }

  /** As Unicode writes it, {@code U+0007}. */
  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}

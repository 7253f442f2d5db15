package org.quizkit.content.dataset;

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
   */
  static Optional<String> problemAt(CharSequence text, int index) {
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      boolean paired =
          index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
      return paired ? Optional.empty() : Optional.of(lone(c));
    }
    if (Character.isLowSurrogate(c)) {
      boolean paired = index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
      return paired ? Optional.empty() : Optional.of(lone(c));
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      return Optional.empty();
    }
    if (Character.getType(c) == Character.CONTROL) {
      return Optional.of(
          "the control character "
              + codePoint(c)
              + " is not allowed (tabs and line breaks are the only ones a dataset may hold)");
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return Optional.of("the noncharacter " + codePoint(c) + " is not allowed");
    }
    return Optional.empty();
  }

  /** What is wrong with the first forbidden character in the text, or empty when there is none. */
  static Optional<String> firstProblem(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      Optional<String> problem = problemAt(text, i);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static String lone(char half) {
    return "the lone surrogate "
        + codePoint(half)
        + " is not allowed: it is half of a character outside the Basic Multilingual Plane"
        + " (such as an emoji); write the whole character";
  }

  /** As Unicode writes it, {@code U+0007}. */
  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}

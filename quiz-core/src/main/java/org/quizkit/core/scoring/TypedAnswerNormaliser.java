package org.quizkit.core.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a typed answer and a keyed answer to one spelling, so that only differences of substance
 * remain. The steps, in order:
 *
 * <ol>
 *   <li>Unicode NFKC (full-width letters, ligatures and non-breaking spaces become plain ones),
 *       then accents stripped ("métastase" reads "metastase");
 *   <li>lower case, independent of the default locale;
 *   <li>apostrophes dropped ("Paget's" reads "pagets"), every other punctuation mark or symbol read
 *       as a space ("lymph-nodes" reads "lymph nodes");
 *   <li>spaces and control characters read as one space between words, ends trimmed;
 *   <li>a leading "the", "a" or "an" dropped when more words follow;
 *   <li>each word of four letters or more folded to a simple English singular: "sses" loses "es"
 *       (masses, mass), "ches", "shes" and "xes" lose "es" (branches, branch), "ies" becomes "y"
 *       (ovaries, ovary), words ending "ss", "us" or "is" are kept (pelvis, uterus), and any other
 *       final "s" is dropped (bones, bone; glands, gland; nodes, node).
 * </ol>
 *
 * <p>The folding is a rule of thumb, not a dictionary: it is applied to both sides alike, so it
 * only has to be consistent, not linguistically right ("pancreas" becomes "pancrea" on both).
 *
 * <p>Scoring normalises the typed answer and every accepted answer on each call, so the steps run
 * in one pass over the text into a caller's buffer; ASCII text skips the Unicode passes (which do
 * nothing to it) and their regular expressions.
 */
final class TypedAnswerNormaliser {
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC`]");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
  private static final Pattern COMBINING_MARKS =
      Pattern.compile("\\p{InCombiningDiacriticalMarks}+");

  /** Letters with a stroke or bar, which do not decompose, and their plain letters. */
  private static final java.util.Map<Character, Character> PLAIN_LETTERS =
      java.util.Map.ofEntries(
          java.util.Map.entry('\u0110', 'D'),
          java.util.Map.entry('\u0111', 'd'),
          java.util.Map.entry('\u0141', 'L'),
          java.util.Map.entry('\u0142', 'l'),
          java.util.Map.entry('\u0166', 'T'),
          java.util.Map.entry('\u0167', 't'),
          java.util.Map.entry('\u0197', 'I'),
          java.util.Map.entry('\u0244', 'U'),
          java.util.Map.entry('\u0268', 'i'),
          java.util.Map.entry('\u0289', 'u'),
          java.util.Map.entry('\u1D7B', 'I'),
          java.util.Map.entry('\u1D7E', 'U'));

  private TypedAnswerNormaliser() {}

  /** The normal form of {@code raw}; empty when it holds no letters or digits. */
  static String normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    normalise(raw, out);
    return out.toString();
  }

  /**
   * Replaces the contents of {@code out} with the normal form of {@code raw}, so that a caller
   * normalising many answers can reuse one buffer.
   */
  static void normalise(String raw, StringBuilder out) {
    out.setLength(0);
    if (!foldWords(raw, true, out)) {
      out.setLength(0);
      foldWords(unicodeWords(raw), false, out);
    }
  }

  static String unicodeWords(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    text = stripAccents(text).toLowerCase(Locale.ROOT);
    text = APOSTROPHES.matcher(text).replaceAll("");
    text = PUNCTUATION.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").trim();
  }

  /**
   * Accents taken off as Commons Lang's {@code StringUtils.stripAccents} does (checked against it
   * in TypedAnswerNormaliserProperties): decomposed by compatibility (NFKD), the letters with a
   * stroke that do not decompose replaced by their plain letters, the combining marks dropped, the
   * rest composed again (NFC). Equal to Commons Lang 3.22 on every character of the Basic
   * Multilingual Plane.
   */
  static String stripAccents(String text) {
    StringBuilder decomposed = new StringBuilder(Normalizer.normalize(text, Normalizer.Form.NFKD));
    for (int i = 0; i < decomposed.length(); i++) {
      char plain = PLAIN_LETTERS.getOrDefault(decomposed.charAt(i), decomposed.charAt(i));
      decomposed.setCharAt(i, plain);
    }
    return Normalizer.normalize(
        COMBINING_MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
  }

  /**
   * The same as {@link #unicodeWords} for ASCII text, without its regular expressions and Unicode
   * passes (which are no-ops on ASCII).
   */
  static String asciiWords(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isApostrophe(c)) {
        continue;
      }
      if (isSeparator(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(lower(c));
    }
    return out.toString();
  }

  /**
   * Appends the words of {@code text} to the empty {@code out}, one space between them, each folded
   * to its singular, then drops a leading article when more words follow.
   *
   * @param ascii whether {@code text} is raw text to be read as {@link #asciiWords} does, which
   *     fails on the first character outside ASCII (so that ASCII text is read in one pass);
   *     otherwise it is already {@link #unicodeWords} (lower case, words separated by one space)
   * @return false when {@code ascii} and {@code text} is not ASCII, leaving {@code out} unfinished
   */
  private static boolean foldWords(String text, boolean ascii, StringBuilder out) {
    int words = 0;
    int wordStart = 0;
    boolean article = false;
    boolean space = false;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ascii && c >= 0x80) {
        return false;
      }
      if (ascii && isApostrophe(c)) {
        continue;
      }
      if (ascii ? isSeparator(c) : c == ' ') {
        if (inWord) {
          // Tested before folding: "thes" folds to "the" but is no article.
          article |= words == 1 && isArticle(out, wordStart);
          foldSingular(out, wordStart);
          inWord = false;
        }
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (!inWord) {
        inWord = true;
        wordStart = out.length();
        words++;
      }
      out.append(ascii ? lower(c) : c);
    }
    if (inWord) {
      article |= words == 1 && isArticle(out, wordStart);
      foldSingular(out, wordStart);
    }
    if (article && words > 1) {
      out.delete(0, out.indexOf(" ") + 1);
    }
    return true;
  }

  /**
   * False only when the normal form of {@code raw} is surely empty or more than one edit from
   * {@code text} (a non-empty normal form), judged in one pass over {@code raw} without building
   * its normal form; true when either is not ASCII (a character outside the Basic Multilingual
   * Plane is two chars but one edit, so lengths and first letters in chars would mislead). Two
   * facts make it sound: folding never changes a word's first two letters or takes more than two
   * letters off a word, and a string one edit from {@code text} either starts with its first letter
   * or has its first or second letter among the first two of {@code text}.
   */
  static boolean mayBeOneEditFrom(String raw, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return true;
      }
    }
    if (startsApart(raw, text)) {
      return false;
    }
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    // The first three letters and the length of the first word, and the same for the second.
    char a0 = 0;
    char a1 = 0;
    char a2 = 0;
    int aLength = 0;
    char b0 = 0;
    char b1 = 0;
    int bLength = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        return true;
      }
      if (isApostrophe(c)) {
        continue;
      }
      if (isSeparator(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        words++;
      }
      c = lower(c);
      letters++;
      if (words == 1) {
        if (aLength == 0) {
          a0 = c;
        } else if (aLength == 1) {
          a1 = c;
        } else if (aLength == 2) {
          a2 = c;
        }
        aLength++;
      } else if (words == 2) {
        if (bLength == 0) {
          b0 = c;
        } else if (bLength == 1) {
          b1 = c;
        }
        bLength++;
      }
    }
    if (words == 0) {
      return false;
    }
    boolean article =
        words > 1
            && ((aLength == 1 && a0 == 'a')
                || (aLength == 2 && a0 == 'a' && a1 == 'n')
                || (aLength == 3 && a0 == 't' && a1 == 'h' && a2 == 'e'));
    if (article) {
      letters -= aLength;
      words--;
      a0 = b0;
      a1 = b1;
      aLength = bLength;
    }
    int longest = letters + words - 1;
    int shortest = letters - 2 * words + words - 1;
    int length = text.length();
    if (longest < length - 1 || shortest > length + 1) {
      return false;
    }
    if (length < 2) {
      return true;
    }
    // The second letter of the normal form: the word's own, a space before the next word, or none.
    char second = aLength >= 2 ? a1 : words > 1 ? ' ' : 0;
    char t0 = text.charAt(0);
    char t1 = text.charAt(1);
    return a0 == t0 || a0 == t1 || (second != 0 && (second == t0 || second == t1));
  }

  /**
   * Whether {@code raw} surely starts its normal form with two letters that rule out one edit from
   * {@code text}, judged from its first three characters alone, so that most rivals cost O(1). Two
   * ASCII letters or digits, followed by ASCII or nothing, are the first two letters of the normal
   * form whichever path reads the text (the Unicode steps leave ASCII letters as they are, and only
   * a combining mark right after a letter could compose with it), unless they may begin an article.
   */
  private static boolean startsApart(String raw, String text) {
    if (raw.length() < 2 || text.length() < 2 || (raw.length() > 2 && raw.charAt(2) >= 0x80)) {
      return false;
    }
    char r0 = raw.charAt(0);
    char r1 = raw.charAt(1);
    if (r0 >= 0x80 || r1 >= 0x80 || isSeparator(r0) || isSeparator(r1)) {
      return false;
    }
    char c0 = lower(r0);
    char c1 = lower(r1);
    if ((c0 == 'a' && c1 == 'n') || (c0 == 't' && c1 == 'h')) {
      return false;
    }
    char t0 = text.charAt(0);
    char t1 = text.charAt(1);
    return c0 != t0 && c0 != t1 && c1 != t0 && c1 != t1;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '`';
  }

  /**
   * Spaces, control characters, punctuation and symbols all separate words: in ASCII, everything
   * but letters and digits (as {@link Character#isLetterOrDigit} says for ASCII).
   */
  private static boolean isSeparator(char c) {
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean isArticle(StringBuilder out, int start) {
    int length = out.length() - start;
    if (length == 1) {
      return out.charAt(start) == 'a';
    }
    if (length == 2) {
      return out.charAt(start) == 'a' && out.charAt(start + 1) == 'n';
    }
    return length == 3
        && out.charAt(start) == 't'
        && out.charAt(start + 1) == 'h'
        && out.charAt(start + 2) == 'e';
  }

  /** Folds the word from {@code start} to the end of {@code out} to its singular, in place. */
  private static void foldSingular(StringBuilder out, int start) {
    int end = out.length();
    if (end - start < 4) {
      return;
    }
    if (endsWith(out, "sses")
        || endsWith(out, "ches")
        || endsWith(out, "shes")
        || endsWith(out, "xes")) {
      out.setLength(end - 2);
    } else if (endsWith(out, "ies") && end - start > 4) {
      out.setLength(end - 3);
      out.append('y');
    } else if (endsWith(out, "ss") || endsWith(out, "us") || endsWith(out, "is")) {
      return;
    } else if (out.charAt(end - 1) == 's') {
      out.setLength(end - 1);
    }
  }

  private static boolean endsWith(StringBuilder out, String suffix) {
    int from = out.length() - suffix.length();
    for (int i = 0; i < suffix.length(); i++) {
      if (out.charAt(from + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

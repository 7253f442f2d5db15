package org.quizkit.core.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

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
 */
final class AnswerText {
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC`]");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private AnswerText() {}

  /** The normal form of {@code raw}; empty when it holds no letters or digits. */
  static String normalise(String raw) {
    String text = isAscii(raw) ? asciiWords(raw) : unicodeWords(raw);
    if (text.isEmpty()) {
      return text;
    }
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
      words.remove(0);
    }
    words.replaceAll(AnswerText::singular);
    return String.join(" ", words);
  }

  static String unicodeWords(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    text = StringUtils.stripAccents(text).toLowerCase(Locale.ROOT);
    text = APOSTROPHES.matcher(text).replaceAll("");
    text = PUNCTUATION.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").trim();
  }

  /**
   * The same as {@link #unicodeWords} for ASCII text, without its regular expressions and Unicode
   * passes (which are no-ops on ASCII): scoring typed answers is on a hot path.
   */
  static String asciiWords(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\'' || c == '`') {
        continue;
      }
      // Spaces, control characters, punctuation and symbols all separate words.
      boolean separator = c <= ' ' || c == 0x7F || !Character.isLetterOrDigit(c);
      if (separator) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static String singular(String word) {
    int length = word.length();
    if (length < 4) {
      return word;
    }
    if (word.endsWith("sses")
        || word.endsWith("ches")
        || word.endsWith("shes")
        || word.endsWith("xes")) {
      return word.substring(0, length - 2);
    }
    if (word.endsWith("ies") && length > 4) {
      return word.substring(0, length - 3) + "y";
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    return word.endsWith("s") ? word.substring(0, length - 1) : word;
  }
}

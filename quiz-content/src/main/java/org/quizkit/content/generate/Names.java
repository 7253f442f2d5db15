package org.quizkit.content.generate;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Site;

/**
 * How cancers and sites read in questions: capitalised options, lists, verbs that agree with plural
 * names ("brain tumours spread"), and the normal forms used to keep options apart.
 */
final class Names {
  private static final Set<String> ORGAN_NOISE =
      Set.of(
          "the",
          "of",
          "a",
          "an",
          "and",
          "or",
          "cancer",
          "cancers",
          "tumour",
          "tumours",
          "tumor",
          "tumors",
          "primary",
          "advanced");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> LINKING =
      Set.of("the", "of", "a", "an", "and", "or", "in", "to");

  private Names() {}

  /** Upper-cases the first letter. */
  static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** A site as an option: without a leading "the", capitalised ("Adrenal glands"). */
  static String siteOption(Site site) {
    return capitalise(withoutArticle(site.name()));
  }

  /** A cancer as an option, capitalised ("Lung cancer"). */
  static String cancerOption(Cancer cancer) {
    return capitalise(cancer.name());
  }

  static String withoutArticle(String name) {
    String trimmed = name.trim();
    return trimmed.regionMatches(true, 0, "the ", 0, 4) ? trimmed.substring(4) : trimmed;
  }

  /**
   * A site as a sentence names it: with "the" in front ("the adrenal glands"), since the dataset
   * gives site names without an article; a name that already has one keeps it.
   */
  static String the(Site site) {
    String name = site.name().trim();
    // "nearby tissues" and "other areas of skin" take no article: "grows into nearby tissues".
    boolean bare =
        name.regionMatches(true, 0, "the ", 0, 4)
            || name.regionMatches(true, 0, "nearby ", 0, 7)
            || name.regionMatches(true, 0, "other areas ", 0, 12);
    return bare ? name : "the " + name;
  }

  /** Whether a cancer's name is plural ("brain tumours", "cancers of the mouth"), for verbs. */
  static boolean plural(Cancer cancer) {
    List<String> words = words(cancer.name());
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0);
    if (first.equals("cancers") || first.equals("tumours") || first.equals("tumors")) {
      return true;
    }
    String last = words.get(words.size() - 1);
    return !singular(last).equals(last);
  }

  /** Picks the verb form that agrees with the cancer's name. */
  static String verb(Cancer cancer, String singularForm, String pluralForm) {
    return plural(cancer) ? pluralForm : singularForm;
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> items) {
    return join(items, "and");
  }

  /** "a", "a or b", "a, b or c". */
  static String or(List<String> items) {
    return join(items, "or");
  }

  private static String join(List<String> items, String last) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + last
        + " "
        + items.get(items.size() - 1);
  }

  /** The sites as a sentence names them, joined with "and", in the order given. */
  static String siteList(List<Site> sites) {
    return and(sites.stream().map(Names::the).toList());
  }

  /**
   * The form used to tell options apart: lower case, no leading "the", each word singular, so "The
   * Bones" and "bone" are the same option.
   */
  static String normal(String text) {
    List<String> out = new ArrayList<>();
    for (String word : words(withoutArticle(text))) {
      out.add(singular(word));
    }
    return String.join(" ", out);
  }

  /** The organ a cancer or site name is about: "Lung cancer" and "the lungs" both give "lung". */
  static String organKey(String text) {
    List<String> out = new ArrayList<>();
    for (String word : words(text)) {
      if (!ORGAN_NOISE.contains(word)) {
        out.add(singular(word));
      }
    }
    return String.join(" ", out);
  }

  /**
   * Whether two sites share a content word in any of their names ("the bones" and "bone marrow"),
   * so that one would make a confusing distractor for the other.
   */
  static boolean overlap(Site a, Site b) {
    Set<String> wordsOfA = contentWords(a);
    return contentWords(b).stream().anyMatch(wordsOfA::contains);
  }

  static ImmutableSet<String> contentWords(Site site) {
    Set<String> out = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    texts.add(site.id());
    texts.add(site.name());
    texts.addAll(site.synonyms());
    for (String text : texts) {
      for (String word : words(text)) {
        if (!LINKING.contains(word)) {
          out.add(singular(word));
        }
      }
    }
    return ImmutableSet.copyOf(out);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}

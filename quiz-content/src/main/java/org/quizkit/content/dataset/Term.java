package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A word the source defines or uses for a concept, with its meaning in our own words.
 *
 * @param term the word as questions show it, lower case ("metastasis")
 * @param synonyms other words a learner might type for it
 * @param meaning what it means, in our own words; fits no other term of the dataset except those in
 *     {@code clashes}
 * @param clashes ids of terms whose meaning this term's meaning could also be read to fit, so that
 *     a matching question never shows the two together
 */
public record Term(
    String id,
    String term,
    List<String> synonyms,
    String meaning,
    List<String> clashes,
    String section) {
  /** Checks every text is present and copies the lists. */
  public Term {
    checkNotNull(id, "id");
    checkNotNull(term, "term");
    checkNotNull(meaning, "meaning");
    checkNotNull(section, "section");
    synonyms = List.copyOf(synonyms);
    clashes = List.copyOf(clashes);
  }
}

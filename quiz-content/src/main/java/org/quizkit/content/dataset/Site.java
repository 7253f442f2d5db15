package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A place in the body a cancer can reach.
 *
 * @param id such as {@code adrenal-glands}
 * @param name how questions name it: a plain lower-case noun phrase without a leading article,
 *     such as {@code "adrenal glands"}, so a question can add "the" where its sentence needs it
 * @param synonyms other words a learner might type for it, such as {@code adrenal}
 */
public record Site(String id, String name, List<String> synonyms) {
  /** Checks every value is present and copies the synonyms. */
  public Site {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    synonyms = List.copyOf(synonyms);
  }
}

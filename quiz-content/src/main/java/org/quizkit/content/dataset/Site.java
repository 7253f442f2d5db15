package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A place in the body a cancer can reach.
 *
 * @param id such as {@code adrenal-glands}
 * @param name how questions name it: a plain lower-case noun phrase without a leading article, such
 *     as {@code "adrenal glands"}, so a question can add "the" where its sentence needs it
 * @param synonyms other words a learner might type for it, such as {@code adrenal}
 * @param partOf the ids of the sites this one lies wholly inside, as the file gives them (the liver
 *     is one of the organs of the pelvis and abdomen); the loader has checked that they name sites,
 *     never this one, and form no cycle
 */
public record Site(String id, String name, List<String> synonyms, List<String> partOf) {
  /** Checks every value is present and copies the lists. */
  public Site {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    synonyms = List.copyOf(synonyms);
    partOf = List.copyOf(partOf);
  }

  /** A site that lies inside no other. */
  public Site(String id, String name, List<String> synonyms) {
    this(id, name, synonyms, List.of());
  }
}

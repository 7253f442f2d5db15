package org.quizkit.content.dataset;

import java.util.List;

/**
 * A place in the body a cancer can reach.
 *
 * @param id such as {@code adrenal-glands}
 * @param name how questions name it, such as {@code "the adrenal glands"}
 * @param synonyms other words a learner might type for it, such as {@code adrenal}
 */
public record Site(String id, String name, List<String> synonyms) {
  public Site {
    synonyms = List.copyOf(synonyms);
  }
}

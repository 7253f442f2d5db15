package org.quizkit.content.dataset;

import java.util.List;

/**
 * A primary cancer the source covers.
 *
 * @param id such as {@code colorectal}
 * @param name how questions name it, such as {@code "colon and rectal cancer"}
 * @param aliases other names a learner might use
 * @param section where the source describes its spread
 * @param reach what the source says of its reach as a whole
 * @param reachNote the source's statement of that reach, in our own words, or empty
 */
public record Cancer(
    String id,
    String name,
    List<String> aliases,
    String section,
    Reach reach,
    String reachNote) {
  public Cancer {
    aliases = List.copyOf(aliases);
  }
}

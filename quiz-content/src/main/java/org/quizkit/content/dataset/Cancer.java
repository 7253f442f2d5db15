package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A primary cancer the source covers.
 *
 * @param id such as {@code colorectal}
 * @param name how questions name it, such as {@code "colorectal cancer"}
 * @param aliases other names a learner might use
 * @param section where the source describes its spread
 * @param reach what the source says of its reach as a whole
 * @param reachNote the source's statement of that reach, in our own words, or empty
 */
public record Cancer(
    String id, String name, List<String> aliases, String section, Reach reach, String reachNote) {
  /** Checks every value is present and copies the aliases. */
  public Cancer {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(section, "section");
    checkNotNull(reach, "reach");
    checkNotNull(reachNote, "reachNote");
    aliases = List.copyOf(aliases);
  }
}

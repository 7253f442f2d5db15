package org.quizkit.content.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import org.quizkit.content.internal.tree.Problems;

/**
 * The ids of one kind of entry (sites, cancers, ...) in file order: reports malformed and duplicate
 * ids as they are added, and references to ids that do not exist.
 */
final class Ids {
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PATH =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

  private final String noun;
  private final boolean paths;
  private final Problems problems;
  private final Map<String, ScalarNode> first = new LinkedHashMap<>();

  /**
   * @param noun what the ids name, such as "site"
   * @param paths whether ids may have {@code /} parts, as section ids do
   */
  Ids(String noun, boolean paths, Problems problems) {
    this.noun = noun;
    this.paths = paths;
    this.problems = problems;
  }

  /** Registers an id; false (after reporting) when it is malformed or taken. */
  boolean add(ScalarNode id) {
    String value = id.text();
    Pattern shape = paths ? PATH : PLAIN;
    if (!shape.matcher(value).matches()) {
      problems.at(
          id,
          noun
              + " id '"
              + value
              + "' should be lower-case words joined by '-'"
              + (paths ? " (and '/' between parts)" : "")
              + ", such as '"
              + (paths ? "spread/lung" : "adrenal-glands")
              + "'");
      first.putIfAbsent(value, id);
      return false;
    }
    ScalarNode earlier = first.get(value);
    if (earlier != null) {
      problems.at(
          id, "duplicate " + noun + " id '" + value + "' (first on line " + earlier.line() + ")");
      return false;
    }
    first.put(value, id);
    return true;
  }

  boolean contains(String id) {
    return first.containsKey(id);
  }

  Set<String> all() {
    return first.keySet();
  }

  /** Where an id was first given. */
  Optional<ScalarNode> where(String id) {
    return Optional.ofNullable(first.get(id));
  }

  /**
   * Checks that a reference names a known id; reports it otherwise, suggesting a likely meant one.
   *
   * @param byName ids a learner's word for the thing would point to, such as 'adrenal' for
   *     'adrenal-glands'; may be empty
   */
  boolean check(ScalarNode ref, Map<String, String> byName) {
    if (first.containsKey(ref.text())) {
      return true;
    }
    Optional<String> meant =
        Optional.ofNullable(byName.get(NameMatching.normalise(ref.text())))
            .or(() -> NameMatching.closest(ref.text(), first.keySet()));
    problems.at(
        ref,
        "unknown "
            + noun
            + " '"
            + ref.text()
            + "' "
            + NameMatching.known(first.keySet())
            + meant.map(m -> "; did you mean '" + m + "'?").orElse(""));
    return false;
  }
}

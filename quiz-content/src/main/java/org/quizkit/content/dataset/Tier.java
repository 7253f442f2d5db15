package org.quizkit.content.dataset;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How often the source says a cancer reaches a site. The tiers are different claims and are never
 * merged: "most often" is not "can also", and "grows into nearby tissue" is not spread at all.
 */
public enum Tier {
  /** The source says most often, most common, mainly or usually. */
  MOST("most"),
  /** The source says it can also, or may, spread there, without a frequency. */
  ALSO("also"),
  /** The source says less often or less common. */
  LESS("less"),
  /** The source says rarely. */
  RARE("rare"),
  /** The cancer grows into this nearby tissue from where it started, rather than travelling. */
  LOCAL("local");

  private final String id;

  Tier(String id) {
    this.id = id;
  }

  /** The id used in dataset files. */
  public String id() {
    return id;
  }

  /** The tier with this id, if any. */
  public static Optional<Tier> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** Every tier id, for messages. */
  public static String knownIds() {
    return Arrays.stream(values()).map(Tier::id).collect(Collectors.joining(", "));
  }
}

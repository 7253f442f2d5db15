package org.quizkit.content.dataset;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the source says of a cancer's reach as a whole, apart from the named sites. */
public enum Reach {
  /** The source says it can reach almost any organ or part of the body. */
  ANYWHERE("anywhere"),
  /** The source says it mostly stays where it started or rarely leaves its organ or area. */
  MOSTLY_LOCAL("mostly-local"),
  /** The source says neither. */
  UNSTATED("unstated");

  private final String id;

  Reach(String id) {
    this.id = id;
  }

  /** The id used in dataset files. */
  public String id() {
    return id;
  }

  /** The reach with this id, if any. */
  public static Optional<Reach> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** Every reach id, for messages. */
  public static String knownIds() {
    return Arrays.stream(values()).map(Reach::id).collect(Collectors.joining(", "));
  }
}

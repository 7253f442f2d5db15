package org.quizkit.core.question;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The closed set of question kinds, each with the id used on the command line and in files. */
public enum Kind {
  SINGLE_CHOICE("single-choice"),
  MULTIPLE_RESPONSE("multiple-response"),
  TRUE_FALSE("true-false"),
  MATCHING("matching"),
  ORDERING("ordering"),
  SHORT_ANSWER("short-answer");

  private final String id;

  Kind(String id) {
    this.id = id;
  }

  /** The kind's id, such as {@code single-choice}. */
  public String id() {
    return id;
  }

  /**
   * Reads a kind from its id, ignoring case.
   *
   * @throws IllegalArgumentException naming the value and the known ids
   */
  public static Kind fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Kind kind : values()) {
      if (kind.id.equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown question kind '" + id + "' (known: " + knownIds() + ")");
  }

  /** The ids of every kind, comma separated, for messages. */
  public static String knownIds() {
    return Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", "));
  }
}

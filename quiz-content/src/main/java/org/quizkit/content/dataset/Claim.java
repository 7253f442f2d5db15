package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A statement about a concept that the source makes true or makes false. False claims are only
 * those the source contradicts (for example "a breast cancer in the lungs is called lung cancer"),
 * never ones it merely does not mention.
 *
 * @param topic one of {@link #topics()}
 * @param text the statement, in our own words
 * @param truth whether the source makes it true
 * @param why for a false claim, the fact the source gives that makes it false; empty for a true one
 */
public record Claim(
    String id, String topic, String text, boolean truth, String why, String section) {
  /** Checks every text is present. */
  public Claim {
    checkNotNull(id, "id");
    checkNotNull(topic, "topic");
    checkNotNull(text, "text");
    checkNotNull(why, "why");
    checkNotNull(section, "section");
  }

  /** A claim with no {@code why}: a true claim, or a false one in a hand-built test dataset. */
  public Claim(String id, String topic, String text, boolean truth, String section) {
    this(id, topic, text, truth, "", section);
  }

  private static final List<String> TOPICS =
      List.of(
          "routes",
          "steps",
          "naming",
          "unknown-primary",
          "downstream",
          "homing",
          "survival",
          "research",
          "scope");

  /** Every topic a claim may have, in the order the source takes them up. */
  public static List<String> topics() {
    return TOPICS;
  }
}

package org.quizkit.content.generate;

import java.util.Map;

/** How a claim topic reads inside a question ("Which statement about ... is true?"). */
final class Topics {
  private static final Map<String, String> LABELS =
      Map.of(
          "routes", "how cancer cells travel through the body",
          "steps", "what a cancer cell goes through to form a new tumor",
          "naming", "how a cancer that has spread is named and treated",
          "unknown-primary", "finding a cancer that has already spread",
          "downstream", "why cancers spread to the organs they do",
          "homing", "cancer cells seeking out particular organs",
          "survival", "the fate of cells that break away from a tumor",
          "research", "research on the genetic changes behind spread",
          "scope", "the completeness of the article's list of spread sites");

  private Topics() {}

  /** The label of a topic; unknown topics read as their id with spaces. */
  static String label(String topic) {
    return LABELS.getOrDefault(topic, topic.replace('-', ' '));
  }
}

package org.quizkit.content.generate;

import java.util.Map;

/** How a claim topic reads inside a question ("Which statement about ... is true?"). */
final class Topics {
  private static final Map<String, String> LABELS =
      Map.of(
          "routes", "how cancer cells travel through the body",
          "steps", "what a cancer cell must do to form a new tumor",
          "naming", "how a cancer that has spread is named",
          "unknown-primary", "cancer of unknown primary",
          "downstream", "why cancers spread to the organs they do",
          "homing", "cancer cells seeking out particular organs",
          "survival", "what happens to cells that break away from a tumor");

  private Topics() {}

  /** The label of a topic; unknown topics read as their id with spaces. */
  static String label(String topic) {
    return LABELS.getOrDefault(topic, topic.replace('-', ' '));
  }
}

package org.quizkit.cli;

import org.quizkit.core.drill.Style;

/** A small bar chart of a share, such as {@code [#####-----] 50%}. */
final class Bar {
  static final int WIDTH = 10;

  private Bar() {}

  /** The bar for {@code share} in [0, 1]: ASCII when plain, block characters when rich. */
  static String of(double share, Style style) {
    double clamped = Math.max(0, Math.min(1, share));
    int filled = (int) Math.round(clamped * WIDTH);
    String bar =
        style == Style.RICH
            ? "\u2588".repeat(filled) + "\u2591".repeat(WIDTH - filled)
            : "#".repeat(filled) + "-".repeat(WIDTH - filled);
    return "[" + bar + "] " + String.format("%3d%%", Math.round(clamped * 100));
  }
}

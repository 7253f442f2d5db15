package org.quizkit.core.interact;

/**
 * The characters a rendering may use: plain ASCII for any terminal, or a few Unicode marks for
 * terminals that show them. What the learner types is plain ASCII either way.
 */
public enum Symbols {
  /** Only printable ASCII. */
  ASCII("\"", "\"", "-", "..."),
  /** Typographic quotes, a box-drawing rule and an ellipsis. */
  UNICODE("\u201c", "\u201d", "\u2500", "\u2026");

  private final String open;
  private final String close;
  private final String rule;
  private final String ellipsis;

  Symbols(String open, String close, String rule, String ellipsis) {
    this.open = open;
    this.close = close;
    this.rule = rule;
    this.ellipsis = ellipsis;
  }

  String quote(String text) {
    return open + text + close;
  }

  String rule(int width) {
    return rule.repeat(width);
  }

  String ellipsis() {
    return ellipsis;
  }
}

package org.quizkit.content.oracle;

/** The kinds of thing a claim's argument, and so an option's {@code refers}, can name. */
enum Thing {
  CANCER("cancer"),
  SITE("site"),
  CLAIM("concept claim"),
  DOWNSTREAM("downstream entry"),
  STEP("step"),
  STATEMENT("statement about a cancer"),
  CLUE("clue"),
  TERM("term"),
  SEQUENCE("sequence"),
  REACH("reach");

  private final String label;

  Thing(String label) {
    this.label = label;
  }

  /** How messages name this kind. */
  String label() {
    return label;
  }
}

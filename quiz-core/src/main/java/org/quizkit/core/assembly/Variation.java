package org.quizkit.core.assembly;

/** How the versions of one draw differ from each other. */
public enum Variation {
  /** Every version has version A's questions, in an order and with options of its own. */
  SHUFFLE,
  /**
   * Every version is drawn afresh to the same rules, preferring questions no earlier version has;
   * version A is the same as with {@link #SHUFFLE}.
   */
  RESAMPLE
}

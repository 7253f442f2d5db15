package org.quizkit.content.module;

/**
 * How much of a module a learner has mastered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module the module id
 * @param units how many facts the module's questions rely on (a question without facts counts as
 *     one unit of its own)
 * @param mastered how many of them the learner's latest attempt got fully right
 * @param threshold the module's mastery threshold
 */
public record Mastery(String module, int units, int mastered, double threshold) {

  /** The share of units mastered, 0 for a module without questions. */
  public double share() {
    return units == 0 ? 0 : (double) mastered / units;
  }

  /** Whether the share reaches the threshold; never for a module without questions. */
  public boolean reached() {
    return units > 0 && share() >= threshold;
  }

  /**
   * The module, its facts mastered and the share needed, as a learner reads it: {@code chest 24 of
   * 33 facts, 80% needed}.
   */
  public String describe() {
    return module
        + " "
        + mastered
        + " of "
        + units
        + (units == 1 ? " fact, " : " facts, ")
        + Math.round(threshold * 100)
        + "% needed";
  }
}

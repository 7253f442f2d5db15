package org.quizkit.core.schedule;

/** Where a fact stands in the FSRS learning cycle. */
public enum Phase {
  /** Never reviewed: no stability or difficulty yet. */
  NEW,
  /** Seen, and going through the short learning steps (minutes apart). */
  LEARNING,
  /** Graduated: reviewed at intervals of days. */
  REVIEW,
  /** Forgotten after graduating, and going through the relearning steps. */
  RELEARNING
}

package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What the source says about one cancer, at the source's own qualifier ("commonly", "first tends
 * to", "in some types", "can"), true or false. Facts whose tier is uncertain are asked this way:
 * the uncertainty is about the tier, never about the statement.
 *
 * @param cancer the cancer id the statement is about
 * @param text the statement, in our own words
 * @param truth whether the source makes it true; a false one is one the source contradicts
 * @param why for a false statement, the fact the source gives that makes it false; empty for a true
 *     one
 */
public record Statement(
    String id, String cancer, String text, boolean truth, String why, String section) {
  /** Checks every text is present. */
  public Statement {
    checkNotNull(id, "id");
    checkNotNull(cancer, "cancer");
    checkNotNull(text, "text");
    checkNotNull(why, "why");
    checkNotNull(section, "section");
  }
}

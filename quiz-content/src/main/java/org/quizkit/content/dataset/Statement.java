package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

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
 * @param facts the spread facts ({@code cancer>site}) a true statement states at the source's own
 *     qualifier, so that the questions asking it count as asking them; empty for a false one
 */
public record Statement(
    String id,
    String cancer,
    String text,
    boolean truth,
    String why,
    String section,
    List<String> facts) {
  /** Checks every text is present. */
  public Statement {
    checkNotNull(id, "id");
    checkNotNull(cancer, "cancer");
    checkNotNull(text, "text");
    checkNotNull(why, "why");
    checkNotNull(section, "section");
    facts = List.copyOf(facts);
  }

  /** A statement that restates no spread fact. */
  public Statement(
      String id, String cancer, String text, boolean truth, String why, String section) {
    this(id, cancer, text, truth, why, section, List.of());
  }
}

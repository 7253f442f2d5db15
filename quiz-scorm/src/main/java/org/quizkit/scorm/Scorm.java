package org.quizkit.scorm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.ExportReport;
import org.quizkit.core.export.Exporter;
import org.quizkit.core.question.Question;

/**
 * A quiz as a SCORM package for a learning management system: one zip holding {@code
 * imsmanifest.xml} (SCORM 2004 4th edition, or SCORM 1.2) and an offline player, the question pages
 * of quiz-web with a player script that scores in the browser under {@code
 * quizkit-partial-credit-1} and reports to the LMS through the SCORM API: score, completion and
 * success against the pass mark, one interaction per question, and where the learner stopped.
 *
 * <p>A SCORM package has no server, so the keys travel in the package: each question's key is kept
 * out of the page and masked in the player's data until the learner has answered. That keeps it out
 * of sight, not secret.
 *
 * <p>The questions are delivered as {@link org.quizkit.core.delivery.DeliveredQuiz} delivers them
 * under {@link ExportOptions#seed()}: the same questions, options and seed give the same bytes.
 * Immutable and thread-safe.
 */
public final class Scorm implements Exporter {
  /** The pass mark when none is given: 80 % of the questions' credit. */
  public static final double DEFAULT_PASS = 0.8;

  private final Standard standard;
  private final double pass;

  private Scorm(Standard standard, double pass) {
    checkArgument(
        pass >= 0 && pass <= 1, "pass mark %s is not a fraction from 0 to 1 (0.8 is 80 %)", pass);
    this.standard = standard;
    this.pass = pass;
  }

  /**
   * A SCORM 2004 4th edition package.
   *
   * @param pass the fraction of the total credit that passes, from 0 to 1
   * @throws IllegalArgumentException when {@code pass} is outside [0, 1]
   */
  public static Scorm scorm2004(double pass) {
    return new Scorm(Standard.SCORM_2004, pass);
  }

  /**
   * A SCORM 1.2 package.
   *
   * @param pass the fraction of the total credit that passes, from 0 to 1
   * @throws IllegalArgumentException when {@code pass} is outside [0, 1]
   */
  public static Scorm scorm12(double pass) {
    return new Scorm(Standard.SCORM_12, pass);
  }

  /** {@code scorm2004} or {@code scorm12}. */
  @Override
  public String format() {
    return standard.format();
  }

  @Override
  public String extension() {
    return "zip";
  }

  /** The pass mark, a fraction from 0 to 1. */
  public double pass() {
    return pass;
  }

  /**
   * Writes the package of {@code questions}, in the order given, to {@code out}.
   *
   * @throws IllegalArgumentException when two questions share an id
   */
  @Override
  public ExportReport write(
      List<? extends Question> questions, ExportOptions options, OutputStream out)
      throws IOException {
    checkNotNull(questions, "questions");
    checkNotNull(options, "options");
    checkNotNull(out, "out");
    return new PackageWriter(standard, pass, options).write(questions, out);
  }
}

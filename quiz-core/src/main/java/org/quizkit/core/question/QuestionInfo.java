package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What every question carries besides its stem and key: feedback, provenance and classification.
 *
 * <p>Immutable and thread-safe.
 *
 * @param explanation shown as feedback after answering; never blank
 * @param section where in the source the facts come from (for example {@code "Which cancers spread
 *     where? / Lung"}); never blank
 * @param basis ids of the facts the question relies on, so progress can be kept per fact
 * @param template the name of the template that made the question, or empty when hand written
 * @param subject the id of the thing the stem is about, or empty
 * @param claim what the stem asserts or asks, in a machine-readable form a checker can evaluate
 *     (for example {@code most(lung,?)}, where {@code ?} stands for each option's {@code refers}),
 *     or empty for hand-written questions; the grammar belongs to the content that makes the
 *     questions
 * @param tags free labels used to select questions (modules, topics)
 * @param difficulty how hard the question is meant to be
 * @param tests ids of the facts the key depends on: a learner who knows them can answer it
 * @param reveals ids of the facts the question's text shows to be true (its stem, the options shown
 *     as correct, matching pairs, an ordering): a learner who reads it learns them, so a quiz must
 *     not also ask them
 */
public record QuestionInfo(
    String explanation,
    String section,
    List<String> basis,
    String template,
    String subject,
    String claim,
    List<String> tags,
    Difficulty difficulty,
    List<String> tests,
    List<String> reveals) {
  public QuestionInfo {
    checkNotNull(explanation, "explanation");
    checkNotNull(section, "section");
    checkNotNull(template, "template");
    checkNotNull(subject, "subject");
    checkNotNull(claim, "claim");
    checkNotNull(difficulty, "difficulty");
    checkArgument(!explanation.isBlank(), "explanation is blank");
    checkArgument(!section.isBlank(), "section is blank");
    basis = List.copyOf(basis);
    tags = List.copyOf(tags);
    tests = List.copyOf(tests);
    reveals = List.copyOf(reveals);
  }

  /** Information that declares no tested or revealed facts. */
  public QuestionInfo(
      String explanation,
      String section,
      List<String> basis,
      String template,
      String subject,
      String claim,
      List<String> tags,
      Difficulty difficulty) {
    this(
        explanation,
        section,
        basis,
        template,
        subject,
        claim,
        tags,
        difficulty,
        List.of(),
        List.of());
  }

  /** Information with only the required parts: no basis, template, subject or tags. */
  public static QuestionInfo of(String explanation, String section) {
    return new QuestionInfo(
        explanation, section, List.of(), "", "", "", List.of(), Difficulty.MEDIUM);
  }

  /** A copy with these tags. */
  public QuestionInfo withTags(List<String> newTags) {
    return new QuestionInfo(
        explanation, section, basis, template, subject, claim, newTags, difficulty, tests, reveals);
  }

  /** A copy declaring these tested and revealed facts. */
  public QuestionInfo withFacts(List<String> newTests, List<String> newReveals) {
    return new QuestionInfo(
        explanation,
        section,
        basis,
        template,
        subject,
        claim,
        tags,
        difficulty,
        newTests,
        newReveals);
  }
}

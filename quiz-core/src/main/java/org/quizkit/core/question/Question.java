package org.quizkit.core.question;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A question of one of the kinds in {@link Kind}: a closed set of immutable records.
 *
 * <p>Code that must treat each kind differently implements {@link Cases}, so that adding a kind
 * breaks every such place at compile time (Java 17 has no pattern matching over sealed types in
 * {@code switch}).
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Question
    permits SingleChoice, MultipleResponse, TrueFalse, Matching, Ordering, ShortAnswer {

  /** A stable id, unique within a bank, unchanged by shuffling. */
  String id();

  /** What is asked. */
  String stem();

  /** Feedback, provenance and classification. */
  QuestionInfo info();

  /** The kind of this question. */
  Kind kind();

  /** Dispatches on the kind of this question. */
  <R> R accept(Cases<R> cases);

  /**
   * The same question with the order of its options (or matching choices, or items to order) drawn
   * from {@code random}; ids, key and feedback are unchanged. Kinds without options return
   * themselves.
   */
  Question shuffled(RandomGenerator random);

  /**
   * Every option the learner is shown, in order: a choice question's options, an ordering's items,
   * a matching's premises then its choices; none for true/false and short answer.
   */
  List<Option> shownOptions();

  /** The same question with other information (tags, explanation, provenance). */
  Question withInfo(QuestionInfo newInfo);

  /** One method per kind: the exhaustive alternative to a type switch. */
  interface Cases<R> {
    R singleChoice(SingleChoice question);

    R multipleResponse(MultipleResponse question);

    R trueFalse(TrueFalse question);

    R matching(Matching question);

    R ordering(Ordering question);

    R shortAnswer(ShortAnswer question);
  }
}

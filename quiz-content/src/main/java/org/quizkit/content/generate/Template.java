package org.quizkit.content.generate;

import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * One kind of question the generators can make from the dataset. Implementations are stateless, so
 * one instance serves every dataset and thread. They take the dataset as {@link Facts}, the indexed
 * view that {@link QuestionGenerators} builds once, rather than re-indexing it for every question.
 */
interface Template {
  /** The template's id, such as {@code most-site}; every question id it makes starts with it. */
  String id();

  /** The kind of question it makes. */
  Kind kind();

  /**
   * Every subject the template can ask about in this dataset, in a fixed order; empty when the
   * dataset does not hold enough to make one question.
   */
  List<String> subjects(Facts facts);

  /**
   * A question about {@code subject}, which is one of {@link #subjects}. All randomness comes from
   * {@code random}, so equal generators give equal questions.
   */
  Question generate(Facts facts, String subject, RandomGenerator random);

  /**
   * The tags of every question about {@code subject}, which is one of {@link #subjects}, in the
   * order {@link #generate} gives them: the same for every seed, so a quiz can be planned without
   * generating the questions it does not ask. {@code generate} uses it, so the two cannot differ.
   */
  List<String> tags(Facts facts, String subject);

  /** The question id for a subject: the same for every seed, unique within a bank. */
  default String questionId(String subject) {
    return id() + "." + subject.replace('>', '.');
  }
}

package org.quizkit.content.generate;

import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * One kind of question the generators can make from the dataset. Implementations are stateless,
 * so one instance serves every dataset and thread.
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
  List<String> subjects(Dataset dataset);

  /**
   * A question about {@code subject}, which is one of {@link #subjects}. All randomness comes from
   * {@code random}, so equal generators give equal questions.
   */
  Question generate(Dataset dataset, String subject, RandomGenerator random);

  /** The question id for a subject: the same for every seed, unique within a bank. */
  default String questionId(String subject) {
    return id() + "." + subject.replace('>', '.');
  }
}

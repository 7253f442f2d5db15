package org.quizkit.core.assembly;

import java.util.List;
import java.util.stream.IntStream;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;

/** Small fixed banks for assembly tests. */
final class Banks {
  private Banks() {}

  /** A four-option single-choice question whose key is its first option, {@code o0}. */
  static SingleChoice keyedFirst(String id, String template, String subject, List<String> tags) {
    return new SingleChoice(
        id,
        "Stem of " + id + "?",
        IntStream.range(0, 4).mapToObj(i -> Option.of("o" + i, id + " option " + i)).toList(),
        "o0",
        new QuestionInfo(
            "Explanation of " + id + ".",
            "Section",
            List.of(),
            template,
            subject,
            "",
            tags,
            Difficulty.MEDIUM));
  }

  /** {@code n} questions {@code prefix0 ...} of one template and subject, keyed first. */
  static List<Question> many(String prefix, int n, String template, String subject) {
    return IntStream.range(0, n)
        .<Question>mapToObj(i -> keyedFirst(prefix + i, template, subject, List.of()))
        .toList();
  }
}

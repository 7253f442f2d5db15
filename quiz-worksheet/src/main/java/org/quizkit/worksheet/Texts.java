package org.quizkit.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;

/** Facts about a question's printed text that decide whether it can go on paper at all. */
final class Texts {
  private Texts() {}

  /** Every text of the question that a sheet or key prints. */
  static List<String> printed(Question question) {
    List<String> texts = new ArrayList<>();
    texts.add(question.id());
    texts.add(question.stem());
    texts.add(question.info().explanation());
    texts.add(question.info().section());
    for (Option option : options(question)) {
      texts.add(option.text());
      texts.add(option.feedback());
    }
    if (question instanceof ShortAnswer shortAnswer) {
      texts.addAll(shortAnswer.accepted());
      shortAnswer
          .notes()
          .forEach(
              note -> {
                texts.addAll(note.answers());
                texts.add(note.feedback());
              });
    }
    return texts;
  }

  /** The options that get a letter on the sheet (matching premises get numbers instead). */
  static List<Option> lettered(Question question) {
    return question instanceof Matching matching ? matching.choices() : options(question);
  }

  private static List<Option> options(Question question) {
    return question.shownOptions();
  }
}

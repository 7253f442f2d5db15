package org.quizkit.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

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
    for (Option option : question.shownOptions()) {
      texts.add(option.text());
      texts.add(option.feedback());
    }
    texts.addAll(question.accept(KEYED_TEXTS));
    return texts;
  }

  /** The options that get a letter on the sheet (matching premises get numbers instead). */
  static List<Option> lettered(Question question) {
    return question.accept(LETTERED);
  }

  /** Texts a key prints beyond the stem and options: a short answer's answers and notes. */
  private static final Question.Cases<List<String>> KEYED_TEXTS =
      new Question.Cases<>() {
        @Override
        public List<String> singleChoice(SingleChoice question) {
          return List.of();
        }

        @Override
        public List<String> multipleResponse(MultipleResponse question) {
          return List.of();
        }

        @Override
        public List<String> trueFalse(TrueFalse question) {
          return List.of();
        }

        @Override
        public List<String> matching(Matching question) {
          return List.of();
        }

        @Override
        public List<String> ordering(Ordering question) {
          return List.of();
        }

        @Override
        public List<String> shortAnswer(ShortAnswer question) {
          List<String> texts = new ArrayList<>(question.accepted());
          question
              .notes()
              .forEach(
                  note -> {
                    texts.addAll(note.answers());
                    texts.add(note.feedback());
                  });
          return texts;
        }
      };

  private static final Question.Cases<List<Option>> LETTERED =
      new Question.Cases<>() {
        @Override
        public List<Option> singleChoice(SingleChoice question) {
          return question.shownOptions();
        }

        @Override
        public List<Option> multipleResponse(MultipleResponse question) {
          return question.shownOptions();
        }

        @Override
        public List<Option> trueFalse(TrueFalse question) {
          return question.shownOptions();
        }

        @Override
        public List<Option> matching(Matching question) {
          return question.choices();
        }

        @Override
        public List<Option> ordering(Ordering question) {
          return question.shownOptions();
        }

        @Override
        public List<Option> shortAnswer(ShortAnswer question) {
          return question.shownOptions();
        }
      };
}

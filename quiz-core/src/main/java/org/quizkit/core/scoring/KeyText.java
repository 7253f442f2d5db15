package org.quizkit.core.scoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * The key of a question as text a person reads, in one place so that feedback, worksheets, the
 * terminal and exports all say the same thing. Callers outside the engine use {@code
 * QuizEngine.keyText}.
 *
 * <p>One line per part of the answer:
 *
 * <ul>
 *   <li>single choice: the keyed option's text;
 *   <li>multiple response: each keyed option's text, in the order the options are shown;
 *   <li>true/false: {@code True} or {@code False};
 *   <li>matching: {@code premise -> choice} for each premise, in the order premises are shown;
 *   <li>ordering: the items' texts in the keyed order;
 *   <li>short answer: the answer shown as the key; when any one of several counts, one line {@code
 *       any one of: a; b; c}.
 * </ul>
 *
 * <p>Stateless, so thread-safe.
 */
public final class KeyText {
  /** Separates a premise from its choice in a matching key line. */
  public static final String PAIR_ARROW = " -> ";

  /** Begins the key of a short answer that accepts any one of several answers. */
  public static final String ANY_ONE_OF = "any one of: ";

  private KeyText() {}

  /** The key of {@code question}, one line per part, never empty. */
  public static List<String> lines(Question question) {
    checkNotNull(question, "question");
    return question.accept(RENDER);
  }

  /** The key of {@code question} on one line, parts separated by {@code "; "}. */
  public static String line(Question question) {
    return String.join("; ", lines(question));
  }

  private static Map<String, String> texts(List<Option> options) {
    return options.stream().collect(Collectors.toMap(Option::id, Option::text));
  }

  private static final Question.Cases<List<String>> RENDER =
      new Question.Cases<>() {
        @Override
        public List<String> singleChoice(SingleChoice question) {
          return List.of(texts(question.options()).get(question.correct()));
        }

        @Override
        public List<String> multipleResponse(MultipleResponse question) {
          return question.options().stream()
              .filter(option -> question.correct().contains(option.id()))
              .map(Option::text)
              .toList();
        }

        @Override
        public List<String> trueFalse(TrueFalse question) {
          return List.of(question.answer() ? "True" : "False");
        }

        @Override
        public List<String> matching(Matching question) {
          Map<String, String> choices = texts(question.choices());
          return question.premises().stream()
              .map(p -> p.text() + PAIR_ARROW + choices.get(question.key().get(p.id())))
              .toList();
        }

        @Override
        public List<String> ordering(Ordering question) {
          Map<String, String> items = texts(question.items());
          return question.order().stream().map(items::get).toList();
        }

        @Override
        public List<String> shortAnswer(ShortAnswer question) {
          List<String> keyed = question.keyed();
          return List.of(keyed.size() == 1 ? keyed.get(0) : ANY_ONE_OF + String.join("; ", keyed));
        }
      };
}

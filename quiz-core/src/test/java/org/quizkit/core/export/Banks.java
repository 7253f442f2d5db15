package org.quizkit.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * Arbitrary question banks whose text is full of the characters XML, HTML and GIFT treat
 * specially, mixed with arbitrary Unicode (every scalar value, controls included). Each arbitrary
 * is built from fresh {@code Arbitraries} calls.
 */
final class Banks {
  private static final String META = "<>&\"'~=#{}:\\%-/$[]\n\t ";

  private Banks() {}

  /** Non-blank text: metacharacters, letters and any Unicode scalar value. */
  static Arbitrary<String> text() {
    Arbitrary<String> meta = Arbitraries.of(META.chars().mapToObj(Character::toString).toList());
    Arbitrary<String> letters = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> unicode =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .map(Character::toString);
    return Arbitraries.frequencyOf(Tuple.of(3, meta), Tuple.of(3, letters), Tuple.of(1, unicode))
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(parts -> String.join("", parts))
        .filter(s -> !s.isBlank());
  }

  /** Text that may be empty. */
  static Arbitrary<String> optionalText() {
    return Arbitraries.oneOf(Arbitraries.just(""), text());
  }

  static Arbitrary<List<Question>> bank() {
    return question().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Question::id);
  }

  static Arbitrary<Question> question() {
    return Arbitraries.oneOf(
        singleChoice(), multipleResponse(), trueFalse(), matching(), ordering(), shortAnswer());
  }

  static Arbitrary<Option> option() {
    return Combinators.combine(text(), text(), optionalText(), optionalText()).as(Option::new);
  }

  static Arbitrary<List<Option>> options(int min, int max) {
    return option().list().ofMinSize(min).ofMaxSize(max).uniqueElements(Option::id);
  }

  static Arbitrary<QuestionInfo> info() {
    Arbitrary<List<String>> tags =
        Arbitraries.oneOf(
                text(), text().map(t -> "module:" + t), Arbitraries.of("module:a", "module:b"))
            .list()
            .ofMaxSize(3);
    return Combinators.combine(
            text(),
            text(),
            text().list().ofMaxSize(3),
            optionalText(),
            optionalText(),
            optionalText(),
            tags,
            Arbitraries.of(Difficulty.class))
        .as(QuestionInfo::new);
  }

  static Arbitrary<Question> singleChoice() {
    return Combinators.combine(text(), text(), options(2, 5), info())
        .flatAs(
            (id, stem, options, info) ->
                Arbitraries.of(options)
                    .map(right -> new SingleChoice(id, stem, options, right.id(), info)));
  }

  static Arbitrary<Question> multipleResponse() {
    return Combinators.combine(text(), text(), options(2, 6), info())
        .flatAs(
            (id, stem, options, info) ->
                Arbitraries.subsetOf(options)
                    .ofMinSize(1)
                    .map(
                        right ->
                            new MultipleResponse(
                                id, stem, options, right.stream().map(Option::id).toList(), info)));
  }

  static Arbitrary<Question> trueFalse() {
    return Combinators.combine(text(), text(), Arbitraries.of(true, false), info())
        .as(TrueFalse::new);
  }

  static Arbitrary<Question> matching() {
    return Combinators.combine(
            text(), text(), options(2, 4), options(0, 2), options(2, 4), info())
        .flatAs(
            (id, stem, premises, extra, pairedChoices, info) -> {
              List<Option> choices = new ArrayList<>(pairedChoices);
              extra.stream()
                  .filter(e -> choices.stream().noneMatch(c -> c.id().equals(e.id())))
                  .forEach(choices::add);
              int pairs = Math.min(premises.size(), pairedChoices.size());
              List<Option> usedPremises = premises.subList(0, pairs);
              return Arbitraries.shuffle(pairedChoices.subList(0, pairs))
                  .map(
                      shuffled -> {
                        Map<String, String> key = new LinkedHashMap<>();
                        for (int i = 0; i < pairs; i++) {
                          key.put(usedPremises.get(i).id(), shuffled.get(i).id());
                        }
                        return new Matching(id, stem, usedPremises, choices, key, info);
                      });
            });
  }

  static Arbitrary<Question> ordering() {
    return Combinators.combine(text(), text(), options(2, 5), info())
        .flatAs(
            (id, stem, items, info) ->
                Arbitraries.shuffle(items.stream().map(Option::id).toList())
                    .map(order -> new Ordering(id, stem, items, order, info)));
  }

  static Arbitrary<Question> shortAnswer() {
    return Combinators.combine(
            text(), text(), text().list().ofMinSize(1).ofMaxSize(3), text().list().ofMaxSize(3),
            info())
        .as(ShortAnswer::new);
  }
}

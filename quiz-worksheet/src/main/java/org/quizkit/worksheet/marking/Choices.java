package org.quizkit.worksheet.marking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/**
 * How often each answer to one question was chosen, by option text (the letters differ between
 * shuffled versions, the texts do not), with the blanks last.
 *
 * @param counts option text (or {@code True}, {@code False}) to how many chose it, then {@code
 *     (blank)}
 * @param rivalBeatsKey whether, on a single-choice or true/false question, some unkeyed answer was
 *     chosen more often than the key
 */
record Choices(Map<String, Integer> counts, boolean rivalBeatsKey) {
  static final String BLANK = "(blank)";

  static Choices of(Question question, List<Optional<Response>> given) {
    int blanks = (int) given.stream().filter(Optional::isEmpty).count();
    Choices counted =
        question.accept(
            new Question.Cases<Choices>() {
              @Override
              public Choices singleChoice(SingleChoice q) {
                Map<String, Integer> counts = options(q.options(), given);
                int key = counts.get(text(q.options(), q.correct()));
                boolean beaten =
                    counts.entrySet().stream()
                        .anyMatch(
                            e ->
                                !e.getKey().equals(text(q.options(), q.correct()))
                                    && e.getValue() > key);
                return new Choices(counts, beaten);
              }

              @Override
              public Choices multipleResponse(MultipleResponse q) {
                return new Choices(options(q.options(), given), false);
              }

              @Override
              public Choices trueFalse(TrueFalse q) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                counts.put("True", 0);
                counts.put("False", 0);
                for (Optional<Response> response : given) {
                  response.ifPresent(
                      r ->
                          counts.merge(
                              ((Response.Judgement) r).value() ? "True" : "False",
                              1,
                              Integer::sum));
                }
                int key = counts.get(q.answer() ? "True" : "False");
                int other = counts.get(q.answer() ? "False" : "True");
                return new Choices(counts, other > key);
              }

              @Override
              public Choices matching(Matching q) {
                return new Choices(new LinkedHashMap<>(), false);
              }

              @Override
              public Choices ordering(Ordering q) {
                return new Choices(new LinkedHashMap<>(), false);
              }

              @Override
              public Choices shortAnswer(ShortAnswer q) {
                return new Choices(new LinkedHashMap<>(), false);
              }
            });
    Map<String, Integer> counts = new LinkedHashMap<>(counted.counts());
    counts.put(BLANK, blanks);
    return new Choices(counts, counted.rivalBeatsKey());
  }

  /**
   * The casts are safe: the notation reads a choice question's cell as a {@link Response.Choice}.
   */
  private static Map<String, Integer> options(
      List<Option> options, List<Optional<Response>> given) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    options.forEach(o -> counts.put(o.text(), 0));
    for (Optional<Response> response : given) {
      response.ifPresent(
          r ->
              ((Response.Choice) r)
                  .selected()
                  .forEach(id -> counts.merge(text(options, id), 1, Integer::sum)));
    }
    return counts;
  }

  private static String text(List<Option> options, String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text();
  }
}

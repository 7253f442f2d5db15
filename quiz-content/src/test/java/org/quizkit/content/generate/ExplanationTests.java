package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quizkit.content.QuizContent;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Section;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * What the learner reads after answering, over the whole built-in bank: the explanation must be
 * about this question (its subject and its answer), not merely some text, and the section it points
 * to must be one the dataset has.
 */
class ExplanationTests {
  private static final QuizContent CONTENT = QuizContent.builtIn();
  private static final Dataset DATASET = CONTENT.dataset();

  /** The texts the explanation must contain: the right answer, as the learner was shown it. */
  private static final Question.Cases<List<String>> KEY_TEXTS =
      new Question.Cases<>() {
        @Override
        public List<String> singleChoice(SingleChoice question) {
          return texts(question.options(), List.of(question.correct()));
        }

        @Override
        public List<String> multipleResponse(MultipleResponse question) {
          return texts(question.options(), question.correct());
        }

        @Override
        public List<String> trueFalse(TrueFalse question) {
          return List.of(); // no option text; the verdict is checked on its own
        }

        @Override
        public List<String> matching(Matching question) {
          List<String> texts = new ArrayList<>(texts(question.premises(), question.key().keySet()));
          texts.addAll(texts(question.choices(), question.key().values()));
          return texts;
        }

        @Override
        public List<String> ordering(Ordering question) {
          return texts(question.items(), question.order());
        }

        @Override
        public List<String> shortAnswer(ShortAnswer question) {
          return List.of(question.answer());
        }
      };

  private static List<String> texts(List<Option> options, java.util.Collection<String> ids) {
    Map<String, String> byId = options.stream().collect(Collectors.toMap(Option::id, Option::text));
    return ids.stream().map(byId::get).toList();
  }

  /** Compared without case, and without the full stop that ends an option written as a sentence. */
  private static String plain(String text) {
    String lower = text.toLowerCase(Locale.ROOT).strip();
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /**
   * The cancer a spread question is about: the first argument of its claim, such as {@code breast}
   * in {@code most(breast,?)} or {@code local(bladder,pelvic-wall)}, when that names a cancer of
   * the dataset. {@code ?} (the option asked for) and a concept or cause are none.
   */
  private static Optional<Cancer> cancerOf(Question question) {
    String claim = question.info().claim();
    int open = claim.indexOf('(');
    if (open < 0) {
      return Optional.empty();
    }
    String first = claim.substring(open + 1).split("[,)]", 2)[0].strip();
    return DATASET.cancer(first);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 7, 20261124})
  void everyExplanationNamesTheCancerItIsAboutAndGivesTheAnswer(long seed) {
    List<Question> bank = CONTENT.bank(seed);
    assertTrue(bank.size() > 100, () -> "only " + bank.size() + " questions");
    int namingACancer = 0;
    for (Question question : bank) {
      String explanation = plain(question.info().explanation());
      Optional<Cancer> cancer = cancerOf(question);
      if (cancer.isPresent()) {
        namingACancer++;
        assertTrue(
            explanation.contains(plain(cancer.get().name())),
            () ->
                question.id()
                    + ": the explanation does not name "
                    + cancer.get().name()
                    + ": "
                    + question.info().explanation());
      }
      for (String key : question.accept(KEY_TEXTS)) {
        assertTrue(
            explanation.contains(plain(key)),
            () ->
                question.id()
                    + ": the explanation does not give the answer '"
                    + key
                    + "': "
                    + question.info().explanation());
      }
      if (question instanceof TrueFalse trueFalse) {
        String verdict = trueFalse.answer() ? "true" : "false";
        assertTrue(
            explanation.startsWith(verdict),
            () ->
                question.id()
                    + ": the explanation does not start with the verdict '"
                    + verdict
                    + "': "
                    + question.info().explanation());
      }
    }
    // guards the reading of claims above: the spread templates ask many questions about one cancer
    assertTrue(namingACancer >= 60, namingACancer + " of " + bank.size());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 7, 20261124})
  void everySectionIsATitleOfTheDataset(long seed) {
    Set<String> titles =
        DATASET.sections().stream().map(Section::title).collect(Collectors.toSet());
    for (Question question : CONTENT.bank(seed)) {
      assertTrue(
          titles.contains(question.info().section()),
          () ->
              question.id() + ": section '" + question.info().section() + "' is not in " + titles);
    }
  }
}

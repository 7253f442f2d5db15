package org.quizkit.core.interact;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

/** What a learner would type to give a response: the inverse of {@link Parser}. */
final class TypedResponseWriter implements Question.Cases<String> {
  private final Response response;

  TypedResponseWriter(Response response) {
    this.response = response;
  }

  @Override
  public String singleChoice(SingleChoice question) {
    return letters(question.options(), expect(Response.Choice.class, question).selected());
  }

  @Override
  public String multipleResponse(MultipleResponse question) {
    return letters(question.options(), expect(Response.Choice.class, question).selected());
  }

  @Override
  public String trueFalse(TrueFalse question) {
    return expect(Response.Judgement.class, question).value() ? "t" : "f";
  }

  @Override
  public String matching(Matching question) {
    Map<String, String> pairs = expect(Response.Pairs.class, question).pairs();
    List<String> typed = new ArrayList<>();
    List<Option> premises = question.premises();
    for (int i = 0; i < premises.size(); i++) {
      String choice = pairs.get(premises.get(i).id());
      if (choice != null) {
        typed.add((i + 1) + "" + OptionLetters.letterOf(question.choices(), choice));
      }
    }
    return String.join(" ", typed);
  }

  @Override
  public String ordering(Ordering question) {
    List<String> typed = new ArrayList<>();
    for (String id : expect(Response.Sequence.class, question).order()) {
      typed.add(String.valueOf(OptionLetters.letterOf(question.items(), id)));
    }
    return String.join(" ", typed);
  }

  @Override
  public String shortAnswer(ShortAnswer question) {
    return expect(Response.Text.class, question).text();
  }

  /** Letters in the order shown, whatever order the ids are in. */
  private static String letters(List<Option> options, Iterable<String> ids) {
    List<String> chosen = new ArrayList<>();
    ids.forEach(chosen::add);
    List<String> typed = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (chosen.contains(options.get(i).id())) {
        typed.add(String.valueOf(OptionLetters.letter(i)));
      }
    }
    checkArgument(typed.size() == chosen.size(), "response names unknown options: %s", chosen);
    return String.join(" ", typed);
  }

  private <T extends Response> T expect(Class<T> kind, Question question) {
    checkArgument(
        kind.isInstance(response),
        "question '%s' (%s) takes a %s response, not %s",
        question.id(),
        question.kind().id(),
        kind.getSimpleName(),
        response);
    return kind.cast(response);
  }
}

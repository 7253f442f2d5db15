package org.quizkit.core.interact;

import java.util.List;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** What to type for each kind of question; shown under the question and in every hint. */
final class Instructions implements Question.Cases<String> {
  private final Symbols symbols;

  Instructions(Symbols symbols) {
    this.symbols = symbols;
  }

  @Override
  public String singleChoice(SingleChoice question) {
    return "Type one letter, " + OptionLetters.range(question.options()) + ".";
  }

  @Override
  public String multipleResponse(MultipleResponse question) {
    return "Type every letter that applies, such as "
        + symbols.quote("a c")
        + " ("
        + OptionLetters.range(question.options())
        + ").";
  }

  @Override
  public String trueFalse(TrueFalse question) {
    return "Type t for true or f for false.";
  }

  @Override
  public String matching(Matching question) {
    int premises = question.premises().size();
    int shown = Math.min(3, Math.min(premises, question.choices().size()));
    StringBuilder example = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      example.append(i == 0 ? "" : " ").append(i + 1).append(OptionLetters.letter((i + 1) % shown));
    }
    return "Type a letter for each number, such as "
        + symbols.quote(example.toString())
        + " (numbers 1 to "
        + premises
        + ", letters "
        + OptionLetters.range(question.choices())
        + ", each letter once).";
  }

  @Override
  public String ordering(Ordering question) {
    List<Option> items = question.items();
    return "Type all the letters in order, such as "
        + symbols.quote(items.size() >= 3 ? "c a b" : "b a")
        + " ("
        + OptionLetters.range(items)
        + ", each once).";
  }

  @Override
  public String shortAnswer(ShortAnswer question) {
    return "Type your answer.";
  }
}

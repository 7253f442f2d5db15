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

/** The body of a question under its numbered stem: options, premises and choices, or nothing. */
final class Renderer implements Question.Cases<String> {
  static final String INDENT = "    ";

  private final Symbols symbols;

  Renderer(Symbols symbols) {
    this.symbols = symbols;
  }

  @Override
  public String singleChoice(SingleChoice question) {
    return lettered(question.options());
  }

  @Override
  public String multipleResponse(MultipleResponse question) {
    return lettered(question.options());
  }

  @Override
  public String trueFalse(TrueFalse question) {
    return INDENT + "True or false?\n";
  }

  @Override
  public String matching(Matching question) {
    StringBuilder out = new StringBuilder();
    List<Option> premises = question.premises();
    for (int i = 0; i < premises.size(); i++) {
      out.append(INDENT).append(i + 1).append(". ").append(oneLine(premises.get(i))).append('\n');
    }
    out.append(INDENT).append(symbols.rule(3)).append(" choices ").append(symbols.rule(3));
    out.append('\n');
    return out.append(lettered(question.choices())).toString();
  }

  @Override
  public String ordering(Ordering question) {
    return lettered(question.items());
  }

  @Override
  public String shortAnswer(ShortAnswer question) {
    return "";
  }

  private static String lettered(List<Option> options) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < options.size(); i++) {
      out.append(INDENT)
          .append(OptionLetters.letter(i))
          .append(") ")
          .append(oneLine(options.get(i)));
      out.append('\n');
    }
    return out.toString();
  }

  /** Options are shown one per line, so a stray line break must not start a new one. */
  static String oneLine(Option option) {
    return option.text().strip().replaceAll("\\s+", " ");
  }
}

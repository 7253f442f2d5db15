package org.quizkit.core.export;

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

/** Whether XML 1.0 can hold every text of a question; shared by the XML formats. */
final class XmlChecks {
  private XmlChecks() {}

  /** Why XML cannot hold the question, or null. */
  static String unwritable(Question question) {
    return unwritable(question, false);
  }

  /** As {@link #unwritable(Question)}, also checking the tags when the format writes them. */
  static String unwritable(Question question, boolean withTags) {
    List<String[]> texts = new ArrayList<>();
    texts.add(new String[] {"id", question.id()});
    texts.add(new String[] {"stem", question.stem()});
    texts.add(new String[] {"explanation", question.info().explanation()});
    Bank.module(question).ifPresent(m -> texts.add(new String[] {"module", m}));
    if (withTags) {
      question.info().tags().forEach(tag -> texts.add(new String[] {"tag", tag}));
    }
    question.accept(new Texts(texts));
    for (String[] text : texts) {
      int bad = XmlOut.firstInvalid(text[1]);
      if (bad >= 0) {
        return String.format("its %s holds U+%04X, which XML 1.0 cannot", text[0], bad);
      }
    }
    return null;
  }

  /** Collects every text of a question that the item will hold. */
  private record Texts(List<String[]> texts) implements Question.Cases<Void> {
    private void options(String what, List<Option> options) {
      for (Option option : options) {
        texts.add(new String[] {what + " '" + option.id() + "'", option.text()});
        texts.add(
            new String[] {"feedback of " + what + " '" + option.id() + "'", option.feedback()});
      }
    }

    @Override
    public Void singleChoice(SingleChoice question) {
      options("option", question.options());
      return null;
    }

    @Override
    public Void multipleResponse(MultipleResponse question) {
      options("option", question.options());
      return null;
    }

    @Override
    public Void trueFalse(TrueFalse question) {
      return null;
    }

    @Override
    public Void matching(Matching question) {
      options("premise", question.premises());
      options("choice", question.choices());
      return null;
    }

    @Override
    public Void ordering(Ordering question) {
      options("item", question.items());
      return null;
    }

    @Override
    public Void shortAnswer(ShortAnswer question) {
      question.accepted().forEach(a -> texts.add(new String[] {"accepted answer", a}));
      return null;
    }
  }
}

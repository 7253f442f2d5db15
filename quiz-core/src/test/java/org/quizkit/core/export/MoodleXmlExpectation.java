package org.quizkit.core.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.quizkit.core.question.TypedAnswerNote;

/** What Moodle should read for a question, worked out from the question and docs/formats.md. */
final class MoodleXmlExpectation implements Question.Cases<MoodleXmlReading.Read> {
  private final Question question;

  private MoodleXmlExpectation(Question question) {
    this.question = question;
  }

  /** The read question; the category is left null (checked separately). */
  static MoodleXmlReading.Read of(Question question) {
    return question.accept(new MoodleXmlExpectation(question));
  }

  private static String lines(String text) {
    return LmsCheckFiles.lines(text);
  }

  private static double share(int parts) {
    return BigDecimal.valueOf(100)
        .divide(BigDecimal.valueOf(parts), 5, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private MoodleXmlReading.Read read(
      String type,
      List<MoodleXmlReading.Answer> answers,
      List<MoodleXmlReading.Pair> pairs,
      String single) {
    return new MoodleXmlReading.Read(
        null,
        type,
        question.id(),
        question.id().length() <= 100 ? question.id() : null,
        lines(question.stem()),
        lines(question.info().explanation()),
        answers,
        pairs,
        question.info().tags(),
        single);
  }

  @Override
  public MoodleXmlReading.Read singleChoice(SingleChoice q) {
    List<MoodleXmlReading.Answer> answers = new ArrayList<>();
    for (Option o : q.options()) {
      answers.add(
          new MoodleXmlReading.Answer(
              o.id().equals(q.correct()) ? 100 : 0, lines(o.text()), lines(o.feedback())));
    }
    return read("multichoice", answers, List.of(), "true");
  }

  @Override
  public MoodleXmlReading.Read multipleResponse(MultipleResponse q) {
    int right = q.correct().size();
    int wrong = q.options().size() - right;
    List<MoodleXmlReading.Answer> answers = new ArrayList<>();
    for (Option o : q.options()) {
      double fraction =
          q.correct().contains(o.id()) ? share(right) : -share(Math.min(Math.max(wrong, 1), 10));
      answers.add(new MoodleXmlReading.Answer(fraction, lines(o.text()), lines(o.feedback())));
    }
    return read("multichoice", answers, List.of(), "false");
  }

  @Override
  public MoodleXmlReading.Read trueFalse(TrueFalse q) {
    return read(
        "truefalse",
        List.of(
            new MoodleXmlReading.Answer(q.answer() ? 100 : 0, "true", ""),
            new MoodleXmlReading.Answer(q.answer() ? 0 : 100, "false", "")),
        List.of(),
        null);
  }

  @Override
  public MoodleXmlReading.Read matching(Matching q) {
    List<MoodleXmlReading.Pair> pairs = new ArrayList<>();
    for (Option p : q.premises()) {
      pairs.add(new MoodleXmlReading.Pair(lines(p.text()), text(q.choices(), q.key().get(p.id()))));
    }
    for (Option c : q.choices()) {
      if (!q.key().containsValue(c.id())) {
        pairs.add(new MoodleXmlReading.Pair("", c.text()));
      }
    }
    return read("matching", List.of(), pairs, null);
  }

  @Override
  public MoodleXmlReading.Read ordering(Ordering q) {
    List<MoodleXmlReading.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < q.order().size(); i++) {
      pairs.add(
          new MoodleXmlReading.Pair(String.valueOf(i + 1), text(q.items(), q.order().get(i))));
    }
    return read("matching", List.of(), pairs, null);
  }

  @Override
  public MoodleXmlReading.Read shortAnswer(ShortAnswer q) {
    List<MoodleXmlReading.Answer> answers = new ArrayList<>();
    for (String a : q.accepted()) {
      answers.add(new MoodleXmlReading.Answer(100, a, ""));
    }
    for (TypedAnswerNote note : q.notes()) {
      for (String a : note.answers()) {
        answers.add(new MoodleXmlReading.Answer(note.credit() * 100, a, note.feedback()));
      }
    }
    return read("shortanswer", answers, List.of(), null);
  }

  private static String text(List<Option> options, String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text();
  }
}

package org.quizkit.core.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.question.TypedAnswerNote;

/**
 * What Moodle should read for a question and show a learner, worked out from the question and
 * docs/formats.md: every text as it is, but for what Moodle trims, what HTML collapses and what the
 * format says it writes on one line.
 */
final class MoodleXmlExpectation implements Question.Cases<MoodleXmlReading.Read> {
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

  private final Question question;
  private final ExportOptions options;

  private MoodleXmlExpectation(Question question, ExportOptions options) {
    this.question = question;
    this.options = options;
  }

  /** The read question; the category is left null (checked separately). */
  static MoodleXmlReading.Read of(Question question) {
    return of(question, ExportOptions.defaults());
  }

  /** The read question of an export with these options; the category is left null. */
  static MoodleXmlReading.Read of(Question question, ExportOptions options) {
    return question.accept(new MoodleXmlExpectation(question, options));
  }

  /**
   * An HTML field as shown: line breaks kept (they are {@code <br>}), spaces and tabs at either end
   * trimmed by Moodle.
   */
  private static String lines(String text) {
    return LmsCheckFiles.lines(text).replaceAll("\\A[ \\t]+|[ \\t]+\\z", "");
  }

  /** A plain-text field: on one line, trimmed by Moodle. */
  private static String oneLine(String text) {
    return MoodleLikeXml.phpTrim(LINE_BREAK.matcher(text).replaceAll(" "));
  }

  /**
   * The id number Moodle keeps: the id (and {@code @} and the version), when it fits in 100
   * characters and Moodle would keep it as it is (no control character, nothing Moodle trims at
   * either end, no trailing backslash).
   */
  static String idNumber(Question question, ExportOptions options) {
    String number =
        options.version().isEmpty() ? question.id() : question.id() + "@" + options.version();
    boolean kept =
        number.length() <= 100
            && number.chars().noneMatch(c -> c < 0x20 || c == 0x7F)
            && MoodleLikeXml.phpTrim(number).equals(number)
            && !number.endsWith("\\");
    return kept ? number : null;
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
      String single,
      String shuffle) {
    return new MoodleXmlReading.Read(
        null,
        type,
        oneLine(question.id()),
        idNumber(question, options),
        lines(question.stem()),
        lines(question.info().explanation()),
        answers,
        pairs,
        question.info().tags().stream().map(MoodleXmlExpectation::oneLine).toList(),
        single,
        shuffle);
  }

  @Override
  public MoodleXmlReading.Read singleChoice(SingleChoice q) {
    List<MoodleXmlReading.Answer> answers = new ArrayList<>();
    for (Option o : q.options()) {
      answers.add(
          new MoodleXmlReading.Answer(
              o.id().equals(q.correct()) ? 100 : 0, lines(o.text()), lines(o.feedback())));
    }
    return read("multichoice", answers, List.of(), "true", "true");
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
    return read("multichoice", answers, List.of(), "false", "true");
  }

  @Override
  public MoodleXmlReading.Read trueFalse(TrueFalse q) {
    return read(
        "truefalse",
        List.of(
            new MoodleXmlReading.Answer(q.answer() ? 100 : 0, "true", ""),
            new MoodleXmlReading.Answer(q.answer() ? 0 : 100, "false", "")),
        List.of(),
        null,
        null);
  }

  @Override
  public MoodleXmlReading.Read matching(Matching q) {
    List<MoodleXmlReading.Pair> pairs = new ArrayList<>();
    for (Option p : q.premises()) {
      pairs.add(
          new MoodleXmlReading.Pair(
              lines(p.text()), shown(text(q.choices(), q.key().get(p.id())))));
    }
    for (Option c : q.choices()) {
      if (!q.key().containsValue(c.id())) {
        pairs.add(new MoodleXmlReading.Pair("", shown(c.text())));
      }
    }
    return read("matching", List.of(), pairs, null, "true");
  }

  @Override
  public MoodleXmlReading.Read ordering(Ordering q) {
    List<MoodleXmlReading.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < q.order().size(); i++) {
      pairs.add(
          new MoodleXmlReading.Pair(
              String.valueOf(i + 1), shown(text(q.items(), q.order().get(i)))));
    }
    return read("matching", List.of(), pairs, null, "false");
  }

  @Override
  public MoodleXmlReading.Read shortAnswer(ShortAnswer q) {
    List<MoodleXmlReading.Answer> answers = new ArrayList<>();
    for (String a : q.accepted()) {
      answers.add(new MoodleXmlReading.Answer(100, oneLine(a), ""));
    }
    for (TypedAnswerNote note : q.notes()) {
      for (String a : note.answers()) {
        answers.add(
            new MoodleXmlReading.Answer(note.credit() * 100, oneLine(a), lines(note.feedback())));
      }
    }
    return read("shortanswer", answers, List.of(), null, null);
  }

  /** A matching choice as a browser shows the text. */
  private static String shown(String text) {
    return MoodleXmlReading.shownAsText(text);
  }

  private static String text(List<Option> options, String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text();
  }
}

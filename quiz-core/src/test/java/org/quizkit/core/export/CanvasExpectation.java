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

/** What Canvas should read for a question, worked out from the question and docs/formats.md. */
final class CanvasExpectation implements Question.Cases<CanvasReading.Read> {
  private final Question question;

  private CanvasExpectation(Question question) {
    this.question = question;
  }

  static CanvasReading.Read of(Question question) {
    return question.accept(new CanvasExpectation(question));
  }

  private CanvasReading.Read read(
      String type, List<String> premises, List<String> options, List<String> right) {
    return new CanvasReading.Read(
        type,
        question.id().replaceAll("[\\t\\r\\n]", " "),
        LmsCheckFiles.lines(question.stem()),
        LmsCheckFiles.lines(question.info().explanation()),
        premises,
        options,
        right);
  }

  private static List<String> texts(List<Option> options) {
    return options.stream().map(Option::text).toList();
  }

  private static String text(List<Option> options, String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text();
  }

  @Override
  public CanvasReading.Read singleChoice(SingleChoice q) {
    return read(
        "multiple_choice_question",
        List.of(),
        texts(q.options()),
        List.of(text(q.options(), q.correct())));
  }

  @Override
  public CanvasReading.Read multipleResponse(MultipleResponse q) {
    List<String> right = q.correct().stream().map(id -> text(q.options(), id)).toList();
    return read("multiple_answers_question", List.of(), texts(q.options()), right);
  }

  @Override
  public CanvasReading.Read trueFalse(TrueFalse q) {
    return read(
        "true_false_question",
        List.of(),
        List.of("True", "False"),
        List.of(q.answer() ? "True" : "False"));
  }

  @Override
  public CanvasReading.Read matching(Matching q) {
    List<String> right = new ArrayList<>();
    for (Option premise : q.premises()) {
      right.add(text(q.choices(), q.key().get(premise.id())));
    }
    return read("matching_question", texts(q.premises()), texts(q.choices()), right);
  }

  @Override
  public CanvasReading.Read ordering(Ordering q) {
    List<String> positions = new ArrayList<>();
    for (int i = 1; i <= q.order().size(); i++) {
      positions.add(String.valueOf(i));
    }
    List<String> right = q.order().stream().map(id -> text(q.items(), id)).toList();
    return read("matching_question", positions, texts(q.items()), right);
  }

  @Override
  public CanvasReading.Read shortAnswer(ShortAnswer q) {
    List<String> right = new java.util.ArrayList<>(q.accepted());
    q.notes().stream().filter(n -> n.credit() == 1.0).forEach(n -> right.addAll(n.answers()));
    return read("short_answer_question", List.of(), List.of(), right);
  }
}

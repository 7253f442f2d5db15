package org.quizkit.core.export;

import java.util.ArrayList;
import java.util.Collections;
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
import org.quizkit.core.question.TypedAnswerNote;

/**
 * The right response to a question and every single distractor, in the identifiers docs/formats.md
 * gives QTI items: options {@code C1..}, premises {@code P1..}, items to order {@code I1..} by
 * their position in the question, {@code TRUE}/{@code FALSE}.
 *
 * @param right the values of the right response
 * @param wrong each response that differs from the right one by one mistake
 * @param maxScore the points the right response earns
 */
record QtiResponses(
    List<String> right, List<List<String>> wrong, double maxScore, List<Graded> graded) {

  /**
   * A response that earns a stated score and raises a stated feedback identifier (a short answer's
   * note answers).
   */
  record Graded(String typed, double score, String feedbackId) {}

  QtiResponses(List<String> right, List<List<String>> wrong, double maxScore) {
    this(right, wrong, maxScore, List.of());
  }

  static QtiResponses of(Question question) {
    return question.accept(new Maker());
  }

  private static String id(String prefix, List<Option> options, String optionId) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(optionId)) {
        return prefix + (i + 1);
      }
    }
    throw new IllegalArgumentException(optionId);
  }

  private static final class Maker implements Question.Cases<QtiResponses> {
    @Override
    public QtiResponses singleChoice(SingleChoice q) {
      List<List<String>> wrong = new ArrayList<>();
      for (Option option : q.options()) {
        if (!option.id().equals(q.correct())) {
          wrong.add(List.of(id("C", q.options(), option.id())));
        }
      }
      return new QtiResponses(List.of(id("C", q.options(), q.correct())), wrong, 1);
    }

    @Override
    public QtiResponses multipleResponse(MultipleResponse q) {
      List<String> right = q.correct().stream().map(c -> id("C", q.options(), c)).toList();
      List<List<String>> wrong = new ArrayList<>();
      for (Option option : q.options()) {
        String choice = id("C", q.options(), option.id());
        List<String> changed = new ArrayList<>(right);
        if (right.contains(choice)) {
          changed.remove(choice); // one right option left out
        } else {
          changed.add(choice); // one wrong option added
        }
        wrong.add(changed);
      }
      return new QtiResponses(right, wrong, right.size());
    }

    @Override
    public QtiResponses trueFalse(TrueFalse q) {
      return new QtiResponses(
          List.of(q.answer() ? "TRUE" : "FALSE"),
          List.of(List.of(q.answer() ? "FALSE" : "TRUE")),
          1);
    }

    @Override
    public QtiResponses matching(Matching q) {
      List<String> right = new ArrayList<>();
      for (Map.Entry<String, String> pair : q.key().entrySet()) {
        right.add(
            id("P", q.premises(), pair.getKey()) + " " + id("C", q.choices(), pair.getValue()));
      }
      // each premise matched to each other choice; a choice another premise holds is swapped
      // with it, because every choice may be used once
      List<List<String>> wrong = new ArrayList<>();
      for (int p = 0; p < right.size(); p++) {
        String[] mine = right.get(p).split(" ");
        for (int c = 1; c <= q.choices().size(); c++) {
          String choice = "C" + c;
          if (choice.equals(mine[1])) {
            continue;
          }
          List<String> changed = new ArrayList<>(right);
          changed.set(p, mine[0] + " " + choice);
          for (int other = 0; other < right.size(); other++) {
            String[] theirs = right.get(other).split(" ");
            if (other != p && theirs[1].equals(choice)) {
              changed.set(other, theirs[0] + " " + mine[1]);
            }
          }
          wrong.add(changed);
        }
      }
      return new QtiResponses(right, wrong, right.size());
    }

    @Override
    public QtiResponses ordering(Ordering q) {
      List<String> right = q.order().stream().map(i -> id("I", q.items(), i)).toList();
      List<List<String>> wrong = new ArrayList<>();
      for (int i = 0; i + 1 < right.size(); i++) {
        List<String> swapped = new ArrayList<>(right);
        Collections.swap(swapped, i, i + 1);
        wrong.add(swapped);
      }
      return new QtiResponses(right, wrong, right.size());
    }

    @Override
    public QtiResponses shortAnswer(ShortAnswer q) {
      // what a candidate can type: one line (docs/formats.md)
      List<String> typed =
          q.accepted().stream().map(a -> a.replaceAll("[\\t\\r\\n]+", " ")).toList();
      List<List<String>> wrong = new ArrayList<>();
      for (String rival : q.rivals()) {
        if (!rival.matches("(?s).*[\\t\\r\\n].*")
            && typed.stream().noneMatch(rival::equalsIgnoreCase)) {
          wrong.add(List.of(rival));
        }
      }
      wrong.add(List.of(typed.get(0) + " (not quite)"));
      List<Graded> graded = new ArrayList<>();
      for (int n = 0; n < q.notes().size(); n++) {
        TypedAnswerNote note = q.notes().get(n);
        for (String answer : note.answers()) {
          graded.add(
              new Graded(answer, note.credit(), note.feedback().isEmpty() ? "" : "NOTE" + (n + 1)));
          if (note.credit() < 1) {
            wrong.add(List.of(answer));
          }
        }
      }
      wrong.removeIf(
          w -> q.notes().stream().anyMatch(n -> n.credit() == 1 && n.answers().contains(w.get(0))));
      return new QtiResponses(List.of(typed.get(0)), wrong, 1, graded);
    }
  }
}

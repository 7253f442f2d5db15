package org.quizkit.worksheet;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
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

/**
 * The answer to one printed question in the words of the key, as plain text: the format writers
 * escape it. Letters and numbers refer to the order the options are printed in, so the key of a
 * shuffled version matches that version only.
 *
 * @param number the question's number on the sheet, from 1
 * @param grid the short form for the marking grid, such as {@code B}, {@code A,C} or {@code 1C 2A}
 * @param lines the answer spelled out, one line per part
 * @param notes the feedback written for particular options, prefixed with their letter, and the
 *     other accepted wordings of a short answer and its graded alternatives with their credit
 * @param overview the entry in the all-versions table: the grid's, or every accepted wording of a
 *     short answer
 */
record Answers(
    int number,
    Question question,
    String grid,
    List<String> lines,
    List<String> notes,
    String overview) {
  /** The most options a printed question can letter. */
  static final int MAX_OPTIONS = 26;

  Answers {
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
  }

  Answers(int number, Question question, String grid, List<String> lines, List<String> notes) {
    this(number, question, grid, lines, notes, grid);
  }

  /** The letter of the {@code index}-th printed option (0 gives A). */
  static String letter(int index) {
    checkArgument(index >= 0 && index < MAX_OPTIONS, "option index %s", index);
    return String.valueOf((char) ('A' + index));
  }

  static List<Answers> of(List<Question> questions) {
    List<Answers> all = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      all.add(of(i + 1, questions.get(i)));
    }
    return all;
  }

  static Answers of(int number, Question question) {
    return question.accept(
        new Question.Cases<Answers>() {
          @Override
          public Answers singleChoice(SingleChoice q) {
            int at = indexOf(q.options(), q.correct());
            return new Answers(
                number, q, letter(at), List.of(labelled(q.options(), at)), notes(q.options()));
          }

          @Override
          public Answers multipleResponse(MultipleResponse q) {
            List<String> letters = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
              if (q.correct().contains(q.options().get(i).id())) {
                letters.add(letter(i));
                lines.add(labelled(q.options(), i));
              }
            }
            return new Answers(number, q, String.join(",", letters), lines, notes(q.options()));
          }

          @Override
          public Answers trueFalse(TrueFalse q) {
            return new Answers(
                number,
                q,
                q.answer() ? "T" : "F",
                List.of(q.answer() ? "True" : "False"),
                List.of());
          }

          @Override
          public Answers matching(Matching q) {
            List<String> grid = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < q.premises().size(); i++) {
              Option premise = q.premises().get(i);
              int at = indexOf(q.choices(), q.key().get(premise.id()));
              grid.add((i + 1) + letter(at));
              lines.add((i + 1) + ". " + premise.text() + " \u2192 " + labelled(q.choices(), at));
            }
            List<String> notes = new ArrayList<>(numberedNotes(q.premises()));
            notes.addAll(notes(q.choices()));
            return new Answers(number, q, String.join(" ", grid), lines, notes);
          }

          @Override
          public Answers ordering(Ordering q) {
            List<String> grid = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int slot = 0; slot < q.order().size(); slot++) {
              int at = indexOf(q.items(), q.order().get(slot));
              grid.add(letter(at));
              lines.add((slot + 1) + ": " + labelled(q.items(), at));
            }
            return new Answers(number, q, String.join("-", grid), lines, notes(q.items()));
          }

          @Override
          public Answers shortAnswer(ShortAnswer q) {
            List<String> notes = new ArrayList<>();
            List<String> others =
                q.accepted().stream().filter(a -> !q.keyed().contains(a)).toList();
            if (!others.isEmpty()) {
              notes.add("Also accepted: " + String.join("; ", others));
            }
            for (TypedAnswerNote note : q.notes()) {
              notes.add(
                  credit(note.credit())
                      + ": "
                      + String.join("; ", note.answers())
                      + (note.feedback().isBlank() ? "" : " (" + note.feedback().strip() + ")"));
            }
            List<String> keyed = q.keyed();
            String line =
                keyed.size() == 1 ? keyed.get(0) : "Any one of: " + String.join("; ", keyed);
            return new Answers(
                number,
                q,
                String.join(" / ", keyed),
                List.of(line),
                notes,
                String.join(" / ", q.accepted()));
          }
        });
  }

  /** How a note's credit reads in the key: "Full credit", "No credit" or "Credit 50%". */
  private static String credit(double credit) {
    if (credit == 1.0) {
      return "Full credit";
    }
    if (credit == 0.0) {
      return "No credit";
    }
    return "Credit " + BigDecimal.valueOf(credit * 100).stripTrailingZeros().toPlainString() + "%";
  }

  private static int indexOf(List<Option> options, String id) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no option with id '" + id + "'");
  }

  private static String labelled(List<Option> options, int index) {
    return letter(index) + ". " + options.get(index).text();
  }

  private static List<String> notes(List<Option> options) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (!options.get(i).feedback().isBlank()) {
        notes.add(letter(i) + ": " + options.get(i).feedback());
      }
    }
    return notes;
  }

  private static List<String> numberedNotes(List<Option> premises) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < premises.size(); i++) {
      if (!premises.get(i).feedback().isBlank()) {
        notes.add((i + 1) + ": " + premises.get(i).feedback());
      }
    }
    return notes;
  }
}

package org.quizkit.worksheet.marking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;
import org.quizkit.worksheet.Points;
import org.quizkit.worksheet.Version;

/**
 * Marks a class's answers to the versions of one worksheet run, as a teacher types them from the
 * sheets: one row per student, {@code id,version,} then one cell per question in the sheet's own
 * notation ({@code B}, {@code A C}, {@code T}, {@code 1b 2a}, {@code c a b}, or the words written).
 * A first row whose first cell is {@code id} is a header and is skipped; missing cells at the end
 * of a row are blanks.
 *
 * <p>Every answer is scored by the engine ({@link QuizEngine#score}) and earns the question's
 * points times that score, so a class marked here gets the marks the terminal and the LMS exports
 * give. Item statistics follow Moodle's quiz statistics report: facility is the mean score;
 * discrimination is the corrected item-total correlation (Pearson's r between the score on the
 * question and the points on the rest of the sheet). Flags: {@code too easy} at a facility of
 * {@value #EASY} or more, {@code too hard} at {@value #HARD} or less, {@code check key} when the
 * discrimination is negative or, for a single-choice or true/false question, an unkeyed answer was
 * chosen more often than the key, {@code weak discrimination} from 0 to below {@value #WEAK}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClassMarking {
  /** Facility at or above which a question is flagged too easy. */
  public static final double EASY = 0.9;

  /** Facility at or below which a question is flagged too hard. */
  public static final double HARD = 0.2;

  /** Discrimination below which (and at or above 0) a question is flagged weak. */
  public static final double WEAK = 0.2;

  private ClassMarking() {}

  /**
   * Marks the answers.
   *
   * @param versions the versions of the run, as {@code Worksheets.versions} draws them
   * @param points what each question is worth, as on the sheets
   * @param source the answers file's name, for messages
   * @param csv the answers file's text
   * @throws MarkingException listing every cell and row that cannot be read, each at its line and
   *     column
   */
  public static MarkedClass mark(List<Version> versions, Points points, String source, String csv) {
    checkNotNull(versions, "versions");
    checkNotNull(points, "points");
    checkNotNull(source, "source");
    checkNotNull(csv, "csv");
    checkArgument(!versions.isEmpty(), "no versions to mark against");
    Map<String, Version> byLabel = new LinkedHashMap<>();
    versions.forEach(v -> byLabel.put(v.label(), v));
    String labels =
        versions.size() == 1
            ? versions.get(0).label()
            : versions.get(0).label() + " to " + versions.get(versions.size() - 1).label();
    List<Diagnostic> problems = new ArrayList<>();
    List<StudentResult> students = new ArrayList<>();
    List<List<Optional<Response>>> responses = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    LineIndex lines = new LineIndex(csv);
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      boolean first = true;
      for (CSVRecord record : parser) {
        long line = lines.lineOf(record.getCharacterPosition());
        if (first && record.size() > 0 && record.get(0).strip().equalsIgnoreCase("id")) {
          first = false;
          continue;
        }
        first = false;
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        String id = record.get(0).strip();
        if (id.isEmpty()) {
          problems.add(new Diagnostic(source, (int) line, 1, "the student id is empty"));
          continue;
        }
        Long earlier = seen.putIfAbsent(id, line);
        if (earlier != null) {
          problems.add(
              new Diagnostic(
                  source,
                  (int) line,
                  1,
                  "student '" + id + "' has a row already, on line " + earlier));
          continue;
        }
        String label =
            record.size() > 1 ? record.get(1).strip().toUpperCase(java.util.Locale.ROOT) : "";
        Version version = byLabel.get(label);
        if (version == null) {
          problems.add(
              new Diagnostic(
                  source,
                  (int) line,
                  2,
                  label.isEmpty()
                      ? "student '" + id + "' has no version (" + labels + ")"
                      : "'"
                          + record.get(1).strip()
                          + "' is not a version of this run ("
                          + labels
                          + ")"));
          continue;
        }
        List<Question> questions = version.questions();
        // Spreadsheets often write empty cells after the last answer: only a filled one is extra.
        int filled = record.size();
        while (filled > 2 && record.get(filled - 1).isBlank()) {
          filled--;
        }
        if (filled - 2 > questions.size()) {
          problems.add(
              new Diagnostic(
                  source,
                  (int) line,
                  questions.size() + 3,
                  "version "
                      + label
                      + " has "
                      + questions.size()
                      + " questions, but the row has "
                      + (filled - 2)
                      + " answers"));
          continue;
        }
        List<Optional<Response>> row = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        List<Double> earned = new ArrayList<>();
        boolean readable = true;
        for (int i = 0; i < questions.size(); i++) {
          String cell = i + 2 < record.size() ? record.get(i + 2) : "";
          Question question = questions.get(i);
          try {
            Optional<Response> response = Notation.read(question, i + 1, cell);
            double score = response.map(r -> QuizEngine.score(question, r).value()).orElse(0.0);
            row.add(response);
            fractions.add(score);
            earned.add(points.of(question) * score);
          } catch (Notation.Unreadable e) {
            problems.add(new Diagnostic(source, (int) line, i + 3, e.getMessage()));
            readable = false;
          }
        }
        if (readable) {
          double total = earned.stream().mapToDouble(Double::doubleValue).sum();
          students.add(
              new StudentResult(
                  id, label, line, fractions, earned, total, points.total(questions)));
          responses.add(row);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Diagnostic(source, 0, 0, "cannot read as CSV: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new MarkingException(problems);
    }
    if (students.isEmpty()) {
      throw new MarkingException(List.of(new Diagnostic(source, 0, 0, "no student rows")));
    }
    List<ItemStatistics> items = items(byLabel, students, responses);
    List<FactResult> facts = facts(byLabel, students);
    return new MarkedClass(versions, points, students, items, facts);
  }

  /** One marked answer: the student, the question's place and its score. */
  private record Mark(int student, int number, double fraction, double points) {}

  /** Every marked answer to each question, by question id, in order of first appearance. */
  private static Map<String, List<Mark>> marksById(
      Map<String, Version> versions, List<StudentResult> students) {
    Map<String, List<Mark>> byId = new LinkedHashMap<>();
    for (Version version : versions.values()) {
      version.questions().forEach(q -> byId.putIfAbsent(q.id(), new ArrayList<>()));
    }
    for (int s = 0; s < students.size(); s++) {
      StudentResult student = students.get(s);
      List<Question> questions = versions.get(student.version()).questions();
      for (int i = 0; i < questions.size(); i++) {
        byId.get(questions.get(i).id())
            .add(new Mark(s, i + 1, student.fractions().get(i), student.points().get(i)));
      }
    }
    return byId;
  }

  private static List<ItemStatistics> items(
      Map<String, Version> versions,
      List<StudentResult> students,
      List<List<Optional<Response>>> responses) {
    Map<String, Question> questions = new LinkedHashMap<>();
    Map<String, List<String>> places = new LinkedHashMap<>();
    for (Version version : versions.values()) {
      for (int i = 0; i < version.questions().size(); i++) {
        Question q = version.questions().get(i);
        questions.putIfAbsent(q.id(), q);
        places.computeIfAbsent(q.id(), k -> new ArrayList<>()).add(version.label() + (i + 1));
      }
    }
    List<ItemStatistics> items = new ArrayList<>();
    for (Map.Entry<String, List<Mark>> entry : marksById(versions, students).entrySet()) {
      Question question = questions.get(entry.getKey());
      List<Mark> marks = entry.getValue();
      double facility = marks.stream().mapToDouble(Mark::fraction).average().orElse(Double.NaN);
      double[] item = marks.stream().mapToDouble(Mark::fraction).toArray();
      double[] rest =
          marks.stream().mapToDouble(m -> students.get(m.student()).total() - m.points()).toArray();
      OptionalDouble discrimination = Statistics.pearson(item, rest);
      List<Optional<Response>> given = new ArrayList<>();
      marks.forEach(m -> given.add(responses.get(m.student()).get(m.number() - 1)));
      Choices choices = Choices.of(question, given);
      List<String> flags = new ArrayList<>();
      if (!marks.isEmpty()) {
        if (discrimination.isPresent() && discrimination.getAsDouble() < 0
            || choices.rivalBeatsKey()) {
          flags.add("check key");
        }
        if (facility >= EASY) {
          flags.add("too easy");
        } else if (facility <= HARD) {
          flags.add("too hard");
        }
        if (discrimination.isPresent()
            && discrimination.getAsDouble() >= 0
            && discrimination.getAsDouble() < WEAK) {
          flags.add("weak discrimination");
        }
      }
      items.add(
          new ItemStatistics(
              question.id(),
              question.kind().id(),
              String.join(" ", places.get(question.id())),
              marks.size(),
              facility,
              discrimination,
              choices.counts(),
              flags));
    }
    return items;
  }

  private static List<FactResult> facts(
      Map<String, Version> versions, List<StudentResult> students) {
    Map<String, Question> questions = new HashMap<>();
    versions.values().forEach(v -> v.questions().forEach(q -> questions.putIfAbsent(q.id(), q)));
    Map<String, Set<String>> questionsOf = new TreeMap<>();
    Map<String, List<Double>> scores = new TreeMap<>();
    for (Map.Entry<String, List<Mark>> entry : marksById(versions, students).entrySet()) {
      Question question = questions.get(entry.getKey());
      // The dataset's facts the question rests on, as a teacher reteaches them; what the
      // assembly keeps apart (tests: also the answer named, the words said) is not for this table.
      List<String> facts =
          question.info().basis().isEmpty() ? question.info().tests() : question.info().basis();
      for (String fact : facts) {
        questionsOf.computeIfAbsent(fact, k -> new java.util.TreeSet<>()).add(question.id());
        List<Double> list = scores.computeIfAbsent(fact, k -> new ArrayList<>());
        entry.getValue().forEach(m -> list.add(m.fraction()));
      }
    }
    return questionsOf.keySet().stream()
        .map(
            fact -> {
              List<Double> list = scores.get(fact);
              double mean =
                  list.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
              return new FactResult(fact, questionsOf.get(fact).size(), list.size(), mean);
            })
        .sorted(
            java.util.Comparator.comparingDouble(FactResult::facility)
                .thenComparing(FactResult::fact))
        .collect(Collectors.toList());
  }
}

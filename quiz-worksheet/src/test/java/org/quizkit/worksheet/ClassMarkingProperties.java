package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;
import org.quizkit.worksheet.WorksheetSpec.Variants;
import org.quizkit.worksheet.marking.ClassMarking;
import org.quizkit.worksheet.marking.MarkedClass;
import org.quizkit.worksheet.marking.StudentResult;

/**
 * A class's answers typed in the sheet's notation are marked exactly as the engine scores the same
 * responses: for random answers of every kind (blanks, wrong and extra ticks, partial matchings and
 * orders, typed words with slips), each student's points per question are the question's points
 * times {@link QuizEngine#score}, and the total is their sum.
 */
class ClassMarkingProperties {
  private static final List<Question> BANK = Banks.mixed(30);

  @Test
  void marksEveryAnswerAsTheEngineScoresIt() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              WorksheetSpec spec =
                  WorksheetSpec.defaults("P")
                      .withCount(4 + random.nextInt(10))
                      .withVersions(1 + random.nextInt(4))
                      .withVariants(random.nextBoolean() ? Variants.SHUFFLE : Variants.RESAMPLE)
                      .withSeed(seed)
                      .withPoints(
                          Points.parse(
                              "multiple-response="
                                  + (1 + random.nextInt(3))
                                  + ",matching="
                                  + (1 + random.nextInt(4))
                                  + ",short-answer="
                                  + (1 + random.nextInt(2))));
              List<Version> versions = Worksheets.versions(BANK, spec);
              int students = 1 + random.nextInt(12);
              List<List<String>> rows = new ArrayList<>();
              List<List<Double>> expected = new ArrayList<>();
              for (int s = 0; s < students; s++) {
                Version version = versions.get(random.nextInt(versions.size()));
                List<String> row = new ArrayList<>(List.of("s" + s, version.label()));
                List<Double> points = new ArrayList<>();
                for (Question question : version.questions()) {
                  Answer answer = question.accept(new RandomAnswer(random));
                  row.add(answer.cell());
                  double score =
                      answer.response() == null
                          ? 0.0
                          : QuizEngine.score(question, answer.response()).value();
                  points.add(spec.points().of(question) * score);
                }
                rows.add(row);
                expected.add(points);
              }
              MarkedClass marked =
                  ClassMarking.mark(versions, spec.points(), "answers.csv", csv(rows));
              assertEquals(students, marked.students().size());
              for (int s = 0; s < students; s++) {
                StudentResult result = marked.students().get(s);
                assertEquals(expected.get(s), result.points(), "student " + s + ": " + rows.get(s));
                assertEquals(
                    expected.get(s).stream().mapToDouble(Double::doubleValue).sum(),
                    result.total(),
                    1e-9);
              }
            });
  }

  private static String csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder("id,version\n");
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A cell as a teacher types it, and the response it stands for (null for a blank). */
  private record Answer(String cell, Response response) {}

  /** Random answers in the sheet's notation, written in the several ways a teacher may. */
  private static final class RandomAnswer implements Question.Cases<Answer> {
    private final Random random;

    RandomAnswer(Random random) {
      this.random = random;
    }

    private static String letter(int index) {
      return String.valueOf((char) ('A' + index));
    }

    private String cased(String text) {
      return random.nextBoolean() ? text.toLowerCase(Locale.ROOT) : text;
    }

    private Answer ticks(List<Option> options, int most) {
      if (random.nextInt(8) == 0) {
        return new Answer(random.nextBoolean() ? "" : "  ", null);
      }
      Set<Integer> chosen = new LinkedHashSet<>();
      int count = random.nextInt(most + 1);
      for (int i = 0; i < count; i++) {
        chosen.add(random.nextInt(options.size()));
      }
      if (chosen.isEmpty()) {
        return new Answer("", null);
      }
      List<String> letters = chosen.stream().map(RandomAnswer::letter).map(this::cased).toList();
      Set<String> ids = new LinkedHashSet<>();
      chosen.forEach(i -> ids.add(options.get(i).id()));
      String separator = List.of(" ", ",", ", ", "").get(random.nextInt(4));
      return new Answer(String.join(separator, letters), new Response.Choice(ids));
    }

    @Override
    public Answer singleChoice(SingleChoice q) {
      return ticks(q.options(), random.nextInt(5) == 0 ? 2 : 1);
    }

    @Override
    public Answer multipleResponse(MultipleResponse q) {
      return ticks(q.options(), q.options().size());
    }

    @Override
    public Answer trueFalse(TrueFalse q) {
      return switch (random.nextInt(5)) {
        case 0 -> new Answer("", null);
        case 1 -> new Answer("True", new Response.Judgement(true));
        case 2 -> new Answer(cased("F"), new Response.Judgement(false));
        case 3 -> new Answer("false", new Response.Judgement(false));
        default -> new Answer(cased("T"), new Response.Judgement(true));
      };
    }

    @Override
    public Answer matching(Matching q) {
      Map<String, String> pairs = new LinkedHashMap<>();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < q.premises().size(); i++) {
        if (random.nextInt(4) == 0) {
          continue;
        }
        int choice = random.nextInt(q.choices().size());
        pairs.put(q.premises().get(i).id(), q.choices().get(choice).id());
        parts.add((i + 1) + cased(letter(choice)));
      }
      if (parts.isEmpty()) {
        return new Answer("", null);
      }
      java.util.Collections.shuffle(parts, random);
      return new Answer(String.join(" ", parts), new Response.Pairs(pairs));
    }

    @Override
    public Answer ordering(Ordering q) {
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < q.items().size(); i++) {
        indices.add(i);
      }
      java.util.Collections.shuffle(indices, random);
      List<Integer> taken = indices.subList(0, random.nextInt(q.items().size() + 1));
      if (taken.isEmpty()) {
        return new Answer("", null);
      }
      List<String> letters = taken.stream().map(RandomAnswer::letter).map(this::cased).toList();
      List<String> ids = taken.stream().map(i -> q.items().get(i).id()).toList();
      String separator = List.of(" ", "-", ", ").get(random.nextInt(3));
      return new Answer(String.join(separator, letters), new Response.Sequence(ids));
    }

    @Override
    public Answer shortAnswer(ShortAnswer q) {
      List<String> known = new ArrayList<>(q.accepted());
      known.addAll(q.rivals());
      String text = known.get(random.nextInt(known.size()));
      text =
          switch (random.nextInt(5)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.length() > 3 ? text.substring(0, text.length() - 1) : text;
            case 2 -> "the " + text + ", \"really\"";
            case 3 -> text + " and " + known.get(random.nextInt(known.size()));
            default -> text;
          };
      if (random.nextInt(8) == 0) {
        return new Answer("", null);
      }
      return new Answer(text, new Response.Text(text.strip()));
    }
  }
}

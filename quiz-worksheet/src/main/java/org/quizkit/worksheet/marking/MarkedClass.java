package org.quizkit.worksheet.marking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quizkit.worksheet.Points;
import org.quizkit.worksheet.Version;

/**
 * A marked class: each student's marks, statistics per question and results per fact, with the
 * files and the table {@code quiz mark} writes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param versions the versions marked against
 * @param points what each question is worth
 * @param students in the order of the answers file
 * @param items per question, in the order questions first appear on the versions
 * @param facts per fact, the weakest first (what to reteach)
 */
public record MarkedClass(
    List<Version> versions,
    Points points,
    List<StudentResult> students,
    List<ItemStatistics> items,
    List<FactResult> facts) {
  /** Copies the lists. */
  public MarkedClass {
    versions = List.copyOf(versions);
    students = List.copyOf(students);
    items = List.copyOf(items);
    facts = List.copyOf(facts);
  }

  /** The most questions on any version: the columns of the scores file. */
  private int columns() {
    return versions.stream().mapToInt(v -> v.questions().size()).max().orElse(0);
  }

  /**
   * {@code id,version,q1,...,qN,total,out_of}: the points each student earned per question number
   * of their version, to four decimals.
   */
  public String scoresCsv() {
    List<String> header = new ArrayList<>(List.of("id", "version"));
    for (int i = 1; i <= columns(); i++) {
      header.add("q" + i);
    }
    header.addAll(List.of("total", "out_of"));
    List<List<String>> rows = new ArrayList<>();
    for (StudentResult s : students) {
      List<String> row = new ArrayList<>(List.of(s.id(), s.version()));
      for (int i = 0; i < columns(); i++) {
        row.add(i < s.points().size() ? number(s.points().get(i), 4) : "");
      }
      row.add(number(s.total(), 4));
      row.add(String.valueOf(s.outOf()));
      rows.add(row);
    }
    return csv(header, rows);
  }

  /**
   * {@code question,kind,places,answered,facility,discrimination,choices,flags}, one row per
   * question; choices as {@code text=count} joined by {@code ; }.
   */
  public String itemsCsv() {
    List<List<String>> rows = new ArrayList<>();
    for (ItemStatistics item : items) {
      rows.add(
          List.of(
              item.questionId(),
              item.kind(),
              item.places(),
              String.valueOf(item.answered()),
              number(item.facility(), 4),
              optional(item.discrimination(), 4),
              choices(item.choices()),
              String.join("; ", item.flags())));
    }
    return csv(
        List.of(
            "question",
            "kind",
            "places",
            "answered",
            "facility",
            "discrimination",
            "choices",
            "flags"),
        rows);
  }

  /** {@code fact,questions,responses,facility}, the weakest fact first. */
  public String factsCsv() {
    List<List<String>> rows = new ArrayList<>();
    for (FactResult fact : facts) {
      rows.add(
          List.of(
              fact.fact(),
              String.valueOf(fact.questions()),
              String.valueOf(fact.responses()),
              number(fact.facility(), 4)));
    }
    return csv(List.of("fact", "questions", "responses", "facility"), rows);
  }

  /** The three parts as aligned plain-text tables for a terminal. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("Scores\n");
    List<List<String>> scores = new ArrayList<>();
    scores.add(List.of("id", "version", "total", "out of", "per question"));
    for (StudentResult s : students) {
      scores.add(
          List.of(
              s.id(),
              s.version(),
              number(s.total(), 2),
              String.valueOf(s.outOf()),
              s.points().stream().map(p -> number(p, 2)).collect(Collectors.joining(" "))));
    }
    aligned(out, scores);
    out.append("\nQuestions\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("question", "places", "n", "facility", "discr.", "flags"));
    for (ItemStatistics item : items) {
      rows.add(
          List.of(
              item.questionId(),
              item.places(),
              String.valueOf(item.answered()),
              number(item.facility(), 2),
              optional(item.discrimination(), 2),
              String.join(", ", item.flags())));
    }
    aligned(out, rows);
    out.append("\nFacts, weakest first\n");
    List<List<String>> facts = new ArrayList<>();
    facts.add(List.of("fact", "questions", "answers", "facility"));
    for (FactResult fact : this.facts) {
      facts.add(
          List.of(
              fact.fact(),
              String.valueOf(fact.questions()),
              String.valueOf(fact.responses()),
              number(fact.facility(), 2)));
    }
    aligned(out, facts);
    return out.toString();
  }

  private static void aligned(StringBuilder out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < columns; c++) {
        line.append(row.get(c));
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - row.get(c).length() + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String choices(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String optional(OptionalDouble value, int places) {
    return value.isPresent() ? number(value.getAsDouble(), places) : "";
  }

  /** A number rounded half up to {@code places} decimals, without trailing zeros. */
  static String number(double value, int places) {
    if (Double.isNaN(value)) {
      return "";
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  private static String csv(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

package org.quizkit.worksheet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;

/**
 * What each question is worth on a sheet, by kind: 1 point unless the teacher gives a kind another
 * weight. A question earns its points times the engine's score in [0, 1], so a multiple-response
 * question worth 2 with one of two keyed boxes ticked and nothing else earns 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights the kinds whose weight is not 1, each from 1 to {@value #MAX}
 */
public record Points(Map<Kind, Integer> weights) {
  /** The most points one question may be worth. */
  public static final int MAX = 100;

  private static final Points ONE_EACH = new Points(Map.of());

  /** Validates the weights and keeps only those other than 1, sorted by kind. */
  public Points {
    checkNotNull(weights, "weights");
    Map<Kind, Integer> kept = new EnumMap<>(Kind.class);
    weights.forEach(
        (kind, weight) -> {
          checkNotNull(kind, "kind");
          checkArgument(
              weight != null && weight >= 1 && weight <= MAX,
              "points for %s is %s, must be from 1 to %s",
              kind.id(),
              weight,
              MAX);
          if (weight != 1) {
            kept.put(kind, weight);
          }
        });
    weights = ImmutableSortedMap.copyOf(kept);
  }

  /** One point for every question, whatever its kind. */
  public static Points oneEach() {
    return ONE_EACH;
  }

  /**
   * Reads weights as written on the command line, {@code multiple-response=2,matching=3}: kinds by
   * their id, each at most once; kinds not named are worth 1.
   *
   * @throws WorksheetException naming the part at fault and what was expected, located in {@code
   *     text} as {@code points:1:COLUMN} (the column where the part at fault starts, from 1)
   */
  public static Points parse(String text) {
    checkNotNull(text, "text");
    Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
    int start = 0;
    for (String part : text.split(",", -1)) {
      int column = start + leading(part) + 1;
      start += part.length() + 1;
      String entry = part.strip();
      int equals = entry.indexOf('=');
      if (equals < 0) {
        throw bad(column, "'" + entry + "' is not KIND=POINTS (for example multiple-response=2)");
      }
      Kind kind;
      try {
        kind = Kind.fromId(entry.substring(0, equals));
      } catch (IllegalArgumentException unknown) {
        throw bad(column, unknown.getMessage());
      }
      String number = entry.substring(equals + 1).strip();
      int weight;
      try {
        weight = Integer.parseInt(number);
      } catch (NumberFormatException e) {
        throw bad(column, "points for " + kind.id() + " is '" + number + "', not a whole number");
      }
      if (weight < 1 || weight > MAX) {
        throw bad(
            column, "points for " + kind.id() + " is " + weight + ", must be from 1 to " + MAX);
      }
      if (weights.put(kind, weight) != null) {
        throw bad(column, "points for " + kind.id() + " given twice");
      }
    }
    return new Points(weights);
  }

  private static int leading(String part) {
    return part.length() - part.stripLeading().length();
  }

  private static WorksheetException bad(int column, String message) {
    return new WorksheetException(List.of(new Diagnostic("points", 1, column, message)));
  }

  /** What a question of this kind is worth. */
  public int of(Kind kind) {
    return weights.getOrDefault(kind, 1);
  }

  /** What this question is worth. */
  public int of(Question question) {
    return of(question.kind());
  }

  /** What these questions are worth together. */
  public int total(List<Question> questions) {
    return questions.stream().mapToInt(this::of).sum();
  }

  /** The weights as the command line takes them, {@code multiple-response=2, matching=3}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    weights.forEach((kind, weight) -> parts.add(kind.id() + "=" + weight));
    return String.join(", ", parts);
  }

  /** "1 point", "3 points". */
  static String words(double points) {
    String number =
        points == Math.rint(points)
            ? String.valueOf((long) points)
            : java.math.BigDecimal.valueOf(points)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    return number + (points == 1 ? " point" : " points");
  }
}

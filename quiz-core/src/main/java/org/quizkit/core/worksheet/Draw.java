package org.quizkit.core.worksheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.seed.Seeds;
import org.quizkit.core.worksheet.WorksheetSpec.Variants;

/**
 * Draws the versions of a worksheet from a bank. Every random choice comes from a stream derived
 * from the spec's seed and the purpose (drawing or ordering) and the version's index, so adding a
 * version never changes the earlier ones.
 */
final class Draw {
  private static final long DRAWING = 0;
  private static final long ORDERING = 1;
  private static final String MODULE_TAG = "module:";
  /** How often to reshuffle a version whose question order an earlier version already has. */
  private static final int REORDERS = 20;

  private Draw() {}

  static List<Version> versions(List<Question> bank, WorksheetSpec spec) {
    List<Question> pool = pool(bank, spec);
    List<Question> first =
        Seeds.shuffled(pool, randomFor(spec.seed(), DRAWING, 0)).subList(0, spec.count());
    List<List<Question>> drawn = new ArrayList<>();
    drawn.add(first);
    if (spec.variants() == Variants.RESAMPLE) {
      Map<Cell, Long> blueprint = blueprint(first);
      Set<String> used = new HashSet<>(ids(first));
      for (int v = 1; v < spec.versions(); v++) {
        List<Question> next = resample(pool, blueprint, used, randomFor(spec.seed(), DRAWING, v));
        used.addAll(ids(next));
        drawn.add(next);
      }
    } else {
      for (int v = 1; v < spec.versions(); v++) {
        drawn.add(first);
      }
    }
    List<Version> versions = new ArrayList<>();
    Set<List<String>> orders = new HashSet<>();
    for (int v = 0; v < drawn.size(); v++) {
      RandomGenerator random = randomFor(spec.seed(), ORDERING, v);
      List<Question> ordered = Seeds.shuffled(drawn.get(v), random);
      // Two versions in the same order would let neighbours copy: draw again while there is room.
      for (int again = 0; again < REORDERS && !orders.add(ids(ordered)); again++) {
        ordered = Seeds.shuffled(drawn.get(v), random);
      }
      versions.add(
          new Version(Version.label(v), ordered.stream().map(q -> q.shuffled(random)).toList()));
    }
    return List.copyOf(versions);
  }

  /** The questions the filters let through, in bank order; throws when the bank cannot serve. */
  private static List<Question> pool(List<Question> bank, WorksheetSpec spec) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (Question question : bank) {
      if (!seen.add(question.id())) {
        repeated.add(question.id());
      }
    }
    for (String id : repeated) {
      problems.add("the bank has more than one question with id '" + id + "'");
    }
    List<Question> pool = bank.stream().filter(spec::matches).toList();
    if (pool.size() < spec.count()) {
      problems.add(
          "worksheet count is "
              + spec.count()
              + " but the bank has only "
              + pool.size()
              + " questions"
              + filters(spec)
              + " (bank size "
              + bank.size()
              + ")");
    }
    if (!problems.isEmpty()) {
      throw new WorksheetException(problems);
    }
    return pool;
  }

  private static String filters(WorksheetSpec spec) {
    List<String> parts = new ArrayList<>();
    if (!spec.kinds().isEmpty()) {
      parts.add("kinds " + spec.kinds().stream().map(Kind::id).collect(Collectors.joining(",")));
    }
    if (!spec.tags().isEmpty()) {
      parts.add("tags " + String.join(",", spec.tags()));
    }
    return parts.isEmpty() ? "" : " matching " + String.join(" and ", parts);
  }

  /** How many questions of version A fall in each cell, in the order the cells first appear. */
  static Map<Cell, Long> blueprint(List<Question> questions) {
    Map<Cell, Long> counts = new LinkedHashMap<>();
    for (Question question : questions) {
      counts.merge(Cell.of(question), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Fills every cell of the blueprint, first with questions no earlier version used, then, when a
   * cell runs short, with used ones. Version A's questions are in the pool, so every cell can be
   * filled.
   */
  private static List<Question> resample(
      List<Question> pool, Map<Cell, Long> blueprint, Set<String> used, RandomGenerator random) {
    List<Question> chosen = new ArrayList<>();
    for (Map.Entry<Cell, Long> cell : blueprint.entrySet()) {
      List<Question> candidates =
          pool.stream().filter(q -> Cell.of(q).equals(cell.getKey())).toList();
      List<Question> fresh =
          Seeds.shuffled(candidates.stream().filter(q -> !used.contains(q.id())).toList(), random);
      List<Question> again =
          Seeds.shuffled(candidates.stream().filter(q -> used.contains(q.id())).toList(), random);
      Stream.concat(fresh.stream(), again.stream()).limit(cell.getValue()).forEach(chosen::add);
    }
    return chosen;
  }

  private static List<String> ids(List<Question> questions) {
    return questions.stream().map(Question::id).toList();
  }

  private static RandomGenerator randomFor(long seed, long purpose, int version) {
    return Seeds.random(Seeds.derive(Seeds.derive(seed, purpose), version));
  }

  /** A blueprint cell: the template that made a question and the modules it belongs to. */
  record Cell(String template, String modules) {
    static Cell of(Question question) {
      String modules =
          question.info().tags().stream()
              .filter(tag -> tag.startsWith(MODULE_TAG))
              .sorted()
              .distinct()
              .collect(Collectors.joining(","));
      return new Cell(question.info().template(), modules);
    }
  }
}

package org.quizkit.worksheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizAssembler;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.assembly.Variation;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.worksheet.WorksheetSpec.Variants;

/**
 * Draws the versions of a worksheet from a bank: the versions of one draw (see {@code
 * QuizAssembler.versions}) for the spec's count, kinds, tags and seed, so version A is the quiz
 * {@code quiz bank --count} and {@code quiz export --count} give for the same options and seed, and
 * version B onwards the same as {@code quiz export --versions}. Adding a version never changes the
 * earlier ones.
 */
final class Draw {

  private Draw() {}

  static List<Version> versions(List<Question> bank, WorksheetSpec spec) {
    pool(bank, spec);
    QuizSpec quiz = new QuizSpec(spec.count(), spec.kinds(), spec.tags(), spec.seed());
    Variation variation =
        spec.variants() == Variants.RESAMPLE ? Variation.RESAMPLE : Variation.SHUFFLE;
    List<Quiz> drawn = QuizAssembler.versions(bank, quiz, spec.versions(), variation);
    if (drawn.get(0).size() == 0) {
      throw WorksheetException.of(
          "worksheet",
          "no question"
              + filters(spec)
              + " can go on a sheet under the assembly rules (a matching needs a spare"
              + " choice; see docs/assembly.md)");
    }
    List<Version> versions = new ArrayList<>();
    for (int v = 0; v < drawn.size(); v++) {
      versions.add(new Version(Version.label(v), drawn.get(v).questions()));
    }
    return List.copyOf(versions);
  }

  /** The questions the filters let through, in bank order; throws when the bank cannot serve. */
  private static List<Question> pool(List<Question> bank, WorksheetSpec spec) {
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (Question question : bank) {
      if (!seen.add(question.id())) {
        repeated.add(question.id());
      }
    }
    for (String id : repeated) {
      problems.add(
          WorksheetException.problem("bank", "more than one question has the id '" + id + "'"));
    }
    List<Question> pool = bank.stream().filter(spec::matches).toList();
    if (pool.size() < spec.count()) {
      problems.add(
          WorksheetException.problem(
              "worksheet",
              "count is "
                  + spec.count()
                  + " but the bank has only "
                  + pool.size()
                  + " questions"
                  + filters(spec)
                  + " (bank size "
                  + bank.size()
                  + ")"));
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
}

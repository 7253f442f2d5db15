package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Statement;
import org.quizkit.core.question.Option;
import org.quizkit.core.seed.Seeds;

/**
 * What the statement templates share: a cancer's true and false statements, and how they read as
 * options. A false statement's option feedback is its {@code why}, the fact that makes it false.
 */
final class CancerStatements {
  private CancerStatements() {}

  /** The cancers with at least one true and {@code falses} false statements, dataset order. */
  static List<String> cancers(Facts facts, int falses) {
    Set<String> out = new LinkedHashSet<>();
    for (Statement s : facts.dataset().statements()) {
      if (of(facts, s.cancer(), true).size() >= 1
          && of(facts, s.cancer(), false).size() >= falses) {
        out.add(s.cancer());
      }
    }
    return List.copyOf(out);
  }

  /** The cancer's statements of one truth, in dataset order. */
  static List<Statement> of(Facts facts, String cancer, boolean truth) {
    return facts.dataset().statements().stream()
        .filter(s -> s.cancer().equals(cancer) && s.truth() == truth)
        .toList();
  }

  /**
   * Every statement id of the cancer, then the spread facts its true statements state, dataset
   * order: a basis that does not change with the seed, and that counts the facts as asked.
   */
  static List<String> pool(Facts facts, String cancer) {
    List<Statement> statements =
        facts.dataset().statements().stream().filter(s -> s.cancer().equals(cancer)).toList();
    Set<String> out = new LinkedHashSet<>();
    statements.forEach(s -> out.add(s.id()));
    statements.forEach(s -> out.addAll(s.facts()));
    return List.copyOf(out);
  }

  static Option option(Statement s) {
    return new Option(
        s.id(),
        Explain.sentence(s.text()),
        s.id(),
        s.truth() ? "" : "Not so. " + Explain.sentence(s.why()));
  }

  /** {@code n} of the statements drawn from the seed, in dataset order. */
  static List<Statement> draw(List<Statement> from, int n, RandomGenerator random) {
    List<Statement> drawn = new ArrayList<>(Seeds.shuffled(from, random).subList(0, n));
    drawn.sort(Comparator.comparingInt(from::indexOf));
    return drawn;
  }

  static List<String> tags(String cancer) {
    return List.of("cancer:" + cancer);
  }

  static String section(Facts facts, List<Statement> statements) {
    return facts.commonSectionTitle(statements.stream().map(Statement::section).toList());
  }
}

package org.quizkit.core.assembly;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.core.question.Question;
import org.quizkit.core.seed.Seeds;

/**
 * Assembles a quiz from a bank, deterministically from the spec's seed. Callers outside the
 * engine use {@code QuizEngine.assemble}.
 *
 * <ol>
 *   <li>keep the questions the spec {@linkplain QuizSpec#matches matches}, in bank order;
 *   <li>put them in an order drawn from the seed;
 *   <li>pick {@code count} of them round robin over templates and subjects ({@link Spread}), so a
 *       ten-question quiz covers as many templates and subjects as the bank allows;
 *   <li>draw the order of the picked questions from the seed;
 *   <li>shuffle the options of the question at position {@code i} with its own seed, {@code
 *       Seeds.derive(seed, i)}, so that the key is not always in the same place.
 * </ol>
 *
 * <p>Only {@link Seeds} draws numbers and only lists are iterated, so the same bank, spec and seed
 * give an equal quiz, option order included, on any JVM. Stateless, so thread-safe.
 */
public final class QuizAssembler {
  private QuizAssembler() {}

  /**
   * The quiz {@code spec} asks for, with a {@linkplain Quiz#shortfall() shortfall} when fewer
   * questions match than it wants.
   *
   * @throws IllegalArgumentException when two questions in the bank share an id (every repeated
   *     id is named)
   */
  public static Quiz assemble(List<Question> bank, QuizSpec spec) {
    checkNotNull(bank, "bank");
    checkNotNull(spec, "spec");
    checkDistinct(bank);
    List<Question> eligible = bank.stream().filter(spec::matches).toList();
    RandomGenerator random = Seeds.random(spec.seed());
    List<Question> pool = Seeds.shuffled(eligible, random);
    List<Question> picked = Spread.pick(pool, Math.min(spec.count(), pool.size()));
    List<Question> ordered = Seeds.shuffled(picked, random);
    List<Question> questions = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      questions.add(ordered.get(i).shuffled(Seeds.random(Seeds.derive(spec.seed(), i))));
    }
    return new Quiz(spec, questions, spec.count() - questions.size());
  }

  private static void checkDistinct(List<Question> bank) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (Question question : bank) {
      checkNotNull(question, "null question in bank");
      if (!seen.add(question.id())) {
        repeated.add(question.id());
      }
    }
    checkArgument(repeated.isEmpty(), "bank repeats question ids %s", repeated);
  }
}

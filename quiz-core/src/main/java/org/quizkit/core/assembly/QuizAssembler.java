package org.quizkit.core.assembly;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
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
 * <p>Steps 1 to 4 look only at each question's {@link Candidate}, so a bank can be given as
 * candidates and only the picked questions made. Both entry points run the same steps: a bank of
 * questions gives the same quiz as its candidates with a function returning those questions.
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
    List<Candidate> candidates = new ArrayList<>(bank.size());
    for (Question question : bank) {
      checkNotNull(question, "null question in bank");
      candidates.add(Candidate.of(question));
    }
    checkDistinct(candidates);
    // Ids are distinct, so the map is a lookup; it is never iterated.
    Map<String, Question> byId = new HashMap<>();
    bank.forEach(question -> byId.put(question.id(), question));
    return draw(candidates, spec, candidate -> byId.get(candidate.id()));
  }

  /**
   * The quiz {@code spec} asks for from a bank given as candidates: the same quiz as {@link
   * #assemble(List, QuizSpec)} on the questions {@code make} returns for them, but {@code make} is
   * called only for the candidates the quiz draws, once each.
   *
   * @param make the question for a candidate; it must have the candidate's id, kind, template,
   *     subject and tags
   * @throws IllegalArgumentException when two candidates share an id (every repeated id is named),
   *     or when {@code make} returns a question that does not fit its candidate
   */
  public static Quiz assemble(
      List<Candidate> candidates, QuizSpec spec, Function<Candidate, Question> make) {
    checkNotNull(candidates, "candidates");
    checkNotNull(spec, "spec");
    checkNotNull(make, "make");
    candidates.forEach(candidate -> checkNotNull(candidate, "null candidate in bank"));
    checkDistinct(candidates);
    return draw(candidates, spec, make);
  }

  private static Quiz draw(
      List<Candidate> candidates, QuizSpec spec, Function<Candidate, Question> make) {
    List<Candidate> eligible = candidates.stream().filter(spec::matches).toList();
    RandomGenerator random = Seeds.random(spec.seed());
    List<Candidate> pool = Seeds.shuffled(eligible, random);
    List<Candidate> picked = Spread.pick(pool, Math.min(spec.count(), pool.size()));
    List<Candidate> ordered = Seeds.shuffled(picked, random);
    List<Question> questions = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      Question question = made(ordered.get(i), make);
      questions.add(question.shuffled(Seeds.random(Seeds.derive(spec.seed(), i))));
    }
    return new Quiz(spec, questions, spec.count() - questions.size());
  }

  /** The question for a candidate; one that differs from it was picked on false grounds. */
  private static Question made(Candidate candidate, Function<Candidate, Question> make) {
    Question question = make.apply(candidate);
    checkNotNull(question, "no question made for '%s'", candidate.id());
    checkArgument(
        fits(candidate, question),
        "question made for candidate %s does not fit it: %s",
        candidate,
        Candidate.of(question));
    return question;
  }

  /**
   * Field by field rather than {@code Candidate.of(question).equals(candidate)}: a record's equals
   * is linked on first call, which costs a few milliseconds of a command's start-up.
   */
  private static boolean fits(Candidate candidate, Question question) {
    QuestionInfo info = question.info();
    return candidate.id().equals(question.id())
        && candidate.kind() == question.kind()
        && candidate.template().equals(info.template())
        && candidate.subject().equals(info.subject())
        && candidate.tags().equals(info.tags());
  }

  private static void checkDistinct(List<Candidate> bank) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (Candidate candidate : bank) {
      if (!seen.add(candidate.id())) {
        repeated.add(candidate.id());
      }
    }
    checkArgument(repeated.isEmpty(), "bank repeats question ids %s", repeated);
  }
}

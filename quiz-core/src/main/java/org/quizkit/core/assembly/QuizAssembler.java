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
 * Assembles a quiz from a bank, deterministically from the spec's seed. Callers outside the engine
 * use {@code QuizEngine.assemble}.
 *
 * <ol>
 *   <li>keep the questions the spec {@linkplain QuizSpec#matches matches}, in bank order;
 *   <li>put them in an order drawn from the seed;
 *   <li>pick {@code count} of them round robin over templates and subjects ({@link Spread}), each
 *       pick offered to the {@link Blueprint}, which refuses a question that is an enemy of one
 *       already taken (one's tested or revealed facts meet the other's tested facts), that would
 *       take its template above a fifth of a quiz of 10 or more, that would let the true and false
 *       keys differ by more than 2, or a matching with no spare choice; a refused candidate takes
 *       its template's turn. When the refusals leave a shortfall, three other seeded orders are
 *       tried and the largest quiz kept, and the pick is made again for a smaller quiz while a
 *       template would be above its share of it;
 *   <li>draw the order of the picked questions from the seed;
 *   <li>arrange the options of the question at position {@code i} ({@link Arrange}) with its own
 *       seed, {@code Seeds.derive(seed, i)}: single-choice keys spread evenly over the letters, no
 *       ordering in its right order, no matching in key order.
 * </ol>
 *
 * <p>docs/assembly.md says what these rules guarantee a teacher.
 *
 * <p>Steps 1 and 2 look only at each question's {@link Candidate}; step 3 makes a candidate's
 * question only when the spread reaches it (its tested facts and key can depend on the seed, so
 * they are checked on the question made, exactly, not guessed from the candidate). A bank can so be
 * given as candidates and only the questions the draw looks at made: the picked ones and those
 * refused. Both entry points run the same steps: a bank of questions gives the same quiz as its
 * candidates with a function returning those questions.
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
   * @throws IllegalArgumentException when two questions in the bank share an id (every repeated id
   *     is named)
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
   * called only for the candidates the draw looks at (those it takes and those the rules refuse),
   * at most once each.
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

  private static final long ORDERING = 1;

  /** How many other orders to try when the first pick falls short, and their streams. */
  private static final int RETRIES = 3;

  private static final long RETRY_STREAM = 1L << 32;

  /** How often to reorder a version whose question order an earlier version already has. */
  private static final int REORDERS = 20;

  /**
   * The versions of one draw from a bank of questions: as {@link #versions(List, QuizSpec, int,
   * Variation, Function)} with every question at hand.
   */
  public static List<Quiz> versions(
      List<Question> bank, QuizSpec spec, int versions, Variation variation) {
    checkNotNull(bank, "bank");
    List<Candidate> candidates = new ArrayList<>(bank.size());
    for (Question question : bank) {
      checkNotNull(question, "null question in bank");
      candidates.add(Candidate.of(question));
    }
    checkDistinct(candidates);
    Map<String, Question> byId = new HashMap<>();
    bank.forEach(question -> byId.put(question.id(), question));
    return versions(candidates, spec, versions, variation, candidate -> byId.get(candidate.id()));
  }

  /**
   * {@code versions} quizzes drawn for one spec and seed: version A (index 0) is the quiz {@link
   * #assemble(List, QuizSpec, Function)} gives; each later version has its own question order
   * (never the order of an earlier version while another can be drawn) and option order, and with
   * {@link Variation#RESAMPLE} its own questions, drawn to the same rules from a stream of the
   * seed, preferring questions no earlier version has. Adding a version never changes the earlier
   * ones.
   *
   * @throws IllegalArgumentException when {@code versions} is below 1, when two candidates share an
   *     id, or when {@code make} returns a question that does not fit its candidate
   */
  public static List<Quiz> versions(
      List<Candidate> candidates,
      QuizSpec spec,
      int versions,
      Variation variation,
      Function<Candidate, Question> make) {
    checkNotNull(candidates, "candidates");
    checkNotNull(spec, "spec");
    checkNotNull(variation, "variation");
    checkNotNull(make, "make");
    checkArgument(versions >= 1, "versions is %s, must be at least 1", versions);
    candidates.forEach(candidate -> checkNotNull(candidate, "null candidate in bank"));
    checkDistinct(candidates);
    Function<Candidate, Question> once = memo(make);
    List<Candidate> eligible = candidates.stream().filter(spec::matches).toList();
    List<Quiz> out = new ArrayList<>();
    Quiz first = draw(eligible, spec, spec.seed(), Set.of(), once);
    out.add(first);
    Set<List<String>> orders = new HashSet<>();
    orders.add(ids(first.questions()));
    Set<String> used = new HashSet<>(ids(first.questions()));
    for (int v = 1; v < versions; v++) {
      long stream = Seeds.derive(Seeds.derive(spec.seed(), ORDERING), v);
      List<Question> picked;
      if (variation == Variation.RESAMPLE) {
        Quiz fresh = draw(eligible, spec, stream, used, once);
        picked = fresh.questions();
        used.addAll(ids(picked));
      } else {
        picked = first.questions();
      }
      RandomGenerator random = Seeds.random(stream);
      List<Question> ordered = Seeds.shuffled(picked, random);
      // Two versions in the same order would let neighbours copy: draw again while there is room.
      for (int again = 0; again < REORDERS && !orders.add(ids(ordered)); again++) {
        ordered = Seeds.shuffled(picked, random);
      }
      out.add(new Quiz(spec, arranged(ordered, stream), spec.count() - ordered.size()));
    }
    return List.copyOf(out);
  }

  private static Quiz draw(
      List<Candidate> candidates, QuizSpec spec, Function<Candidate, Question> make) {
    List<Candidate> eligible = candidates.stream().filter(spec::matches).toList();
    return draw(eligible, spec, spec.seed(), Set.of(), memo(make));
  }

  /**
   * One quiz from the eligible candidates: a seeded order, candidates in {@code avoid} moved after
   * the others, the spread's picks under the {@link Blueprint} (drawn again for a smaller quiz
   * while a shortfall leaves a template above its share), a seeded question order, then options
   * arranged.
   */
  private static Quiz draw(
      List<Candidate> eligible,
      QuizSpec spec,
      long seed,
      Set<String> avoid,
      Function<Candidate, Question> make) {
    RandomGenerator random = Seeds.random(seed);
    int target = Math.min(spec.count(), eligible.size());
    List<Question> picked = largest(pool(eligible, avoid, random), target, make);
    // A greedy pick can paint itself into a corner: a few other seeded orders may fill the quiz.
    for (int again = 0; again < RETRIES && picked.size() < target; again++) {
      RandomGenerator other = Seeds.random(Seeds.derive(seed, RETRY_STREAM + again));
      List<Question> retried = largest(pool(eligible, avoid, other), target, make);
      if (retried.size() > picked.size()) {
        picked = retried;
      }
    }
    List<Question> ordered = Seeds.shuffled(picked, random);
    return new Quiz(spec, arranged(ordered, seed), spec.count() - ordered.size());
  }

  /** The candidates in an order drawn from {@code random}, those in {@code avoid} last. */
  private static List<Candidate> pool(
      List<Candidate> eligible, Set<String> avoid, RandomGenerator random) {
    List<Candidate> shuffled = Seeds.shuffled(eligible, random);
    List<Candidate> pool = new ArrayList<>(shuffled.size());
    shuffled.stream().filter(c -> !avoid.contains(c.id())).forEach(pool::add);
    shuffled.stream().filter(c -> avoid.contains(c.id())).forEach(pool::add);
    return pool;
  }

  /**
   * The largest quiz of at most {@code target} the picks find under the blueprint. A pick for a
   * size caps each template at a fifth of that size; when refusals leave it short, the quiz it
   * gives may hold a template above a fifth of its own size, so the pick is made again for a
   * smaller size (its own, or below {@link Blueprint#CAPPED_FROM}, where no cap applies) until a
   * size is filled or no smaller size can beat the best valid quiz found.
   */
  private static List<Question> largest(
      List<Candidate> pool, int target, Function<Candidate, Question> make) {
    List<Question> best = List.of();
    int size = target;
    while (size > best.size()) {
      List<Question> picked = pick(pool, size, make);
      if (picked.size() > best.size() && Blueprint.withinTemplateCap(picked)) {
        best = picked;
      }
      if (picked.size() == size) {
        break;
      }
      size =
          picked.size() >= Blueprint.CAPPED_FROM
              ? picked.size()
              : Math.min(size - 1, Blueprint.CAPPED_FROM - 1);
    }
    return best;
  }

  private static List<Question> pick(
      List<Candidate> pool, int target, Function<Candidate, Question> make) {
    Blueprint blueprint = new Blueprint(target, make);
    Spread.pick(pool, target, blueprint::admit);
    return List.copyOf(blueprint.admitted());
  }

  /** The questions with their options arranged, question {@code i} from its own stream. */
  private static List<Question> arranged(List<Question> ordered, long seed) {
    Arrange arrange = new Arrange();
    List<Question> questions = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      questions.add(arrange.next(ordered.get(i), Seeds.random(Seeds.derive(seed, i))));
    }
    return questions;
  }

  /** {@code make} checked against its candidate and called at most once per candidate. */
  private static Function<Candidate, Question> memo(Function<Candidate, Question> make) {
    Map<String, Question> made = new HashMap<>();
    return candidate -> made.computeIfAbsent(candidate.id(), id -> made(candidate, make));
  }

  private static List<String> ids(List<Question> questions) {
    return questions.stream().map(Question::id).toList();
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

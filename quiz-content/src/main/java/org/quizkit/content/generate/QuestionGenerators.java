package org.quizkit.content.generate;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.core.assembly.Candidate;
import org.quizkit.core.question.Question;
import org.quizkit.core.seed.Seeds;

/**
 * Makes questions from the spread dataset: the front door of question generation.
 *
 * <p>Each template asks one kind of question about one kind of subject (a cancer, a site, a fact, a
 * claim, ...). Every question records in {@code info().claim()} what it asserts, in the grammar of
 * docs/claims.md, and relies only on facts that the contract makes true or false, never on an
 * uncertain fact or on the article's silence.
 *
 * <p>A question is a function of template, subject and seed: equal arguments give equal questions
 * on every JVM, and a question's id depends only on template and subject.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuestionGenerators {
  private static final List<Template> TEMPLATES =
      List.of(
          new MostSite(),
          new MostSitesAll(),
          new MostCancer(),
          new TierStatement(),
          new MostMatch(),
          new Naming(),
          new ConceptStatement(),
          new ConceptChoice(),
          new StepsOrder(),
          new DownstreamCause(),
          new MostSiteTyped(),
          new CancerStatementsAll(),
          new CancerStatementChoice(),
          new CancerClueTyped(),
          new TermMatch(),
          new TermTyped(),
          new SequenceOrder(),
          new ReachAll());

  private static final long SUBJECT_STREAM = 0;
  private static final long QUESTION_STREAM = 1;
  private static final long BANK_STREAMS = 2;

  private final Facts facts;
  // Declares every question's tested and revealed facts, from its claim.
  private final Disclosure disclosure;
  private final ImmutableMap<String, Template> templates;
  private final ImmutableMap<String, ImmutableList<String>> subjects;
  private final ImmutableList<Entry> entries;
  // Worked out on first use: only quizzes need it, and the bank does without.
  private final Supplier<ImmutableList<Candidate>> plan = Suppliers.memoize(this::planBank);

  /** One question of the bank: which template asks it, and about what. */
  private record Entry(Template template, String subject) {}

  private QuestionGenerators(Dataset dataset) {
    this.facts = Facts.of(dataset);
    this.disclosure = Disclosure.over(facts);
    ImmutableMap.Builder<String, Template> byId = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableList<String>> subjectsById = ImmutableMap.builder();
    for (Template template : TEMPLATES) {
      byId.put(template.id(), template);
      subjectsById.put(template.id(), ImmutableList.copyOf(template.subjects(facts)));
    }
    this.templates = byId.buildOrThrow();
    this.subjects = subjectsById.buildOrThrow();
    ImmutableList.Builder<Entry> bankEntries = ImmutableList.builder();
    for (Template template : templates.values()) {
      for (String subject : subjects.get(template.id())) {
        bankEntries.add(new Entry(template, subject));
      }
    }
    this.entries = bankEntries.build();
  }

  private ImmutableList<Candidate> planBank() {
    ImmutableList.Builder<Candidate> candidates = ImmutableList.builder();
    for (Entry entry : entries) {
      Template template = entry.template();
      candidates.add(
          new Candidate(
              template.questionId(entry.subject()),
              template.kind(),
              template.id(),
              entry.subject(),
              template.tags(facts, entry.subject())));
    }
    return candidates.build();
  }

  /** Generators over this dataset; works out once which subjects each template can ask about. */
  public static QuestionGenerators of(Dataset dataset) {
    return new QuestionGenerators(checkNotNull(dataset, "dataset"));
  }

  /** The template ids, always in the same order. */
  public List<String> templateIds() {
    return templates.keySet().asList();
  }

  /**
   * Every subject the template can ask about in this dataset, in a fixed order (dataset order);
   * empty when the dataset holds too little for it.
   *
   * @throws IllegalArgumentException naming the template and the known ones if it is unknown
   */
  public List<String> subjects(String templateId) {
    template(templateId);
    return subjects.get(templateId);
  }

  /**
   * The question the template makes about this subject with this seed.
   *
   * @throws IllegalArgumentException naming the template or subject, and the known ones, if either
   *     is unknown
   */
  public Question generate(String templateId, String subject, long seed) {
    Template template = template(templateId);
    List<String> known = subjects.get(templateId);
    if (!known.contains(subject)) {
      throw new IllegalArgumentException(
          "template '"
              + templateId
              + "' has no subject '"
              + subject
              + "' (known: "
              + (known.isEmpty() ? "none in this dataset" : String.join(", ", known))
              + ")");
    }
    return disclosure.declare(template.generate(facts, subject, random(seed, QUESTION_STREAM)));
  }

  /**
   * A question from the template about a subject drawn from the seed, or empty when the template
   * has no subject in this dataset.
   *
   * @throws IllegalArgumentException naming the template and the known ones if it is unknown
   */
  public Optional<Question> generate(String templateId, long seed) {
    List<String> known = subjects(templateId);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    // The subject comes from a stream of its own, so the choice of subject does not shape the
    // draws that build the question (for example where the key lands).
    int index = random(seed, SUBJECT_STREAM).nextInt(known.size());
    return Optional.of(generate(templateId, known.get(index), seed));
  }

  /**
   * One question per template and subject, templates in {@link #templateIds()} order and subjects
   * in {@link #subjects} order: every question the generators can make, each drawn with its own
   * seed derived from {@code seed}. Ids are unique.
   */
  public List<Question> bank(long seed) {
    ImmutableList.Builder<Question> out = ImmutableList.builderWithExpectedSize(entries.size());
    for (int index = 0; index < entries.size(); index++) {
      out.add(bankQuestion(index, seed));
    }
    return out.build();
  }

  /**
   * The {@link #bank} without generating it: entry {@code i} has the id, kind, template, subject
   * and tags of {@code bank(seed).get(i)} for every seed, which is all a quiz needs to pick
   * questions. Make the picked ones with {@link #bankQuestion}.
   */
  public List<Candidate> plan() {
    return plan.get();
  }

  /**
   * Question {@code index} of {@code bank(seed)}, made alone: equal to {@code
   * bank(seed).get(index)}, at the cost of one question instead of the whole bank.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < plan().size()}
   */
  public Question bankQuestion(int index, long seed) {
    checkElementIndex(index, entries.size(), "bank index");
    Entry entry = entries.get(index);
    return disclosure.declare(
        entry.template().generate(facts, entry.subject(), random(seed, BANK_STREAMS + index)));
  }

  /**
   * A generator for one of the independent streams under a seed. The seed is mixed first because
   * {@link java.util.Random} gives nearly the same first draws for neighbouring seeds (seeds 0 to
   * 299 would all open with the same coin toss), and callers often count seeds up from 0.
   */
  private static RandomGenerator random(long seed, long stream) {
    return Seeds.random(Seeds.derive(seed, stream));
  }

  private Template template(String templateId) {
    Template template = templates.get(templateId);
    if (template == null) {
      throw new IllegalArgumentException(
          "unknown template '"
              + templateId
              + "' (known: "
              + String.join(", ", templates.keySet())
              + ")");
    }
    return template;
  }
}

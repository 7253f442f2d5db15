package org.quizkit.content;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.generate.QuestionGenerators;
import org.quizkit.content.module.LearningModule;
import org.quizkit.content.module.ModuleCatalog;
import org.quizkit.content.module.Modules;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.Candidate;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.assembly.Variation;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Question;

/**
 * The front door of the content: the spread dataset, the learning modules and every question the
 * generators make from them, ready to assemble into quizzes.
 *
 * <pre>{@code
 * QuizContent content = QuizContent.builtIn();
 * Quiz quiz = content.quiz(QuizSpec.builder().count(10).seed(42)
 *     .tags(Set.of(QuizContent.moduleTag("chest"))).build());
 * }</pre>
 *
 * <p>Every question in {@link #bank} carries a {@code module:<id>} tag for each module it belongs
 * to, so a {@link QuizSpec} selects modules by tag. A {@link #quiz} generates only the questions it
 * asks, yet equals the quiz assembled from the whole {@link #bank}. Immutable and thread-safe.
 */
public final class QuizContent {
  private static final String MODULE_TAG = "module:";

  private final Dataset dataset;
  private final ModuleCatalog modules;
  private final QuestionGenerators generators;

  /** Each module's tag and the question tags that put a question in it, in teaching order. */
  private final ImmutableMap<String, ImmutableSet<String>> moduleSelectors;

  /** Worked out on the first quiz: commands that use the whole bank never need it. */
  private final Supplier<Plan> plan = Suppliers.memoize(this::planQuizzes);

  /**
   * The bank as the assembler sees it.
   *
   * @param candidates the generators' plan with module tags added, in bank order
   * @param bankIndex where each candidate sits in the bank, by id; only looked up
   * @param tags every tag of a candidate, module tags included
   */
  private record Plan(
      ImmutableList<Candidate> candidates,
      ImmutableMap<String, Integer> bankIndex,
      ImmutableSet<String> tags) {}

  private QuizContent(Dataset dataset, ModuleCatalog modules) {
    this.dataset = dataset;
    this.modules = modules;
    this.generators = QuestionGenerators.of(dataset);
    ImmutableMap.Builder<String, ImmutableSet<String>> selectors = ImmutableMap.builder();
    for (LearningModule module : modules.modules()) {
      selectors.put(moduleTag(module.id()), ImmutableSet.copyOf(module.tags()));
    }
    this.moduleSelectors = selectors.buildOrThrow();
  }

  private Plan planQuizzes() {
    ImmutableList.Builder<Candidate> planned = ImmutableList.builder();
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    List<Candidate> generated = generators.plan();
    for (int i = 0; i < generated.size(); i++) {
      Candidate candidate = generated.get(i);
      List<String> tags = new ArrayList<>(candidate.tags());
      tags.addAll(modulesOf(candidate.tags()));
      planned.add(candidate.withTags(tags));
      index.put(candidate.id(), i);
    }
    ImmutableList<Candidate> candidates = planned.build();
    ImmutableSet<String> tags =
        candidates.stream().flatMap(c -> c.tags().stream()).collect(ImmutableSet.toImmutableSet());
    return new Plan(candidates, index.buildOrThrow(), tags);
  }

  /** The built-in dataset with the bundled modules. */
  public static QuizContent builtIn() {
    return new QuizContent(DatasetLoader.loadBuiltIn(), Modules.load());
  }

  /**
   * A dataset of the built-in schema from a file (a teacher's corrected or extended facts), with
   * the bundled modules. A cancer the modules do not name is still asked about in quizzes that are
   * not restricted to modules; {@link #moduleProblems()} says which.
   *
   * @throws org.quizkit.content.dataset.DatasetException listing every problem in the file
   */
  public static QuizContent fromDataset(Path datasetFile) {
    checkNotNull(datasetFile, "datasetFile");
    return new QuizContent(DatasetLoader.load(datasetFile), Modules.load());
  }

  /**
   * The tag that marks the questions of a module.
   *
   * @throws IllegalArgumentException when no bundled module has this id, naming the nearest ids
   */
  public static String moduleTag(String moduleId) {
    checkNotNull(moduleId, "moduleId");
    List<String> known = BundledModules.IDS;
    if (!known.contains(moduleId)) {
      throw new IllegalArgumentException(
          "unknown module '" + moduleId + "'" + NearMatches.hint(moduleId, known));
    }
    return MODULE_TAG + moduleId;
  }

  /** The ids of the bundled modules, read once on first use; every content has these modules. */
  private static final class BundledModules {
    static final List<String> IDS =
        Modules.load().modules().stream().map(LearningModule::id).toList();
  }

  /** The dataset the questions come from. */
  public Dataset dataset() {
    return dataset;
  }

  /** The learning modules, in teaching order. */
  public List<LearningModule> modules() {
    return modules.modules();
  }

  /** The modules as loaded, with lookups by id and by cancer. */
  public ModuleCatalog catalog() {
    return modules;
  }

  /** Where the modules and the dataset disagree (a cancer in no module, a section not taught). */
  public List<Diagnostic> moduleProblems() {
    return Modules.check(modules, dataset);
  }

  /** The generators over this dataset, for callers that want one template's questions. */
  public QuestionGenerators generators() {
    return generators;
  }

  /**
   * Every distinct question the generators make (one per template and subject), distractors drawn
   * from {@code seed}, each tagged with its modules.
   */
  public List<Question> bank(long seed) {
    List<Question> bank = new ArrayList<>();
    for (Question question : generators.bank(seed)) {
      bank.add(withModules(question));
    }
    return List.copyOf(bank);
  }

  private Question withModules(Question question) {
    List<String> tags = new ArrayList<>(question.info().tags());
    tags.addAll(modulesOf(question.info().tags()));
    return question.withInfo(question.info().withTags(tags));
  }

  /**
   * The module tags of a question with these tags, which a quiz needs before it generates the
   * question: {@link LearningModule#includes}'s rule (a question belongs to a module when it has
   * one of the module's tags) on the tags alone, with each module's tags gathered once. The bank
   * and the quizzes both tag by it.
   */
  private List<String> modulesOf(List<String> questionTags) {
    List<String> tags = new ArrayList<>();
    moduleSelectors.forEach(
        (tag, selectors) -> {
          if (questionTags.stream().anyMatch(selectors::contains)) {
            tags.add(tag);
          }
        });
    return tags;
  }

  /**
   * The quiz {@code spec} asks for, drawn from {@link #bank} with the spec's seed: equal to {@code
   * QuizEngine.assemble(bank(spec.seed()), spec)}, but only the questions the quiz asks are
   * generated. Select modules with {@link #moduleTag} tags.
   */
  public Quiz quiz(QuizSpec spec) {
    checkTags(spec);
    return QuizEngine.assemble(plan.get().candidates(), spec, maker(spec.seed()));
  }

  /**
   * The versions of one draw for {@code spec}, as worksheets and exports with versions use them:
   * equal to {@code QuizEngine.versions(bank(spec.seed()), spec, versions, variation)}, version A
   * equal to {@link #quiz}, but only the questions the draw looks at are generated.
   */
  public List<Quiz> versions(QuizSpec spec, int versions, Variation variation) {
    checkTags(spec);
    return QuizEngine.versions(
        plan.get().candidates(), spec, versions, variation, maker(spec.seed()));
  }

  /**
   * How many questions of the bank {@code spec} matches by kind and tag, before the assembly rules
   * (docs/assembly.md) decide how many of them can share one quiz.
   */
  public int available(QuizSpec spec) {
    checkTags(spec);
    return (int) plan.get().candidates().stream().filter(spec::matches).count();
  }

  /**
   * Refuses a spec with a tag that no question has and no module owns (a misspelt module or tag
   * would otherwise give an empty quiz), naming the nearest tags. A module of a teacher's dataset
   * that has no questions still gives a quiz that falls short.
   */
  private void checkTags(QuizSpec spec) {
    checkNotNull(spec, "spec");
    Set<String> known = plan.get().tags();
    for (String tag : spec.tags()) {
      if (!known.contains(tag) && !moduleSelectors.containsKey(tag)) {
        Set<String> like = tag.startsWith(MODULE_TAG) ? moduleSelectors.keySet() : known;
        throw new IllegalArgumentException(
            "no question has the tag '" + tag + "'" + NearMatches.hint(tag, like));
      }
    }
  }

  /** Makes a planned candidate's question of {@code bank(seed)}, module tags included. */
  private Function<Candidate, Question> maker(long seed) {
    Plan planned = plan.get();
    return candidate ->
        withModules(generators.bankQuestion(planned.bankIndex().get(candidate.id()), seed));
  }

  /**
   * The module tags for these module ids.
   *
   * @throws IllegalArgumentException naming an unknown module and the known ones
   */
  public Set<String> moduleTags(List<String> moduleIds) {
    for (String id : moduleIds) {
      if (modules.module(id).isEmpty()) {
        throw new IllegalArgumentException(
            "unknown module '" + id + "' (known: " + String.join(", ", moduleIds()) + ")");
      }
    }
    return moduleIds.stream()
        .map(QuizContent::moduleTag)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The ids of the modules, in teaching order. */
  public List<String> moduleIds() {
    return modules.modules().stream().map(LearningModule::id).toList();
  }
}

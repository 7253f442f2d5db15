package org.quizkit.content.module;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Downstream;
import org.quizkit.content.dataset.Route;
import org.quizkit.content.dataset.Section;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Step;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.question.Question;

/**
 * The learning modules: loading them, checking them against a dataset, and measuring mastery.
 *
 * <p>Stateless and thread-safe.
 */
public final class Modules {
  /** The bundled module file, as a class-path resource beside this class. */
  public static final String RESOURCE = "modules.yaml";

  /** The JSON form of {@link #RESOURCE} that the build writes beside it. */
  static final String PRECOMPILED = "modules.json";

  private Modules() {}

  /**
   * The bundled modules.
   *
   * @throws ModuleException listing every problem in the bundled file
   */
  public static ModuleCatalog load() {
    // The JSON form the build writes from modules.yaml, which a cold JVM reads faster; the YAML
    // itself when the classes were not built by Maven.
    return read(PRECOMPILED)
        .or(() -> read(RESOURCE))
        .orElseThrow(
            () ->
                new ModuleException(
                    List.of(
                        new Diagnostic(
                            RESOURCE, 0, 0, "resource is missing from the class path"))));
  }

  private static Optional<ModuleCatalog> read(String resource) {
    try (InputStream in = Modules.class.getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(load(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Modules from YAML text, or JSON text of the same tree when {@code source} ends in {@code
   * .json}.
   *
   * @param source the file name used in diagnostics
   * @throws ModuleException listing every problem, each with its line and column
   */
  public static ModuleCatalog load(String source, String yaml) {
    checkNotNull(source, "source");
    checkNotNull(yaml, "yaml");
    return new Loader(source).load(yaml);
  }

  /**
   * The ways the modules and a dataset do not fit: a cancer of the dataset in no module, a module's
   * cancer missing from the dataset, a claim topic no module teaches, a section of the dataset that
   * no module covers. A section is covered when a module lists it, teaches one of its cancers, or
   * teaches the topic of a claim, route, step or pattern from it.
   *
   * @return empty when they fit
   */
  public static List<Diagnostic> check(ModuleCatalog catalog, Dataset dataset) {
    checkNotNull(catalog, "catalog");
    checkNotNull(dataset, "dataset");
    String source = "modules vs dataset '" + dataset.name() + "'";
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, List<String>> owners = new HashMap<>();
    for (LearningModule module : catalog.modules()) {
      for (String cancer : module.cancers()) {
        owners.computeIfAbsent(cancer, c -> new ArrayList<>()).add(module.id());
      }
    }
    for (Cancer cancer : dataset.cancers()) {
      List<String> in = owners.getOrDefault(cancer.id(), List.of());
      if (in.size() != 1) {
        problems.add(
            new Diagnostic(
                source,
                0,
                0,
                "dataset cancer '"
                    + cancer.id()
                    + "' is in "
                    + (in.isEmpty() ? "no module" : "modules " + in)
                    + ", expected exactly one"));
      }
    }
    for (String cancer : catalog.cancers()) {
      if (dataset.cancer(cancer).isEmpty()) {
        problems.add(
            new Diagnostic(
                source,
                0,
                0,
                "module cancer '"
                    + cancer
                    + "' is not in the dataset (dataset cancers: "
                    + ids(dataset)
                    + ")"));
      }
    }
    Set<String> topics = new LinkedHashSet<>();
    catalog.modules().forEach(m -> topics.addAll(m.topics()));
    Set<String> covered = covered(catalog, dataset, topics);
    for (Section section : dataset.sections()) {
      if (!covered.contains(section.id())) {
        problems.add(
            new Diagnostic(
                source, 0, 0, "dataset section '" + section.id() + "' is covered by no module"));
      }
    }
    for (Claim claim : dataset.claims()) {
      if (!topics.contains(claim.topic())) {
        problems.add(
            new Diagnostic(
                source,
                0,
                0,
                "claim '"
                    + claim.id()
                    + "' has topic '"
                    + claim.topic()
                    + "', which no module teaches (topics: "
                    + topics
                    + ")"));
      }
    }
    return List.copyOf(problems);
  }

  private static Set<String> covered(ModuleCatalog catalog, Dataset dataset, Set<String> topics) {
    Set<String> covered = new LinkedHashSet<>();
    catalog.modules().forEach(m -> covered.addAll(m.sections()));
    Set<String> cancers = new LinkedHashSet<>();
    catalog.modules().forEach(m -> cancers.addAll(m.cancers()));
    for (Cancer cancer : dataset.cancers()) {
      if (cancers.contains(cancer.id())) {
        covered.add(cancer.section());
      }
    }
    for (SpreadFact fact : dataset.facts()) {
      if (cancers.contains(fact.cancer())) {
        covered.add(fact.section());
      }
    }
    for (Claim claim : dataset.claims()) {
      if (topics.contains(claim.topic())) {
        covered.add(claim.section());
      }
    }
    if (topics.contains("routes")) {
      dataset.routes().stream().map(Route::section).forEach(covered::add);
    }
    if (topics.contains("steps")) {
      dataset.steps().stream().map(Step::section).forEach(covered::add);
    }
    if (topics.contains("downstream")) {
      dataset.downstream().stream().map(Downstream::section).forEach(covered::add);
    }
    return covered;
  }

  private static String ids(Dataset dataset) {
    return String.join(", ", dataset.cancers().stream().map(Cancer::id).toList());
  }

  /**
   * How much of a module a learner has mastered: the share of the facts its questions rely on whose
   * latest attempt scored fully. A question without facts counts as one unit of its own, judged by
   * its latest attempt. Units never attempted are not mastered. Only the latest attempt counts so
   * that a forgotten fact stops counting as soon as it is missed.
   *
   * @param bank every question available, from which the module's are chosen by tag
   * @param attempts one learner's attempts, oldest first, as {@code ProgressStore.attempts} gives
   */
  public static Mastery mastery(
      LearningModule module, List<Question> bank, List<Attempt> attempts) {
    checkNotNull(module, "module");
    checkNotNull(bank, "bank");
    checkNotNull(attempts, "attempts");
    Set<String> facts = new LinkedHashSet<>();
    Set<String> factless = new LinkedHashSet<>();
    for (Question question : module.questions(bank)) {
      if (question.info().basis().isEmpty()) {
        factless.add(question.id());
      } else {
        facts.addAll(question.info().basis());
      }
    }
    Map<String, Double> latestByFact = new HashMap<>();
    Map<String, Double> latestByQuestion = new HashMap<>();
    for (Attempt attempt : attempts) {
      attempt.facts().forEach(fact -> latestByFact.put(fact, attempt.score()));
      if (attempt.facts().isEmpty()) {
        latestByQuestion.put(attempt.questionId(), attempt.score());
      }
    }
    int mastered = 0;
    for (String fact : facts) {
      mastered += latestByFact.getOrDefault(fact, 0.0) >= 1 ? 1 : 0;
    }
    for (String question : factless) {
      mastered += latestByQuestion.getOrDefault(question, 0.0) >= 1 ? 1 : 0;
    }
    return new Mastery(module.id(), facts.size() + factless.size(), mastered, module.mastery());
  }
}

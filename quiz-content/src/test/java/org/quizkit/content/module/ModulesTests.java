package org.quizkit.content.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.dataset.Reach;
import org.quizkit.content.dataset.Route;
import org.quizkit.content.dataset.Section;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Step;
import org.quizkit.content.dataset.Tier;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

class ModulesTests {
  private static final List<String> CANCERS =
      List.of(
          "bladder",
          "brain",
          "breast",
          "cervix",
          "colorectal",
          "esophagus",
          "kidney",
          "leukemia",
          "liver",
          "lung",
          "lymphoma",
          "melanoma",
          "mouth-throat",
          "myeloma",
          "ovary",
          "pancreas",
          "prostate",
          "stomach",
          "uterus");

  private final ModuleCatalog catalog = Modules.load();

  /** A dataset shaped like the real one: every cancer with its own section, every concept. */
  private static Dataset dataset(List<String> cancerIds) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("what-is", "What"));
    sections.add(new Section("why-certain-parts", "Why"));
    sections.add(new Section("spread", "Which"));
    List<Cancer> cancers = new ArrayList<>();
    List<SpreadFact> facts = new ArrayList<>();
    for (String id : cancerIds) {
      sections.add(new Section("spread/" + id, "Which / " + id));
      cancers.add(new Cancer(id, id + " cancer", List.of(), "spread/" + id, Reach.UNSTATED, ""));
      facts.add(new SpreadFact(id + ">bone", id, "bone", Tier.ALSO, "spread/" + id, "", false));
    }
    List<Claim> claims = new ArrayList<>();
    for (String topic : List.of("naming", "unknown-primary", "homing", "survival")) {
      String section =
          topic.equals("homing") || topic.equals("survival") ? "why-certain-parts" : "what-is";
      claims.add(new Claim("claim-" + topic, topic, "A statement.", true, section));
    }
    return new Dataset(
        "hand-built",
        sections,
        List.of(),
        cancers,
        facts,
        List.of(new Route("blood", "blood", true, "Cells ride the blood.", "what-is")),
        List.of(new Step("leave", "Break loose.", 1, "what-is")),
        claims,
        List.of());
  }

  private static Question question(String id, List<String> basis, String... tags) {
    QuestionInfo info =
        new QuestionInfo("Because.", "Section", basis, "", "", "", List.of(tags), Difficulty.EASY);
    return new TrueFalse(id, "A statement about " + id + ".", true, info);
  }

  private static Attempt attempt(String question, List<String> facts, double score, int second) {
    return new Attempt(
        "ada",
        question,
        facts,
        new Response.Judgement(true),
        score,
        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second));
  }

  @Nested
  class BundledModules {
    @Test
    void putEveryCancerInExactlyOneModule() {
      for (String cancer : CANCERS) {
        long owners = catalog.modules().stream().filter(m -> m.cancers().contains(cancer)).count();
        assertEquals(1, owners, cancer);
      }
      assertEquals(CANCERS, catalog.cancers().stream().sorted().toList());
    }

    @Test
    void teachTheConceptsBeforeTheCancers() {
      List<String> ids = catalog.modules().stream().map(LearningModule::id).toList();

      assertEquals(
          List.of(
              "travel",
              "steps",
              "naming",
              "why-there",
              "chest",
              "digestive",
              "urinary-reproductive",
              "blood-lymph",
              "brain-skin-head-neck"),
          ids);
      assertEquals(
          List.of(
              "routes",
              "steps",
              "naming",
              "unknown-primary",
              "downstream",
              "homing",
              "survival",
              "research",
              "scope"),
          catalog.topics());
    }

    @Test
    void giveEveryModuleObjectivesAndALessonOfSeveralParagraphs() {
      for (LearningModule module : catalog.modules()) {
        assertFalse(module.objectives().isEmpty(), module.id());
        assertTrue(module.paragraphs().size() >= 2, module.id() + " " + module.paragraphs());
        assertEquals(0.8, module.mastery(), module.id());
      }
    }

    @Test
    void teachEachCancerInTheLessonOfItsModule() {
      Map<String, String> named = new java.util.TreeMap<>();
      List<String> words =
          List.of(
              "bladder",
              "brain tumor",
              "breast",
              "cervical",
              "colon",
              "esophagus",
              "kidney",
              "leukemia",
              "liver cancer",
              "lung cancer",
              "lymphoma",
              "melanoma",
              "throat",
              "myeloma",
              "ovarian",
              "pancreas",
              "prostate",
              "stomach",
              "uterine");
      for (int i = 0; i < CANCERS.size(); i++) {
        named.put(CANCERS.get(i), words.get(i));
      }
      for (String cancer : CANCERS) {
        LearningModule module = catalog.moduleOfCancer(cancer).orElseThrow();
        String lesson = module.lesson().toLowerCase(java.util.Locale.ROOT);
        assertTrue(lesson.contains(named.get(cancer)), cancer + " in " + module.id());
      }
    }

    @Test
    void fitTheBuiltInDataset() {
      assertEquals(List.of(), Modules.check(catalog, DatasetLoader.loadBuiltIn()));
    }

    @Test
    void fitADatasetWithTheSameIds() {
      assertEquals(List.of(), Modules.check(catalog, dataset(CANCERS)));
    }

    @Test
    void selectQuestionsByTopicAndCancerTags() {
      LearningModule chest = catalog.module("chest").orElseThrow();
      LearningModule why = catalog.module("why-there").orElseThrow();
      Question lung = question("q1", List.of("lung>bone"), "cancer:lung", "site:bone");
      Question homing = question("q2", List.of(), "topic:homing");
      Question liver = question("q3", List.of(), "cancer:liver");

      assertEquals(List.of(lung), chest.questions(List.of(lung, homing, liver)));
      assertEquals(List.of(homing), why.questions(List.of(lung, homing, liver)));
      assertEquals(List.of("cancer:lung", "cancer:breast"), chest.tags());
    }
  }

  @Nested
  class CheckingAgainstADataset {
    @Test
    void reportsADatasetCancerInNoModule() {
      List<String> more = new ArrayList<>(CANCERS);
      more.add("thyroid");

      List<Diagnostic> problems = Modules.check(catalog, dataset(more));

      assertEquals(
          List.of(
              "dataset cancer 'thyroid' is in no module, expected exactly one",
              "dataset section 'spread/thyroid' is covered by no module"),
          problems.stream().map(Diagnostic::message).toList());
    }

    @Test
    void reportsAModuleCancerMissingFromTheDataset() {
      List<String> fewer = CANCERS.stream().filter(c -> !c.equals("myeloma")).toList();

      List<Diagnostic> problems = Modules.check(catalog, dataset(fewer));

      assertEquals(1, problems.size(), problems.toString());
      assertTrue(problems.get(0).message().startsWith("module cancer 'myeloma' is not in"));
    }

    @Test
    void reportsASectionNoModuleCovers() {
      Dataset base = dataset(CANCERS);
      List<Section> sections = new ArrayList<>(base.sections());
      sections.add(new Section("glossary", "Glossary"));
      Dataset extra =
          new Dataset(
              base.name(),
              sections,
              base.sites(),
              base.cancers(),
              base.facts(),
              base.routes(),
              base.steps(),
              base.claims(),
              base.downstream());

      List<Diagnostic> problems = Modules.check(catalog, extra);

      assertEquals(
          List.of("dataset section 'glossary' is covered by no module"),
          problems.stream().map(Diagnostic::message).toList());
    }
  }

  @Nested
  class Loading {
    private static final String GOOD = ModuleFixtures.GOOD;

    private List<String> problems(String yaml) {
      ModuleException error =
          assertThrows(ModuleException.class, () -> Modules.load("test.yaml", yaml));
      return error.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsAValidFile() {
      ModuleCatalog small = Modules.load("test.yaml", GOOD);

      assertEquals(List.of("lung"), small.moduleOfCancer("lung").orElseThrow().cancers());
    }

    @Test
    void namesAnUnknownCancerWithItsLine() {
      List<String> problems =
          problems(
              GOOD.replace("cancers: [lung]\n    mastery", "cancers: [lung, lungs]\n    mastery"));

      assertEquals(List.of("test.yaml:12:21: unknown cancer 'lungs' (known: lung)"), problems);
    }

    @Test
    void collectsEveryProblemBeforeFailing() {
      String bad =
          GOOD.replace("objectives: [Know it.]", "objectives: []")
              .replace("mastery: 0.8", "mastery: 2")
              .replace("    title: One\n", "    title: One\n    colour: blue\n");

      List<String> problems = problems(bad);

      assertEquals(3, problems.size(), problems.toString());
      assertTrue(
          problems.stream().anyMatch(p -> p.contains("unknown key 'colour'")), problems.toString());
      assertTrue(problems.stream().anyMatch(p -> p.contains("has no learning objectives")));
      assertTrue(problems.stream().anyMatch(p -> p.contains("mastery 2, expected")));
    }

    @Test
    void reportsACancerInTwoModulesOrInNone() {
      String twice =
          GOOD
              + "  - id: two\n    title: Two\n    objectives: [x]\n    lesson: y\n"
              + "    sections: []\n    topics: []\n    cancers: [lung]\n    mastery: 1\n";
      String none = GOOD.replace("cancers: [lung]\nsections", "cancers: [lung, liver]\nsections");

      assertTrue(
          problems(twice)
              .get(0)
              .contains("cancer 'lung' is in module 'one' and again in module 'two'"),
          problems(twice).toString());
      assertEquals(List.of("test.yaml:2:17: cancer 'liver' is in no module"), problems(none));
    }

    @Test
    void reportsYamlSyntaxWithItsPlace() {
      List<String> problems = problems("version: 1\nmodules: [unclosed\n");

      assertEquals(1, problems.size());
      assertTrue(problems.get(0).startsWith("test.yaml:"), problems.get(0));
      assertTrue(problems.get(0).contains("not valid YAML"), problems.get(0));
    }
  }

  @Nested
  class MeasuringMastery {
    private final LearningModule chest = catalog.module("chest").orElseThrow();
    private final List<Question> bank =
        List.of(
            question("q1", List.of("lung>bone", "lung>liver"), "cancer:lung"),
            question("q2", List.of("breast>bone"), "cancer:breast"),
            question("q3", List.of(), "cancer:breast"),
            question("q4", List.of("liver>lung"), "cancer:liver"));

    @Test
    void countsFactsWhoseLatestAttemptWasFullyRight() {
      List<Attempt> attempts =
          List.of(
              attempt("q1", List.of("lung>bone", "lung>liver"), 1, 1),
              attempt("q2", List.of("breast>bone"), 1, 2),
              attempt("q4", List.of("liver>lung"), 1, 3));

      Mastery mastery = Modules.mastery(chest, bank, attempts);

      // Units: lung>bone, lung>liver, breast>bone, and q3 which has no facts.
      assertEquals(new Mastery("chest", 4, 3, 0.8), mastery);
      assertEquals(0.75, mastery.share());
      assertFalse(mastery.reached());
    }

    @Test
    void forgetsAFactAsSoonAsItIsMissed() {
      List<Attempt> attempts =
          List.of(
              attempt("q1", List.of("lung>bone", "lung>liver"), 1, 1),
              attempt("q2", List.of("breast>bone"), 1, 2),
              attempt("q3", List.of(), 1, 3),
              attempt("q1", List.of("lung>bone", "lung>liver"), 0.5, 4));

      assertEquals(2, Modules.mastery(chest, bank, attempts).mastered());
    }

    @Test
    void reachesTheThresholdWhenEnoughIsRight() {
      List<Attempt> attempts =
          List.of(
              attempt("q1", List.of("lung>bone", "lung>liver"), 1, 1),
              attempt("q2", List.of("breast>bone"), 1, 2),
              attempt("q3", List.of(), 1, 3));

      assertTrue(Modules.mastery(chest, bank, attempts).reached());
    }

    @Test
    void neverReachesMasteryWithoutQuestions() {
      Mastery none = Modules.mastery(chest, List.of(), List.of());

      assertEquals(0, none.share());
      assertFalse(none.reached());
    }
  }
}

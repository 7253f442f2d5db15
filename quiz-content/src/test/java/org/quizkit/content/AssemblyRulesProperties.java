package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quizkit.content.module.LearningModule;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.assembly.Variation;
import org.quizkit.core.export.ExportOptions;
import org.quizkit.core.export.Exporters;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.seed.Seeds;
import org.quizkit.worksheet.Version;
import org.quizkit.worksheet.WorksheetException;
import org.quizkit.worksheet.WorksheetSpec;
import org.quizkit.worksheet.Worksheets;

/**
 * The rules of docs/assembly.md on every surface that draws questions, over 10,000 seeds each: no
 * two items on one quiz, sheet, exported version or learn round where one gives away what the other
 * tests (by the declared facts), and the blueprint's bounds ({@link SheetRules}).
 *
 * <p>Each seed also draws the options: a count, some modules, some kinds, a number of versions.
 * Surfaces that take a bank of questions draw from one of a few banks made up front (the draw's
 * seed still varies over every example), so that 10,000 examples stay within seconds.
 */
class AssemblyRulesProperties {
  private static final int EXAMPLES = 10_000;
  private static final int BANKS = 8;

  private static final QuizContent CONTENT = QuizContent.builtIn();
  private static final List<List<Question>> BANK_CACHE = banks();

  private static List<List<Question>> banks() {
    List<List<Question>> out = new ArrayList<>();
    for (long seed = 0; seed < BANKS; seed++) {
      out.add(CONTENT.bank(seed));
    }
    return out;
  }

  private static List<Question> bankFor(long seed) {
    return BANK_CACHE.get(Math.floorMod(seed, BANKS));
  }

  /** Options drawn from a seed, as a teacher or learner might give them. */
  private record Options(
      int count, Set<Kind> kinds, Set<String> tags, int versions, Variation how) {
    static Options of(long seed, int maxCount) {
      RandomGenerator random = Seeds.random(Seeds.derive(seed, 99));
      int count = 1 + random.nextInt(maxCount);
      Set<Kind> kinds = EnumSet.noneOf(Kind.class);
      if (random.nextInt(3) == 0) {
        for (Kind kind : Kind.values()) {
          if (random.nextBoolean()) {
            kinds.add(kind);
          }
        }
      }
      Set<String> tags = new LinkedHashSet<>();
      if (random.nextInt(3) == 0) {
        List<String> ids = CONTENT.moduleIds();
        tags.add(QuizContent.moduleTag(ids.get(random.nextInt(ids.size()))));
        if (random.nextBoolean()) {
          tags.add(QuizContent.moduleTag(ids.get(random.nextInt(ids.size()))));
        }
      }
      int versions = 1 + random.nextInt(5);
      Variation how = random.nextBoolean() ? Variation.SHUFFLE : Variation.RESAMPLE;
      return new Options(count, kinds, tags, versions, how);
    }

    QuizSpec spec(long seed) {
      return new QuizSpec(count, kinds, tags, seed);
    }
  }

  private static void keepsTheRules(String where, long seed, List<Question> sheet) {
    List<String> broken = SheetRules.broken(sheet);
    assertTrue(broken.isEmpty(), () -> where + " with seed " + seed + ": " + broken);
  }

  @Test
  void practiceDrawsKeepTheRules() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Options options = Options.of(seed, 40);
              Quiz quiz = CONTENT.quiz(options.spec(seed));
              keepsTheRules("practice " + options, seed, quiz.questions());
              assertEquals(options.count(), quiz.size() + quiz.shortfall());
            });
  }

  @Test
  void worksheetVersionsKeepTheRules() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Options options = Options.of(seed, 30);
              List<Question> bank = bankFor(seed);
              WorksheetSpec spec =
                  WorksheetSpec.defaults("T")
                      .withKinds(options.kinds())
                      .withTags(options.tags())
                      .withVersions(options.versions())
                      .withVariants(
                          options.how() == Variation.RESAMPLE
                              ? WorksheetSpec.Variants.RESAMPLE
                              : WorksheetSpec.Variants.SHUFFLE)
                      .withSeed(seed);
              long available = bank.stream().filter(spec::matches).count();
              if (available == 0) {
                return;
              }
              spec = spec.withCount((int) Math.min(options.count(), available));
              if (QuizEngine.assemble(bank, options.spec(seed)).size() == 0) {
                // Nothing can go on a sheet (a lone matching with no spare choice): the
                // worksheet says so rather than print an empty sheet.
                WorksheetSpec empty = spec;
                assertThrows(WorksheetException.class, () -> Worksheets.versions(bank, empty));
                return;
              }
              List<Version> versions = Worksheets.versions(bank, spec);
              assertEquals(options.versions(), versions.size());
              Set<String> first = ids(versions.get(0).questions());
              for (Version version : versions) {
                keepsTheRules("worksheet version " + version.label(), seed, version.questions());
                if (options.how() == Variation.SHUFFLE) {
                  assertEquals(first, ids(version.questions()), "version " + version.label());
                }
              }
            });
  }

  @Test
  void exportedVersionsKeepTheRulesAfterTheJsonRoundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Options options = Options.of(seed, 30);
              List<Quiz> versions =
                  QuizEngine.versions(
                      bankFor(seed), options.spec(seed), options.versions(), options.how());
              for (Quiz version : versions) {
                keepsTheRules("exported version", seed, version.questions());
              }
              // What the LMS file holds: the facts come back from the bank JSON (one version a
              // seed, so that 10,000 seeds stay quick).
              for (Quiz version : versions.subList(versions.size() - 1, versions.size())) {
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                try {
                  Exporters.json()
                      .write(version.questions(), ExportOptions.defaults().withSeed(seed), json);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                List<Question> read =
                    Exporters.readJson(new ByteArrayInputStream(json.toByteArray()), "export");
                assertEquals(version.questions(), read);
                keepsTheRules("exported version read back", seed, read);
              }
            });
  }

  @Test
  void learnRoundsKeepTheRules() {
    List<LearningModule> modules = CONTENT.modules();
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomGenerator random = Seeds.random(seed);
              LearningModule module = modules.get(random.nextInt(modules.size()));
              List<Question> questions = module.questions(bankFor(seed));
              // A later round asks the questions on facts not mastered yet: some of them.
              List<Question> round = new ArrayList<>();
              boolean later = random.nextBoolean();
              for (Question question : questions) {
                if (!later || random.nextBoolean()) {
                  round.add(question);
                }
              }
              if (round.isEmpty()) {
                return;
              }
              Quiz quiz =
                  QuizEngine.assemble(
                      round,
                      QuizSpec.builder()
                          .count(round.size())
                          .seed(seed)
                          .build()
                          .withTags(Set.of(QuizContent.moduleTag(module.id()))));
              keepsTheRules("learn round of " + module.id(), seed, quiz.questions());
              assertTrue(quiz.size() >= 1, "a round asks at least one question");
            });
  }

  private static Set<String> ids(List<Question> questions) {
    Set<String> out = new HashSet<>();
    questions.forEach(q -> out.add(q.id()));
    return out;
  }
}

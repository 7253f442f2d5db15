package org.quizkit.content.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.content.generate.QuestionGenerators;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * Containment and local growth in generated questions, judged by the {@link Oracle}'s own reading
 * of {@code part_of}: no option that contains or lies inside a keyed site is a distractor, and no
 * site a cancer grows into locally is offered as "not a most common site".
 */
class ContainmentValidityProperties {
  private static final SpreadFile FILE = SpreadFile.fromResource(BuiltInFileTests.BUILT_IN);
  private static final QuestionChecker CHECKER = new QuestionChecker(new Oracle(FILE));
  private static final QuestionGenerators GENERATORS =
      QuestionGenerators.of(DatasetLoader.loadBuiltIn());
  private static final List<String> SITE_CHOICE = List.of("most-site", "most-sites-all");

  @Test
  void noSiteDistractorContainsOrLiesInsideAKeyedSite() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (String template : SITE_CHOICE) {
                Question q = GENERATORS.generate(template, seed).orElseThrow();
                Set<String> keys = keys(q);
                for (Option option : options(q)) {
                  if (keys.contains(option.id())) {
                    continue;
                  }
                  for (String key : keys) {
                    assertTrue(
                        !FILE.inside(option.refers(), key) && !FILE.inside(key, option.refers()),
                        () ->
                            "distractor "
                                + option.refers()
                                + " is nested with key "
                                + key
                                + " in "
                                + q);
                  }
                }
                assertEquals(List.of(), CHECKER.violations(q), q::toString);
              }
            });
  }

  @Test
  void noCancerDistractorHasAMostCommonSiteNestedWithTheAskedSite() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Question q = GENERATORS.generate("most-cancer", seed).orElseThrow();
              String site = q.info().subject();
              Set<String> keys = keys(q);
              for (Option option : options(q)) {
                if (keys.contains(option.id())) {
                  continue;
                }
                for (String most : FILE.mostSites(option.refers())) {
                  assertTrue(
                      !FILE.inside(most, site) && !FILE.inside(site, most),
                      () ->
                          option.refers()
                              + " most often reaches "
                              + most
                              + ", nested with "
                              + site);
                }
              }
              assertEquals(List.of(), CHECKER.violations(q), q::toString);
            });
  }

  @Test
  void noLocalGrowthIsOfferedOrStatedAsNotAMostCommonSite() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Question q : GENERATORS.bank(seed)) {
                String claim = q.info().claim();
                if (!claim.startsWith("most(")) {
                  continue;
                }
                String cancer = claim.substring(5, claim.indexOf(','));
                List<String> sites = new ArrayList<>();
                if (claim.endsWith(",?)")) {
                  options(q).forEach(o -> sites.add(o.refers()));
                } else if (!claim.contains("?")) {
                  sites.add(claim.substring(claim.indexOf(',') + 1, claim.length() - 1));
                }
                for (String site : sites) {
                  assertTrue(
                      FILE.fact(cancer, site).map(f -> !f.tier().equals("local")).orElse(true),
                      () -> q.id() + " asks most(" + cancer + "," + site + "), local growth");
                }
              }
            });
  }

  private static Set<String> keys(Question q) {
    return q.accept(
        new Question.Cases<Set<String>>() {
          @Override
          public Set<String> singleChoice(SingleChoice s) {
            return Set.of(s.correct());
          }

          @Override
          public Set<String> multipleResponse(MultipleResponse m) {
            return Set.copyOf(m.correct());
          }

          @Override
          public Set<String> trueFalse(TrueFalse t) {
            return Set.of();
          }

          @Override
          public Set<String> matching(Matching m) {
            return Set.of();
          }

          @Override
          public Set<String> ordering(Ordering o) {
            return Set.of();
          }

          @Override
          public Set<String> shortAnswer(ShortAnswer s) {
            return Set.of();
          }
        });
  }

  private static List<Option> options(Question q) {
    return q.accept(
        new Question.Cases<List<Option>>() {
          @Override
          public List<Option> singleChoice(SingleChoice s) {
            return s.options();
          }

          @Override
          public List<Option> multipleResponse(MultipleResponse m) {
            return m.options();
          }

          @Override
          public List<Option> trueFalse(TrueFalse t) {
            return List.of();
          }

          @Override
          public List<Option> matching(Matching m) {
            return List.of();
          }

          @Override
          public List<Option> ordering(Ordering o) {
            return List.of();
          }

          @Override
          public List<Option> shortAnswer(ShortAnswer s) {
            return List.of();
          }
        });
  }
}

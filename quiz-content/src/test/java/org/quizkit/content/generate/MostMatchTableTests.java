package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.seed.Seeds;

/**
 * The most-match table answers as {@link Facts} and {@link Seeds} do, for more cases than the
 * golden digest's seeds reach.
 */
class MostMatchTableTests {
  private static final List<Facts> DATASETS =
      List.of(Facts.of(DatasetLoader.loadBuiltIn()), Facts.of(Fixture.dataset()));

  @Nested
  class Draws {
    @Test
    void shufflesThePoolWithTheDrawsOfSeedsShuffled() {
      for (Facts facts : DATASETS) {
        for (long seed = 0; seed < 200; seed++) {
          RandomGenerator ours = Seeds.random(seed);
          RandomGenerator theirs = Seeds.random(seed);
          List<Cancer> shuffled = new ArrayList<>();
          for (int k : facts.mostMatch().shuffledPool(ours)) {
            shuffled.add(facts.cancersWithMostSites().get(k));
          }
          assertEquals(Seeds.shuffled(facts.cancersWithMostSites(), theirs), shuffled);
          // Both generators are left in the same state: the next draw agrees.
          assertEquals(theirs.nextLong(), ours.nextLong());
        }
      }
    }
  }

  @Nested
  class Pairings {
    @Test
    void findsOnlyPairingsThatAreUniqueByTheFacts() {
      for (Facts facts : DATASETS) {
        MostMatchTable table = facts.mostMatch();
        for (long seed = 0; seed < 200; seed++) {
          RandomGenerator random = Seeds.random(seed);
          int[] pairs = table.search(table.shuffledPool(random), 3, random);
          assertNotNull(pairs, facts.dataset().name());
          for (int a : pairs) {
            Cancer cancer = facts.cancersWithMostSites().get(table.cancerOf(a));
            String site = table.choice(a).refers();
            assertTrue(facts.mostTrue(cancer.id(), site), cancer.id() + " " + site);
            assertTrue(!facts.isOwnOrgan(cancer.id(), site), cancer.id() + " " + site);
            for (int b : pairs) {
              if (a != b) {
                String other = facts.cancersWithMostSites().get(table.cancerOf(b)).id();
                assertTrue(facts.mostFalse(other, site), other + " " + site);
              }
            }
          }
        }
      }
    }
  }

  @Nested
  class SectionTitles {
    @Test
    void agreeWithFactsForEveryOrderedTripleOfCancers() {
      for (Facts facts : DATASETS) {
        MostMatchTable table = facts.mostMatch();
        List<Cancer> pool = facts.cancersWithMostSites();
        // The title depends on the cancers only, so their first candidates stand for them.
        int[] first = new int[pool.size()];
        for (int c = table.candidateCount() - 1; c >= 0; c--) {
          first[table.cancerOf(c)] = c;
        }
        for (int x = 0; x < pool.size(); x++) {
          for (int y = 0; y < pool.size(); y++) {
            for (int z = 0; z < pool.size(); z++) {
              if (x != y && y != z && x != z) {
                List<String> sections =
                    List.of(pool.get(x).section(), pool.get(y).section(), pool.get(z).section());
                assertEquals(
                    facts.commonSectionTitle(sections),
                    table.sectionTitle(new int[] {first[x], first[y], first[z]}),
                    sections.toString());
              }
            }
          }
        }
      }
    }
  }
}

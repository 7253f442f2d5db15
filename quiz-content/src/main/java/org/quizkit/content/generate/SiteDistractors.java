package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Site;
import org.quizkit.core.seed.Seeds;

/**
 * Sites that are certainly not among a cancer's most common sites, for {@code most(c,?)} questions.
 * A candidate must make {@code most(c,s)} FALSE, must not be the organ the cancer starts in, must
 * share no word with a most common site ("bone marrow" beside "the bones" would read as a trick),
 * and, unless the cancer reaches it, must be a place cancers travel to.
 */
final class SiteDistractors {
  private SiteDistractors() {}

  private static final Set<String> RELATIVE =
      Set.of("other", "nearby", "near", "surrounding", "adjacent");

  /**
   * Whether a site can stand as a distractor for a cancer the article does not state it for: some
   * cancer must travel there (a site only ever grown into, like the renal vein, would be a
   * giveaway), and its name must not be relative to another cancer ("other lung", "nearby tissues")
   * nor name a piece of a wider site ("skin of the chest").
   */
  static boolean destination(Facts facts, Site site) {
    return facts.destination(site);
  }

  /** Works out {@link #destination}; {@link Facts} keeps the answer for each site. */
  static boolean isDestination(Facts facts, Site site) {
    return facts.travelledTo(site.id())
        && Names.words(site.name()).stream().noneMatch(RELATIVE::contains)
        && !namedPiece(facts, site);
  }

  // A piece of a wider site named after it ("skin of the chest" in the skin) is the place one
  // cancer reaches near where it began: offered for another cancer it is plainly wrong.
  private static boolean namedPiece(Facts facts, Site site) {
    return site.partOf().stream().anyMatch(whole -> Names.overlap(facts.site(whole), site));
  }

  /** The candidates for a cancer, in dataset order. */
  static List<Site> candidates(Facts facts, Cancer cancer) {
    return facts.distractors(cancer);
  }

  /** Works out {@link #candidates}; {@link Facts} keeps the answer for each cancer. */
  static List<Site> find(Facts facts, Cancer cancer) {
    List<Site> most = facts.mostSites(cancer.id());
    Set<String> taken = new HashSet<>();
    most.forEach(s -> taken.add(facts.normalOption(s)));
    List<Site> out = new ArrayList<>();
    for (Site site : facts.dataset().sites()) {
      if (facts.mostFalse(cancer.id(), site.id())
          && (facts.certain(cancer.id(), site.id()).isPresent() || destination(facts, site))
          && !facts.tooCloseToHome(cancer.id(), site.id())
          && most.stream().noneMatch(m -> facts.overlap(m, site))
          && taken.add(facts.normalOption(site))) {
        out.add(site);
      }
    }
    return out;
  }

  /**
   * Draws {@code count} candidates: about half from sites the cancer does reach at a lower tier
   * (those teach the qualifier), the rest from sites the article does not name for it.
   */
  static List<Site> pick(
      Facts facts, Cancer cancer, List<Site> candidates, int count, RandomGenerator random) {
    List<Site> stated = new ArrayList<>();
    List<Site> unstated = new ArrayList<>();
    for (Site site : candidates) {
      (facts.certain(cancer.id(), site.id()).isPresent() ? stated : unstated).add(site);
    }
    List<Site> shuffledStated = Seeds.shuffled(stated, random);
    List<Site> shuffledUnstated = Seeds.shuffled(unstated, random);
    List<Site> out = new ArrayList<>();
    int fromStated = Math.min(shuffledStated.size(), (count + 1) / 2);
    out.addAll(shuffledStated.subList(0, fromStated));
    int fromUnstated = Math.min(shuffledUnstated.size(), count - out.size());
    out.addAll(shuffledUnstated.subList(0, fromUnstated));
    int more = Math.min(shuffledStated.size() - fromStated, count - out.size());
    out.addAll(shuffledStated.subList(fromStated, fromStated + more));
    return List.copyOf(out);
  }

  /** How many of the sites the cancer does reach: each one makes the question harder. */
  static long stated(Facts facts, Cancer cancer, List<Site> sites) {
    return sites.stream().filter(s -> facts.certain(cancer.id(), s.id()).isPresent()).count();
  }
}

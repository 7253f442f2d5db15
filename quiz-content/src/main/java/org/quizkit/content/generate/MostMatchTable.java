package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Section;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.core.question.Option;

/**
 * What {@link MostMatch} asks of one dataset, worked out once as integer indexes and bit sets: the
 * search tries hundreds of (cancer, site) pairs for every question, so it must not look records up
 * in maps or compare their alias lists.
 *
 * <p>Cancers are numbered in {@link Facts#cancersWithMostSites()} order. A candidate is a cancer
 * with one of its most common sites, numbered cancer by cancer in {@link Facts#mostSites} order.
 * Sites are numbered by their place in {@link Dataset#sites()}. Every table is filled by asking
 * {@link Facts} the very questions the search used to ask one pair at a time, so the answers, and
 * with them the questions, are the same.
 *
 * <p>Immutable once built; each search call allocates its own working arrays, so one table serves
 * every thread.
 */
final class MostMatchTable {
  private static final String PREMISE = "cancer-";
  private static final String CHOICE = "site-";

  private final Cancer[] cancers;
  private final int[][] candidatesOf;
  private final int[] cancerOf;
  private final int widest;
  private final int words;

  /** Candidates whose site is not the organ the cancer starts in. */
  private final long[] usable;

  /** For each candidate, the candidates that may stand beside it in one question. */
  private final long[][] compatible;

  private final int siteWords;

  /** For each cancer, the sites that may be the extra place when the cancer is offered. */
  private final long[][] extraFor;

  /** For each candidate, the sites that may not be the extra place when it is offered. */
  private final long[][] extraExcluded;

  private final Option[] premises;
  private final Option[] choices;
  private final Option[] extraChoices;
  private final List<List<String>> basis;
  private final String[] lines;
  private final String[] titles;
  private final String[][] titleParts;

  /**
   * For each cancer, at index n - 1: the first n parts of its section title joined again, when some
   * section has that title; else null.
   */
  private final String[][] sharedTitles;

  private final List<String> tags;

  // Strings are built with concat and StringBuilder rather than +: this runs at start-up, where
  // linking each + site costs more than the whole table.
  private MostMatchTable(Facts facts) {
    Dataset dataset = facts.dataset();
    List<Cancer> pool = facts.cancersWithMostSites();
    List<Site> sites = dataset.sites();
    this.cancers = pool.toArray(new Cancer[0]);
    int cancerCount = cancers.length;

    List<Site> candidateSites = new ArrayList<>();
    List<Integer> candidateCancers = new ArrayList<>();
    this.candidatesOf = new int[cancerCount][];
    int widestList = 0;
    for (int k = 0; k < cancerCount; k++) {
      List<Site> most = facts.mostSites(cancers[k].id());
      candidatesOf[k] = new int[most.size()];
      for (int j = 0; j < most.size(); j++) {
        candidatesOf[k][j] = candidateSites.size();
        candidateSites.add(most.get(j));
        candidateCancers.add(k);
      }
      widestList = Math.max(widestList, most.size());
    }
    this.widest = widestList;
    int count = candidateSites.size();
    this.cancerOf = new int[count];
    for (int c = 0; c < count; c++) {
      cancerOf[c] = candidateCancers.get(c);
    }
    this.words = Math.max(1, (count + 63) >>> 6);

    this.usable = new long[words];
    this.compatible = new long[count][words];
    for (int a = 0; a < count; a++) {
      String cancerA = cancers[cancerOf[a]].id();
      Site siteA = candidateSites.get(a);
      if (!facts.isOwnOrgan(cancerA, siteA.id())) {
        set(usable, a);
      }
      for (int b = 0; b < count; b++) {
        if (cancerOf[a] != cancerOf[b]
            && unique(
                facts, cancers[cancerOf[a]], siteA, cancers[cancerOf[b]], candidateSites.get(b))) {
          set(compatible[a], b);
        }
      }
    }

    this.siteWords = Math.max(1, (sites.size() + 63) >>> 6);
    long[] destinations = new long[siteWords];
    for (int p = 0; p < sites.size(); p++) {
      if (SiteDistractors.destination(facts, sites.get(p))) {
        set(destinations, p);
      }
    }
    this.extraFor = new long[cancerCount][siteWords];
    for (int k = 0; k < cancerCount; k++) {
      for (int p = 0; p < sites.size(); p++) {
        String site = sites.get(p).id();
        if (facts.mostFalse(cancers[k].id(), site)
            && !facts.tooCloseToHome(cancers[k].id(), site)) {
          set(extraFor[k], p);
        }
      }
      for (int w = 0; w < siteWords; w++) {
        extraFor[k][w] &= destinations[w];
      }
    }
    this.extraExcluded = new long[count][siteWords];
    for (int c = 0; c < count; c++) {
      Site taken = candidateSites.get(c);
      for (int p = 0; p < sites.size(); p++) {
        Site site = sites.get(p);
        if (same(taken, site)
            || facts.overlap(taken, site)
            || facts.normalOption(taken).equals(facts.normalOption(site))) {
          set(extraExcluded[c], p);
        }
      }
    }

    this.premises = new Option[cancerCount];
    this.basis = new ArrayList<>();
    this.lines = new String[cancerCount];
    this.titles = new String[cancerCount];
    this.titleParts = new String[cancerCount][];
    this.sharedTitles = new String[cancerCount][];
    Set<String> sectionTitles = new HashSet<>();
    for (Section section : dataset.sections()) {
      sectionTitles.add(section.title());
    }
    for (int k = 0; k < cancerCount; k++) {
      Cancer cancer = cancers[k];
      premises[k] =
          Option.of(
              PREMISE.concat(cancer.id()),
              Names.capitalise(Explain.mostOption(facts, cancer)),
              cancer.id());
      List<String> ids = new ArrayList<>();
      for (SpreadFact fact : facts.mostFacts(cancer.id())) {
        ids.add(fact.id());
      }
      basis.add(List.copyOf(ids));
      lines[k] =
          new StringBuilder(Names.capitalise(Explain.mostLead(facts, cancer)))
              .append(" most often ")
              .append(Names.verb(cancer, "spreads", "spread"))
              .append(" to ")
              .append(Names.siteList(facts.mostSites(cancer.id())))
              .append('.')
              .toString();
      titles[k] = facts.sectionTitle(cancer.section());
      titleParts[k] = titles[k].split(" / ");
      sharedTitles[k] = new String[titleParts[k].length];
      for (int n = 1; n <= titleParts[k].length; n++) {
        String shared = String.join(" / ", List.of(titleParts[k]).subList(0, n));
        sharedTitles[k][n - 1] = sectionTitles.contains(shared) ? shared : null;
      }
    }
    this.choices = new Option[count];
    for (int c = 0; c < count; c++) {
      Site site = candidateSites.get(c);
      choices[c] = Option.of(CHOICE.concat(site.id()), Names.siteOption(site), site.id());
    }
    this.extraChoices = new Option[sites.size()];
    for (int p = 0; p < sites.size(); p++) {
      Site site = sites.get(p);
      extraChoices[p] =
          new Option(
              CHOICE.concat(site.id()),
              Names.siteOption(site),
              site.id(),
              new StringBuilder("None of these cancers has ")
                  .append(Names.the(site))
                  .append(" among its most common sites.")
                  .toString());
    }
    List<String> tagList = new ArrayList<>();
    // The pool the premises are drawn from, not the draw: tags must not change with the seed.
    for (Cancer cancer : pool) {
      tagList.add("cancer:".concat(cancer.id()));
    }
    tagList.add("topic:spread");
    this.tags = List.copyOf(tagList);
  }

  static MostMatchTable of(Facts facts) {
    return new MostMatchTable(facts);
  }

  /**
   * Whether two cancers with a site each make a unique pairing: neither site is a most common site
   * of the other cancer (false, never undecided), nor the other cancer's own organ, and neither the
   * two sites nor the two cancers read the same.
   */
  private static boolean unique(Facts facts, Cancer a, Site siteA, Cancer b, Site siteB) {
    return facts.mostFalse(a.id(), siteB.id())
        && facts.mostFalse(b.id(), siteA.id())
        && !facts.tooCloseToHome(a.id(), siteB.id())
        && !facts.tooCloseToHome(b.id(), siteA.id())
        && !facts.normalOption(siteA).equals(facts.normalOption(siteB))
        && !facts.normalOption(a).equals(facts.normalOption(b));
  }

  /**
   * {@code a.equals(b)}, as the search used to ask, without calling the record's equals when the
   * ids differ: linking a record's equals costs start-up time and ids are unique in a loaded
   * dataset.
   */
  private static boolean same(Site a, Site b) {
    return a == b || a.id().equals(b.id()) && a.equals(b);
  }

  private static void set(long[] bits, int index) {
    bits[index >>> 6] |= 1L << index;
  }

  private static boolean has(long[] bits, int offset, int index) {
    return (bits[offset + (index >>> 6)] & (1L << index)) != 0;
  }

  /**
   * The cancers' numbers in an order drawn from {@code random}, drawing exactly what {@code
   * Seeds.shuffled} draws for the list of cancers.
   */
  int[] shuffledPool(RandomGenerator random) {
    int[] pool = new int[cancers.length];
    for (int k = 0; k < pool.length; k++) {
      pool[k] = k;
    }
    shuffle(pool, pool.length, random);
    return pool;
  }

  /** Fisher-Yates from the top, as {@code Seeds.shuffled}: the same draws in the same order. */
  private static void shuffle(int[] values, int length, RandomGenerator random) {
    for (int i = length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int held = values[i];
      values[i] = values[j];
      values[j] = held;
    }
  }

  /**
   * Picks {@code size} cancers from {@code pool}, in pool order, each with one of its most common
   * sites (tried in an order drawn from {@code random}), so that the pairing is unique; backtracks
   * over both choices. Returns the candidates in pool order, or null when there is no such set.
   */
  int[] search(int[] pool, int size, RandomGenerator random) {
    int[] chosen = new int[size];
    long[] masks = new long[(size + 1) * words];
    System.arraycopy(usable, 0, masks, 0, words);
    int[][] orders = new int[size][widest];
    return extend(pool, 0, 0, chosen, masks, orders, random) ? chosen : null;
  }

  private boolean extend(
      int[] pool,
      int from,
      int depth,
      int[] chosen,
      long[] masks,
      int[][] orders,
      RandomGenerator random) {
    int size = chosen.length;
    if (depth == size) {
      return true;
    }
    int base = depth * words;
    int next = base + words;
    int[] order = orders[depth];
    for (int i = from; i < pool.length && pool.length - i >= size - depth; i++) {
      int[] candidates = candidatesOf[pool[i]];
      System.arraycopy(candidates, 0, order, 0, candidates.length);
      shuffle(order, candidates.length, random);
      for (int j = 0; j < candidates.length; j++) {
        int candidate = order[j];
        if (has(masks, base, candidate)) {
          long[] beside = compatible[candidate];
          for (int w = 0; w < words; w++) {
            masks[next + w] = masks[base + w] & beside[w];
          }
          chosen[depth] = candidate;
          if (extend(pool, i + 1, depth + 1, chosen, masks, orders, random)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The site to offer as a place that matches none of the chosen cancers, or -1: when some site
   * fits, a coin toss decides whether to offer one and a draw which (in dataset order).
   */
  int extra(int[] chosen, RandomGenerator random) {
    long[] fits = new long[siteWords];
    Arrays.fill(fits, -1L);
    for (int candidate : chosen) {
      long[] allowed = extraFor[cancerOf[candidate]];
      long[] excluded = extraExcluded[candidate];
      for (int w = 0; w < siteWords; w++) {
        fits[w] &= allowed[w] & ~excluded[w];
      }
    }
    int count = 0;
    for (long word : fits) {
      count += Long.bitCount(word);
    }
    if (count == 0 || !random.nextBoolean()) {
      return -1;
    }
    int skip = random.nextInt(count);
    for (int w = 0; w < siteWords; w++) {
      int here = Long.bitCount(fits[w]);
      if (skip < here) {
        long word = fits[w];
        for (int s = 0; s < skip; s++) {
          word &= word - 1;
        }
        return (w << 6) + Long.numberOfTrailingZeros(word);
      }
      skip -= here;
    }
    throw new IllegalStateException("counted " + count + " sites but found fewer");
  }

  /** How many candidates, (cancer, most common site) pairs, there are. */
  int candidateCount() {
    return cancerOf.length;
  }

  /** The number of the candidate's cancer. */
  int cancerOf(int candidate) {
    return cancerOf[candidate];
  }

  Option premise(int cancer) {
    return premises[cancer];
  }

  Option choice(int candidate) {
    return choices[candidate];
  }

  Option extraChoice(int site) {
    return extraChoices[site];
  }

  /** The ids of the cancer's most-tier facts, in dataset order. */
  List<String> basis(int cancer) {
    return basis.get(cancer);
  }

  /** The explanation's sentence about the cancer's most common sites. */
  String line(int cancer) {
    return lines[cancer];
  }

  /** The tags every most-match question of this dataset carries. */
  List<String> tags() {
    return tags;
  }

  /**
   * {@link Facts#commonSectionTitle} of the chosen cancers' sections, from titles split once: the
   * shared leading heading path when a section has it as its title, else the first one's title.
   */
  String sectionTitle(int[] chosen) {
    int first = cancerOf[chosen[0]];
    String[] parts = titleParts[first];
    boolean same = true;
    int common = parts.length;
    for (int i = 1; i < chosen.length; i++) {
      int cancer = cancerOf[chosen[i]];
      same &= titles[cancer].equals(titles[first]);
      String[] other = titleParts[cancer];
      int n = 0;
      while (n < common && n < other.length && parts[n].equals(other[n])) {
        n++;
      }
      common = n;
    }
    if (same || common == 0 || sharedTitles[first][common - 1] == null) {
      return titles[first];
    }
    return sharedTitles[first][common - 1];
  }
}

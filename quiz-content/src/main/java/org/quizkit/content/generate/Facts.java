package org.quizkit.content.generate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;

/**
 * The dataset seen the way docs/claims.md reads it: uncertain facts are set aside, and a cancer's
 * list of most common sites is complete, so {@code most(c,s)} is false for every other certain pair
 * of a cancer that has one.
 *
 * <p>Every list keeps dataset order, so whatever reaches a question does not depend on hashing.
 */
final class Facts {
  private final Dataset dataset;
  // Generation asks the same questions of the dataset over and over (a pair's fact, a site's
  // normal form, a cancer's distractors), so each answer is worked out once here: the dataset is
  // immutable and so are these tables.
  private final ImmutableTable<String, String, SpreadFact> byPair;
  private final ImmutableMap<String, List<SpreadFact>> certainByCancer;
  private final ImmutableMap<String, List<Cancer>> organCancers;
  private final ImmutableMap<String, List<SpreadFact>> mostByCancer;
  private final ImmutableSet<String> travelledTo;
  private final ImmutableMap<String, List<Site>> mostSites;
  private final ImmutableList<Cancer> cancersWithMostSites;
  private final ImmutableMap<String, String> siteNormals;
  private final ImmutableMap<String, String> cancerNormals;
  private final ImmutableMap<String, ImmutableSet<String>> contentWords;
  private final ImmutableSet<String> destinations;
  private final ImmutableMap<String, List<Site>> distractors;
  private final ImmutableMap<String, Site> sitesById;
  private final ImmutableMap<String, Cancer> cancersById;
  private final ImmutableList<SpreadFact> certainFacts;
  private final ImmutableMap<String, String> nameNormals;
  private final ImmutableMap<String, ImmutableSet<String>> mostFalseSites;
  private final ImmutableMap<String, ImmutableSet<String>> ownOrganCancers;
  private final MostMatchTable mostMatch;
  // Site id to the ids of the sites it lies inside, directly or through others (part_of, closed).
  private final ImmutableMap<String, ImmutableSet<String>> outerSites;
  private final ImmutableMap<String, List<Site>> inside;
  private final ImmutableMap<String, List<Site>> containing;

  private Facts(Dataset dataset) {
    this.dataset = dataset;
    Map<String, Site> sitesMap = new LinkedHashMap<>();
    dataset.sites().forEach(site -> sitesMap.putIfAbsent(site.id(), site));
    this.sitesById = ImmutableMap.copyOf(sitesMap);
    Map<String, Cancer> cancersMap = new LinkedHashMap<>();
    dataset.cancers().forEach(cancer -> cancersMap.putIfAbsent(cancer.id(), cancer));
    this.cancersById = ImmutableMap.copyOf(cancersMap);
    Map<String, ImmutableSet<String>> outers = new LinkedHashMap<>();
    dataset.sites().forEach(site -> outers.put(site.id(), closure(sitesMap, site.id())));
    this.outerSites = ImmutableMap.copyOf(outers);
    Map<String, List<Site>> insideMap = new LinkedHashMap<>();
    Map<String, List<Site>> containingMap = new LinkedHashMap<>();
    for (Site site : sitesMap.values()) {
      insideMap.put(
          site.id(),
          sitesMap.values().stream()
              .filter(other -> outers.get(other.id()).contains(site.id()))
              .toList());
      containingMap.put(
          site.id(),
          sitesMap.values().stream()
              .filter(other -> outers.get(site.id()).contains(other.id()))
              .toList());
    }
    this.inside = ImmutableMap.copyOf(insideMap);
    this.containing = ImmutableMap.copyOf(containingMap);
    this.certainFacts =
        dataset.facts().stream()
            .filter(f -> !f.uncertain())
            .collect(ImmutableList.toImmutableList());
    Map<String, String> names = new LinkedHashMap<>();
    for (Site site : dataset.sites()) {
      names.computeIfAbsent(site.name(), Names::normal);
      site.synonyms().forEach(synonym -> names.computeIfAbsent(synonym, Names::normal));
    }
    for (Cancer cancer : dataset.cancers()) {
      names.computeIfAbsent(cancer.name(), Names::normal);
      cancer.aliases().forEach(alias -> names.computeIfAbsent(alias, Names::normal));
    }
    this.nameNormals = ImmutableMap.copyOf(names);
    Map<String, SpreadFact> pairs = new LinkedHashMap<>();
    for (SpreadFact fact : dataset.facts()) {
      pairs.putIfAbsent(fact.cancer() + ">" + fact.site(), fact);
    }
    ImmutableTable.Builder<String, String, SpreadFact> table = ImmutableTable.builder();
    pairs.values().forEach(f -> table.put(f.cancer(), f.site(), f));
    this.byPair = table.buildOrThrow();
    Map<String, List<SpreadFact>> byCancer = new LinkedHashMap<>();
    for (Cancer cancer : dataset.cancers()) {
      byCancer.put(
          cancer.id(),
          dataset.factsAbout(cancer.id()).stream().filter(f -> !f.uncertain()).toList());
    }
    this.certainByCancer = ImmutableMap.copyOf(byCancer);
    Map<String, List<SpreadFact>> most = new LinkedHashMap<>();
    byCancer.forEach(
        (cancer, facts) ->
            most.put(cancer, facts.stream().filter(f -> f.tier() == Tier.MOST).toList()));
    this.mostByCancer = ImmutableMap.copyOf(most);
    this.travelledTo =
        dataset.facts().stream()
            .filter(f -> !f.uncertain() && f.tier() != Tier.LOCAL)
            .map(SpreadFact::site)
            .collect(ImmutableSet.toImmutableSet());
    Map<String, List<Cancer>> organs = new LinkedHashMap<>();
    for (Site site : dataset.sites()) {
      organs.put(site.id(), findOrganCancers(site));
    }
    this.organCancers = ImmutableMap.copyOf(organs);
    Map<String, ImmutableSet<String>> own = new LinkedHashMap<>();
    organs.forEach(
        (site, cancers) ->
            own.put(site, cancers.stream().map(Cancer::id).collect(ImmutableSet.toImmutableSet())));
    this.ownOrganCancers = ImmutableMap.copyOf(own);
    Map<String, ImmutableSet<String>> mostFalse = new LinkedHashMap<>();
    for (Cancer cancer : dataset.cancers()) {
      mostFalse.putIfAbsent(
          cancer.id(),
          dataset.sites().stream()
              .map(Site::id)
              .filter(site -> findMostFalse(cancer.id(), site))
              .collect(ImmutableSet.toImmutableSet()));
    }
    this.mostFalseSites = ImmutableMap.copyOf(mostFalse);
    Map<String, List<Site>> mostSitesByCancer = new LinkedHashMap<>();
    most.forEach(
        (cancer, facts) ->
            mostSitesByCancer.put(cancer, facts.stream().map(f -> site(f.site())).toList()));
    this.mostSites = ImmutableMap.copyOf(mostSitesByCancer);
    this.cancersWithMostSites =
        dataset.cancers().stream()
            .filter(c -> !mostFacts(c.id()).isEmpty())
            .collect(ImmutableList.toImmutableList());
    Map<String, String> normals = new LinkedHashMap<>();
    Map<String, ImmutableSet<String>> words = new LinkedHashMap<>();
    for (Site site : dataset.sites()) {
      normals.putIfAbsent(site.id(), Names.normal(Names.siteOption(site)));
      words.putIfAbsent(site.id(), Names.contentWords(site));
    }
    this.siteNormals = ImmutableMap.copyOf(normals);
    this.contentWords = ImmutableMap.copyOf(words);
    Map<String, String> cancerNames = new LinkedHashMap<>();
    for (Cancer cancer : dataset.cancers()) {
      cancerNames.putIfAbsent(cancer.id(), Names.normal(Names.cancerOption(cancer)));
    }
    this.cancerNormals = ImmutableMap.copyOf(cancerNames);
    this.destinations =
        dataset.sites().stream()
            .filter(site -> SiteDistractors.isDestination(this, site))
            .map(Site::id)
            .collect(ImmutableSet.toImmutableSet());
    // Last, because finding distractors reads every table above.
    Map<String, List<Site>> distractorsByCancer = new LinkedHashMap<>();
    for (Cancer cancer : dataset.cancers()) {
      distractorsByCancer.putIfAbsent(cancer.id(), SiteDistractors.find(this, cancer));
    }
    this.distractors = ImmutableMap.copyOf(distractorsByCancer);
    // After everything it reads: the most-match search asks its questions of the tables above.
    this.mostMatch = MostMatchTable.of(this);
  }

  // Every site this one lies inside, following part_of as far as it goes. The loader has refused
  // cycles; the seen-set only keeps a hand-built dataset from looping.
  private static ImmutableSet<String> closure(Map<String, Site> sites, String siteId) {
    java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(siteId));
    while (!todo.isEmpty()) {
      Site site = sites.get(todo.remove(0));
      if (site == null) {
        continue;
      }
      for (String outer : site.partOf()) {
        if (!outer.equals(siteId) && found.add(outer)) {
          todo.add(outer);
        }
      }
    }
    return ImmutableSet.copyOf(found);
  }

  static Facts of(Dataset dataset) {
    return new Facts(dataset);
  }

  Dataset dataset() {
    return dataset;
  }

  /** The most-match template's view of this dataset, built once: see MostMatchTable. */
  MostMatchTable mostMatch() {
    return mostMatch;
  }

  /** The fact the dataset states for this pair, uncertain or not. */
  Optional<SpreadFact> stated(String cancer, String site) {
    return Optional.ofNullable(byPair.get(cancer, site));
  }

  /** The fact for this pair when it is stated and certain. */
  Optional<SpreadFact> certain(String cancer, String site) {
    return stated(cancer, site).filter(f -> !f.uncertain());
  }

  boolean uncertain(String cancer, String site) {
    return stated(cancer, site).map(SpreadFact::uncertain).orElse(false);
  }

  /** The certain facts about a cancer, in dataset order. */
  List<SpreadFact> certainFacts(String cancer) {
    return certainByCancer.getOrDefault(cancer, List.of());
  }

  /** Every certain fact, in dataset order. */
  List<SpreadFact> certainFacts() {
    return certainFacts;
  }

  /** {@code Names.normal(text)}, looked up for the dataset's names and worked out for others. */
  String normal(String text) {
    String normal = nameNormals.get(text);
    return normal != null ? normal : Names.normal(text);
  }

  /** The certain facts of tier most about a cancer, in dataset order. */
  List<SpreadFact> mostFacts(String cancer) {
    return mostByCancer.getOrDefault(cancer, List.of());
  }

  /** The sites of {@link #mostFacts}, in dataset order. */
  List<Site> mostSites(String cancer) {
    return mostSites.getOrDefault(cancer, List.of());
  }

  /** Whether some cancer travels to the site: a certain fact of any tier but local names it. */
  boolean travelledTo(String siteId) {
    return travelledTo.contains(siteId);
  }

  /**
   * The sites that lie inside this one, directly or through others, in dataset order: the liver and
   * the spleen inside the organs of the pelvis and abdomen. Empty for an unknown id.
   */
  List<Site> sitesInside(String siteId) {
    return inside.getOrDefault(siteId, List.of());
  }

  /**
   * The sites this one lies inside, directly or through others, in dataset order: the organs of the
   * pelvis and abdomen for the liver. Empty for an unknown id.
   */
  List<Site> sitesContaining(String siteId) {
    return containing.getOrDefault(siteId, List.of());
  }

  /**
   * Whether one of the two sites lies inside the other (a site is not nested in itself). Such a
   * pair is never a right answer and a wrong one in the same question: whoever names the part names
   * a piece of the whole.
   */
  boolean nested(String siteA, String siteB) {
    return outerSites.getOrDefault(siteA, ImmutableSet.of()).contains(siteB)
        || outerSites.getOrDefault(siteB, ImmutableSet.of()).contains(siteA);
  }

  /** Whether {@code most(c,s)} is TRUE. */
  boolean mostTrue(String cancer, String site) {
    return certain(cancer, site).map(f -> f.tier() == Tier.MOST).orElse(false);
  }

  /**
   * Whether {@code most(c,s)} is FALSE: c has certain most sites, the pair is certain or unstated,
   * s is not one of them, c does not grow into s locally (the article ranks only where a cancer
   * spreads), and s neither contains nor lies inside one of them.
   */
  boolean mostFalse(String cancer, String site) {
    ImmutableSet<String> sites = mostFalseSites.get(cancer);
    return sites != null && sites.contains(site) || sites == null && findMostFalse(cancer, site);
  }

  private boolean findMostFalse(String cancer, String site) {
    return !mostFacts(cancer).isEmpty()
        && !uncertain(cancer, site)
        && !mostTrue(cancer, site)
        && certain(cancer, site).map(f -> f.tier() != Tier.LOCAL).orElse(true)
        && mostFacts(cancer).stream().noneMatch(m -> nested(m.site(), site));
  }

  /** Cancers that have at least one certain most common site, in dataset order. */
  List<Cancer> cancersWithMostSites() {
    return cancersWithMostSites;
  }

  /** {@code Names.normal(Names.siteOption(site))}, worked out once per site. */
  String normalOption(Site site) {
    String normal = siteNormals.get(site.id());
    return normal != null ? normal : Names.normal(Names.siteOption(site));
  }

  /** {@code Names.normal(Names.cancerOption(cancer))}, worked out once per cancer. */
  String normalOption(Cancer cancer) {
    String normal = cancerNormals.get(cancer.id());
    return normal != null ? normal : Names.normal(Names.cancerOption(cancer));
  }

  /**
   * Whether two sites share a content word in any of their names ("the bones" and "bone marrow"),
   * so that one would make a confusing distractor for the other.
   */
  boolean overlap(Site a, Site b) {
    ImmutableSet<String> wordsOfA = contentWords.get(a.id());
    ImmutableSet<String> wordsOfB = contentWords.get(b.id());
    if (wordsOfA == null || wordsOfB == null) {
      return Names.overlap(a, b);
    }
    for (String word : wordsOfB) {
      if (wordsOfA.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the site can stand as a distractor where unstated: see SiteDistractors. */
  boolean destination(Site site) {
    return destinations.contains(site.id());
  }

  /** The distractor candidates for a cancer, in dataset order: see SiteDistractors. */
  List<Site> distractors(Cancer cancer) {
    List<Site> found = distractors.get(cancer.id());
    return found != null ? found : SiteDistractors.find(this, cancer);
  }

  Site site(String id) {
    Site site = sitesById.get(id);
    if (site == null) {
      throw new IllegalStateException("unknown site '" + id + "'");
    }
    return site;
  }

  Cancer cancer(String id) {
    Cancer cancer = cancersById.get(id);
    if (cancer == null) {
      throw new IllegalStateException("unknown cancer '" + id + "'");
    }
    return cancer;
  }

  /** The title of a section, or its id when the dataset has no such section. */
  String sectionTitle(String sectionId) {
    return dataset.section(sectionId).map(s -> s.title()).orElse(sectionId);
  }

  /**
   * The title of a section that covers several: the section whose title is their shared leading
   * heading path (for example "Which cancers spread where?") when the dataset has one, else the
   * first section's title, so that the result is always a real section title.
   */
  String commonSectionTitle(List<String> sectionIds) {
    List<String> titles = sectionIds.stream().map(this::sectionTitle).distinct().toList();
    if (titles.size() == 1) {
      return titles.get(0);
    }
    List<String> common = null;
    for (String title : titles) {
      List<String> parts = List.of(title.split(" / "));
      if (common == null) {
        common = new ArrayList<>(parts);
      } else {
        int n = 0;
        while (n < common.size() && n < parts.size() && common.get(n).equals(parts.get(n))) {
          n++;
        }
        common = new ArrayList<>(common.subList(0, n));
      }
    }
    if (common != null && !common.isEmpty()) {
      String shared = String.join(" / ", common);
      if (dataset.sections().stream().anyMatch(s -> s.title().equals(shared))) {
        return shared;
      }
    }
    return titles.get(0);
  }

  /**
   * The cancers that start in this site's organ (lung cancer for the lungs), found by comparing the
   * cancer's id, name and aliases with the site's id, name and synonyms once the words "cancer",
   * "the" and plurals are set aside. The dataset has no organ field, and this is the one place that
   * guesses it.
   */
  List<Cancer> organCancers(String siteId) {
    return organCancers.getOrDefault(siteId, List.of());
  }

  private List<Cancer> findOrganCancers(Site site) {
    List<String> siteKeys = new ArrayList<>();
    siteKeys.add(Names.organKey(site.id()));
    siteKeys.add(Names.organKey(site.name()));
    site.synonyms().forEach(s -> siteKeys.add(Names.organKey(s)));
    ImmutableList.Builder<Cancer> out = ImmutableList.builder();
    for (Cancer cancer : dataset.cancers()) {
      List<String> keys = new ArrayList<>();
      keys.add(Names.organKey(cancer.id()));
      keys.add(Names.organKey(cancer.name()));
      cancer.aliases().forEach(a -> keys.add(Names.organKey(a)));
      if (keys.stream().anyMatch(k -> !k.isEmpty() && siteKeys.contains(k))) {
        out.add(cancer);
      }
    }
    return out.build();
  }

  /**
   * Whether a site is too close to where the cancer starts to be offered as "not one of its most
   * common sites": the organ it starts in, or, when the article says nothing of the pair, a site
   * that contains, lies inside or shares a word with that organ, or contains or lies inside a site
   * the cancer grows into locally (the outer lining of the lungs for lung cancer, the organs of the
   * pelvis and abdomen for liver cancer or for kidney cancer, which grows into the adrenal glands).
   * The contract calls such a site FALSE for {@code most}; a careful reader could still argue it,
   * so no question offers it.
   */
  boolean tooCloseToHome(String cancerId, String siteId) {
    if (isOwnOrgan(cancerId, siteId)) {
      return true;
    }
    if (stated(cancerId, siteId).isPresent()) {
      return false;
    }
    for (Map.Entry<String, ImmutableSet<String>> organ : ownOrganCancers.entrySet()) {
      if (organ.getValue().contains(cancerId)
          && (nested(organ.getKey(), siteId) || overlap(site(organ.getKey()), site(siteId)))) {
        return true;
      }
    }
    for (SpreadFact fact : dataset.factsAbout(cancerId)) {
      if (fact.tier() == Tier.LOCAL && nested(fact.site(), siteId)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the site is the organ the cancer starts in. */
  boolean isOwnOrgan(String cancerId, String siteId) {
    ImmutableSet<String> cancers = ownOrganCancers.get(siteId);
    return cancers != null && cancers.contains(cancerId);
  }
}

package org.quizkit.content.generate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
  private final ImmutableMap<String, SpreadFact> byPair;
  private final ImmutableMap<String, List<SpreadFact>> certainByCancer;
  private final ImmutableMap<String, List<Cancer>> organCancers;
  private final ImmutableMap<String, List<SpreadFact>> mostByCancer;
  private final ImmutableSet<String> travelledTo;

  private Facts(Dataset dataset) {
    this.dataset = dataset;
    Map<String, SpreadFact> pairs = new LinkedHashMap<>();
    for (SpreadFact fact : dataset.facts()) {
      pairs.putIfAbsent(pairKey(fact.cancer(), fact.site()), fact);
    }
    this.byPair = ImmutableMap.copyOf(pairs);
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
  }

  static Facts of(Dataset dataset) {
    return new Facts(dataset);
  }

  Dataset dataset() {
    return dataset;
  }

  private static String pairKey(String cancer, String site) {
    return cancer + ">" + site;
  }

  /** The fact the dataset states for this pair, uncertain or not. */
  Optional<SpreadFact> stated(String cancer, String site) {
    return Optional.ofNullable(byPair.get(pairKey(cancer, site)));
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
    return dataset.facts().stream().filter(f -> !f.uncertain()).toList();
  }

  /** The certain facts of tier most about a cancer, in dataset order. */
  List<SpreadFact> mostFacts(String cancer) {
    return mostByCancer.getOrDefault(cancer, List.of());
  }

  /** The sites of {@link #mostFacts}, in dataset order. */
  List<Site> mostSites(String cancer) {
    return mostFacts(cancer).stream().map(f -> site(f.site())).toList();
  }

  /** Whether some cancer travels to the site: a certain fact of any tier but local names it. */
  boolean travelledTo(String siteId) {
    return travelledTo.contains(siteId);
  }

  /** Whether {@code most(c,s)} is TRUE. */
  boolean mostTrue(String cancer, String site) {
    return certain(cancer, site).map(f -> f.tier() == Tier.MOST).orElse(false);
  }

  /**
   * Whether {@code most(c,s)} is FALSE: c has certain most sites, the pair is certain or unstated,
   * and s is not one of them.
   */
  boolean mostFalse(String cancer, String site) {
    return !mostFacts(cancer).isEmpty() && !uncertain(cancer, site) && !mostTrue(cancer, site);
  }

  /** Cancers that have at least one certain most common site, in dataset order. */
  List<Cancer> cancersWithMostSites() {
    return dataset.cancers().stream().filter(c -> !mostFacts(c.id()).isEmpty()).toList();
  }

  Site site(String id) {
    return dataset
        .site(id)
        .orElseThrow(() -> new IllegalStateException("unknown site '" + id + "'"));
  }

  Cancer cancer(String id) {
    return dataset
        .cancer(id)
        .orElseThrow(() -> new IllegalStateException("unknown cancer '" + id + "'"));
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

  /** Whether the site is the organ the cancer starts in. */
  boolean isOwnOrgan(String cancerId, String siteId) {
    return organCancers(siteId).stream().anyMatch(c -> c.id().equals(cancerId));
  }
}

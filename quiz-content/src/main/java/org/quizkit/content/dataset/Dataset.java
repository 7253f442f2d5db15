package org.quizkit.content.dataset;

import java.util.List;
import java.util.Optional;

/**
 * The spread dataset: which cancers reach which sites how often, and the concepts around spread.
 * Open world: a site the dataset does not name for a cancer is not stated, never false.
 *
 * <p>Immutable and thread-safe. Built only by the loader, which has already validated every
 * reference, so lookups by an id taken from the dataset itself never fail.
 */
public record Dataset(
    String name,
    List<Section> sections,
    List<Site> sites,
    List<Cancer> cancers,
    List<SpreadFact> facts,
    List<Route> routes,
    List<Step> steps,
    List<Claim> claims,
    List<Downstream> downstream) {
  public Dataset {
    sections = List.copyOf(sections);
    sites = List.copyOf(sites);
    cancers = List.copyOf(cancers);
    facts = List.copyOf(facts);
    routes = List.copyOf(routes);
    steps = List.copyOf(steps);
    claims = List.copyOf(claims);
    downstream = List.copyOf(downstream);
  }

  /** The site with this id. */
  public Optional<Site> site(String id) {
    return sites.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The cancer with this id. */
  public Optional<Cancer> cancer(String id) {
    return cancers.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The section with this id. */
  public Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The facts about one cancer, in dataset order. */
  public List<SpreadFact> factsAbout(String cancerId) {
    return facts.stream().filter(f -> f.cancer().equals(cancerId)).toList();
  }

  /** The fact that this cancer reaches this site, if the source states one. */
  public Optional<SpreadFact> fact(String cancerId, String siteId) {
    return facts.stream()
        .filter(f -> f.cancer().equals(cancerId) && f.site().equals(siteId))
        .findFirst();
  }
}

package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

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
    List<Downstream> downstream,
    List<Term> terms,
    List<Statement> statements,
    List<Clue> clues,
    List<Sequence> sequences,
    Optional<SourceArticle> source) {
  /** Checks the name is present and copies every list. */
  public Dataset {
    checkNotNull(name, "name");
    checkNotNull(source, "source");
    sections = List.copyOf(sections);
    sites = List.copyOf(sites);
    cancers = List.copyOf(cancers);
    facts = List.copyOf(facts);
    routes = List.copyOf(routes);
    steps = List.copyOf(steps);
    claims = List.copyOf(claims);
    downstream = List.copyOf(downstream);
    terms = List.copyOf(terms);
    statements = List.copyOf(statements);
    clues = List.copyOf(clues);
    sequences = List.copyOf(sequences);
  }

  /** A dataset that names no source article. */
  public Dataset(
      String name,
      List<Section> sections,
      List<Site> sites,
      List<Cancer> cancers,
      List<SpreadFact> facts,
      List<Route> routes,
      List<Step> steps,
      List<Claim> claims,
      List<Downstream> downstream,
      List<Term> terms,
      List<Statement> statements,
      List<Clue> clues,
      List<Sequence> sequences) {
    this(
        name,
        sections,
        sites,
        cancers,
        facts,
        routes,
        steps,
        claims,
        downstream,
        terms,
        statements,
        clues,
        sequences,
        Optional.empty());
  }

  /** A dataset without terms, statements, clues or sequences. */
  public Dataset(
      String name,
      List<Section> sections,
      List<Site> sites,
      List<Cancer> cancers,
      List<SpreadFact> facts,
      List<Route> routes,
      List<Step> steps,
      List<Claim> claims,
      List<Downstream> downstream) {
    this(
        name,
        sections,
        sites,
        cancers,
        facts,
        routes,
        steps,
        claims,
        downstream,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The site with this id. */
  public Optional<Site> site(String id) {
    return sites.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The site a learner's word names: its name or one of its synonyms, ignoring case, punctuation, a
   * leading article and plain plurals ("The Adrenal-Gland" finds {@code adrenal-glands}). The
   * loader guarantees no word names two sites.
   */
  public Optional<Site> siteNamed(String word) {
    String key = NameMatching.normalise(word);
    return sites.stream()
        .filter(
            s ->
                NameMatching.normalise(s.name()).equals(key)
                    || s.synonyms().stream().anyMatch(w -> NameMatching.normalise(w).equals(key)))
        .findFirst();
  }

  /**
   * The cancer a learner's word names: its name or one of its aliases, compared as in {@link
   * #siteNamed}.
   */
  public Optional<Cancer> cancerNamed(String word) {
    String key = NameMatching.normalise(word);
    return cancers.stream()
        .filter(
            c ->
                NameMatching.normalise(c.name()).equals(key)
                    || c.aliases().stream().anyMatch(w -> NameMatching.normalise(w).equals(key)))
        .findFirst();
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

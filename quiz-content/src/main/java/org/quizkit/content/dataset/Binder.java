package org.quizkit.content.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import org.quizkit.content.internal.tree.Problems;

/**
 * Turns a located tree into a {@link Dataset}, checking the schema and every reference. Goes on
 * after each problem so that one run reports them all; an entry with a problem is left out of the
 * result, and the result is only returned when there were none.
 */
final class Binder {
  static final int SCHEMA = 1;
  private static final List<String> TOP_REQUIRED =
      List.of("schema", "name", "sections", "sites", "cancers", "spread");
  private static final List<String> TOP_OPTIONAL =
      List.of(
          "source",
          "routes",
          "steps",
          "claims",
          "downstream",
          "terms",
          "statements",
          "clues",
          "sequences");

  private final Problems problems;
  final Ids sections;
  final Ids sites;
  final Ids cancers;
  // Normalised site names and synonyms, and cancer names and aliases, to the id they belong to.
  final Map<String, String> siteWords = new LinkedHashMap<>();
  final Map<String, String> cancerWords = new LinkedHashMap<>();

  Binder(Problems problems) {
    this.problems = problems;
    this.sections = new Ids("section", true, problems);
    this.sites = new Ids("site", false, problems);
    this.cancers = new Ids("cancer", false, problems);
  }

  /** The dataset, or empty when anything was reported. */
  Optional<Dataset> bind(Node root) {
    if (!(root instanceof Node.MapNode)) {
      problems.at(
          root,
          "not a dataset: expected a mapping with the keys "
              + String.join(", ", TOP_REQUIRED)
              + ", found "
              + root.describe());
      return Optional.empty();
    }
    if (!schemaIsSupported((Node.MapNode) root)) {
      return Optional.empty();
    }
    Fields top =
        Fields.of(root, "dataset", 0, List.of(), TOP_REQUIRED, TOP_OPTIONAL, problems).get();
    top.integer("schema");
    Optional<ScalarNode> name = top.text("name");
    Optional<SourceArticle> source = top.value("source").flatMap(this::source);
    // Order matters: each list may refer only to ids of the lists bound before it.
    List<Section> sectionList = each(top, "sections", this::section);
    List<Site> siteList = each(top, "sites", this::site);
    checkContainment();
    List<Cancer> cancerList = each(top, "cancers", this::cancer);
    List<SpreadFact> facts = each(top, "spread", this::fact);
    Concepts concepts = new Concepts(this, problems);
    List<Route> routes = each(top, "routes", concepts::route);
    List<Step> steps = each(top, "steps", concepts::step);
    List<Claim> claims = each(top, "claims", concepts::claim);
    List<Downstream> downstream = each(top, "downstream", concepts::downstream);
    concepts.checkStepOrder();
    Extras extras = new Extras(this, problems);
    List<Term> terms = each(top, "terms", extras::term);
    extras.checkClashes();
    List<Statement> statements = each(top, "statements", extras::statement);
    List<Clue> clues = each(top, "clues", extras::clue);
    List<Sequence> sequences = each(top, "sequences", extras::sequence);
    if (top.list("spread").isPresent()) {
      everyCancerHasAFact();
    }
    if (problems.any() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Dataset(
            name.get().text(),
            sectionList,
            siteList,
            cancerList,
            facts,
            routes,
            steps,
            claims,
            downstream,
            terms,
            statements,
            clues,
            sequences,
            source));
  }

  // Checked before anything else: another version has other keys, so checking further would
  // only bury the one real problem. A missing or mistyped version is reported with the rest.
  private boolean schemaIsSupported(Node.MapNode root) {
    for (Node.Entry entry : root.entries()) {
      if (entry.key().equals("schema")
          && entry.value() instanceof ScalarNode s
          && s.kind() == Node.Kind.INTEGER
          && !isSchema(s.text())) {
        problems.at(
            s,
            "unsupported schema version "
                + s.text()
                + " (this loader reads schema "
                + SCHEMA
                + ")");
        return false;
      }
    }
    return true;
  }

  private static boolean isSchema(String number) {
    try {
      return Integer.parseInt(number) == SCHEMA;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Optional<SourceArticle> source(Node node) {
    return Fields.of(
            node,
            "source",
            0,
            List.of(),
            List.of("title", "publisher", "reviewed"),
            List.of(),
            problems)
        .flatMap(
            f -> {
              Optional<ScalarNode> title = f.text("title");
              Optional<ScalarNode> publisher = f.text("publisher");
              Optional<LocalDate> reviewed =
                  f.text("reviewed")
                      .flatMap(
                          date -> {
                            try {
                              return Optional.of(LocalDate.parse(date.text()));
                            } catch (DateTimeParseException e) {
                              f.fail(
                                  date,
                                  "'reviewed' of source should be a date like 2014-02-07, found '"
                                      + date.text()
                                      + "'");
                              return Optional.empty();
                            }
                          });
              if (title.isEmpty() || publisher.isEmpty() || reviewed.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new SourceArticle(title.get().text(), publisher.get().text(), reviewed.get()));
            });
  }

  /** Binds each entry of a list key; entries with problems are reported and left out. */
  <T> List<T> each(Fields top, String key, BiFunction<Node, Integer, Optional<T>> bind) {
    List<T> out = new ArrayList<>();
    List<Node> items = top.list(key).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      bind.apply(items.get(i), i + 1).ifPresent(out::add);
    }
    return out;
  }

  /** Reads an entry's keys; the caller checks the values. */
  Optional<Fields> fields(
      Node node,
      int index,
      String noun,
      List<String> naming,
      List<String> required,
      List<String> optional) {
    return Fields.of(node, noun, index, naming, required, optional, problems);
  }

  private Optional<Section> section(Node node, int index) {
    Optional<Fields> read =
        fields(node, index, "section", List.of("id"), List.of("id", "title"), List.of());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    boolean idOk = f.text("id").map(sections::add).orElse(false);
    Optional<ScalarNode> title = f.text("title");
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(new Section(f.text("id").get().text(), title.get().text()));
  }

  private Optional<Site> site(Node node, int index) {
    Optional<Fields> read =
        fields(
            node,
            index,
            "site",
            List.of("id"),
            List.of("id", "name"),
            List.of("synonyms", "part_of"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(sites::add).orElse(false);
    Optional<ScalarNode> name = f.text("name");
    name.ifPresent(n -> checkPlainName(f, n));
    List<ScalarNode> synonyms = f.texts("synonyms");
    List<ScalarNode> partOf = f.texts("part_of");
    if (id.isPresent()) {
      name.ifPresent(n -> claimWord(f, "site", id.get().text(), "name", n, siteWords));
      synonyms.forEach(s -> claimWord(f, "site", id.get().text(), "synonym", s, siteWords));
      // Checked once every site is known: a site may lie inside one listed after it.
      partOf.forEach(p -> containers.add(new Containment(id.get().text(), p)));
    }
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Site(
            id.get().text(),
            name.get().text(),
            synonyms.stream().map(ScalarNode::text).toList(),
            partOf.stream().map(ScalarNode::text).toList()));
  }

  /** One {@code part_of} entry: the site {@code inner} lies inside the site {@code outer} names. */
  private record Containment(String inner, ScalarNode outer) {}

  private final List<Containment> containers = new ArrayList<>();

  /**
   * Reports {@code part_of} entries that name no site, the site itself, a site twice, or close a
   * cycle (a site cannot lie inside a site that lies inside it).
   */
  private void checkContainment() {
    Map<String, List<String>> outers = new LinkedHashMap<>();
    for (Containment c : containers) {
      String outer = c.outer().text();
      if (outer.equals(c.inner())) {
        problems.at(
            c.outer(),
            "site '"
                + c.inner()
                + "' is listed in its own part_of; a site cannot lie inside itself");
        continue;
      }
      if (!sites.check(c.outer(), siteWords)) {
        continue;
      }
      List<String> known = outers.computeIfAbsent(c.inner(), k -> new ArrayList<>());
      if (known.contains(outer)) {
        problems.at(c.outer(), "site '" + c.inner() + "' lists '" + outer + "' twice in part_of");
        continue;
      }
      known.add(outer);
    }
    Set<String> inCycle = new HashSet<>();
    for (Containment c : containers) {
      String outer = c.outer().text();
      if (!outers.getOrDefault(c.inner(), List.of()).contains(outer)
          || inCycle.contains(c.inner())) {
        continue;
      }
      // A path from the outer site back to the inner one closes a cycle through this entry.
      List<String> path = pathBack(outer, c.inner(), outers, new ArrayList<>());
      if (!path.isEmpty()) {
        inCycle.add(c.inner());
        inCycle.addAll(path);
        problems.at(
            c.outer(),
            "part_of of site '"
                + c.inner()
                + "' makes a cycle: "
                + c.inner()
                + " inside "
                + String.join(" inside ", path)
                + "; a site cannot lie inside a site that lies inside it");
      }
    }
  }

  // The sites from 'from' to 'to' following part_of, or empty when 'to' cannot be reached.
  private static List<String> pathBack(
      String from, String to, Map<String, List<String>> outers, List<String> seen) {
    if (seen.contains(from)) {
      return List.of();
    }
    seen.add(from);
    if (from.equals(to)) {
      return List.of(from);
    }
    for (String next : outers.getOrDefault(from, List.of())) {
      List<String> rest = pathBack(next, to, outers, seen);
      if (!rest.isEmpty()) {
        List<String> path = new ArrayList<>();
        path.add(from);
        path.addAll(rest);
        return path;
      }
    }
    return List.of();
  }

  // Questions put "the" in front of a site's name when their sentence needs it.
  private void checkPlainName(Fields f, ScalarNode name) {
    String text = name.text();
    String lower = text.toLowerCase(Locale.ROOT);
    if (!text.equals(lower)
        || lower.startsWith("the ")
        || lower.startsWith("a ")
        || lower.startsWith("an ")) {
      f.fail(
          name,
          "name '"
              + text
              + "' of "
              + f.what()
              + " should be a lower-case noun phrase without a leading article, such as 'adrenal glands'");
    }
  }

  /**
   * Records that a word names this entry; reports it when it already names another one, since a
   * learner's answer could then match two sites (or two cancers).
   */
  void claimWord(
      Fields f, String noun, String id, String role, ScalarNode word, Map<String, String> words) {
    String key = NameMatching.normalise(word.text());
    if (key.isEmpty()) {
      f.fail(word, role + " '" + word.text() + "' of " + f.what() + " has no letters or digits");
      return;
    }
    String owner = words.putIfAbsent(key, id);
    if (owner != null && !owner.equals(id)) {
      f.fail(
          word,
          role
              + " '"
              + word.text()
              + "' of "
              + f.what()
              + " is also a name or "
              + (noun.equals("site") ? "synonym" : "alias")
              + " of "
              + noun
              + " '"
              + owner
              + "' (ignoring case and plurals both read '"
              + key
              + "')");
    }
  }

  private Optional<Cancer> cancer(Node node, int index) {
    Optional<Fields> read =
        fields(
            node,
            index,
            "cancer",
            List.of("id"),
            List.of("id", "name", "section", "reach"),
            List.of("aliases", "reach_note"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> id = f.text("id");
    boolean idOk = id.map(cancers::add).orElse(false);
    Optional<ScalarNode> name = f.text("name");
    List<ScalarNode> aliases = f.texts("aliases");
    if (id.isPresent()) {
      name.ifPresent(n -> claimWord(f, "cancer", id.get().text(), "name", n, cancerWords));
      aliases.forEach(a -> claimWord(f, "cancer", id.get().text(), "alias", a, cancerWords));
    }
    Optional<ScalarNode> section = f.text("section").filter(s -> checked(f, s, sections, Map.of()));
    Optional<Reach> reach =
        f.text("reach")
            .flatMap(
                r -> {
                  Optional<Reach> known = Reach.fromId(r.text());
                  if (known.isEmpty()) {
                    f.fail(
                        r,
                        "unknown reach '"
                            + r.text()
                            + "' of "
                            + f.what()
                            + " (known: "
                            + Reach.knownIds()
                            + ")");
                  }
                  return known;
                });
    String note = f.optionalText("reach_note");
    if (!idOk || f.failed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Cancer(
            id.get().text(),
            name.get().text(),
            aliases.stream().map(ScalarNode::text).toList(),
            section.get().text(),
            reach.get(),
            note));
  }

  private final Map<String, ScalarNode> factIds = new LinkedHashMap<>();

  private boolean aFactFailed;

  /** Whether a spread fact with this id ({@code cancer>site}) has been bound. */
  boolean isFact(String id) {
    return factIds.containsKey(id);
  }

  /**
   * Whether every spread fact was bound: when one was not, a reference to it is not reported again
   * (it would repeat the fact's own problem under another line).
   */
  boolean everyFactBound() {
    return !aFactFailed;
  }

  private Optional<SpreadFact> fact(Node node, int index) {
    Optional<Fields> read =
        fields(
            node,
            index,
            "fact",
            List.of("cancer", "site"),
            List.of("cancer", "site", "tier", "section"),
            List.of("note", "uncertain", "when", "tends"));
    if (read.isEmpty()) {
      aFactFailed = true;
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<ScalarNode> cancer = f.text("cancer").filter(c -> checked(f, c, cancers, cancerWords));
    Optional<ScalarNode> site = f.text("site").filter(s -> checked(f, s, sites, siteWords));
    Optional<Tier> tier =
        f.text("tier")
            .flatMap(
                t -> {
                  Optional<Tier> known = Tier.fromId(t.text());
                  if (known.isEmpty()) {
                    f.fail(
                        t,
                        "unknown tier '"
                            + t.text()
                            + "' of "
                            + f.what()
                            + " (known: "
                            + Tier.knownIds()
                            + ")");
                  }
                  return known;
                });
    Optional<ScalarNode> section = f.text("section").filter(s -> checked(f, s, sections, Map.of()));
    String note = f.optionalText("note");
    boolean uncertain = f.bool("uncertain").orElse(false);
    String when = f.optionalText("when");
    Optional<Boolean> tends = f.bool("tends");
    if (tends.orElse(false) && tier.isPresent() && tier.get() != Tier.LOCAL) {
      f.fail(
          f.value("tends").get(),
          "'tends' of "
              + f.what()
              + " is for local growth, but its tier is '"
              + tier.get().id()
              + "'");
    }
    if (uncertain && note.isBlank()) {
      f.fail(f.node(), f.what() + " is marked uncertain but has no note saying why");
    }
    if (cancer.isPresent() && site.isPresent()) {
      String id = cancer.get().text() + ">" + site.get().text();
      ScalarNode earlier = factIds.putIfAbsent(id, cancer.get());
      if (earlier != null) {
        f.fail(cancer.get(), "duplicate fact '" + id + "' (first on line " + earlier.line() + ")");
      }
    }
    if (f.failed()) {
      aFactFailed = true;
      return Optional.empty();
    }
    String id = cancer.get().text() + ">" + site.get().text();
    return Optional.of(
        new SpreadFact(
            id,
            cancer.get().text(),
            site.get().text(),
            tier.get(),
            section.get().text(),
            note,
            uncertain,
            when,
            tends.orElse(false)));
  }

  /** Checks a reference and marks the entry failed when it names nothing. */
  boolean checked(Fields f, ScalarNode ref, Ids ids, Map<String, String> byName) {
    if (ids.check(ref, byName)) {
      return true;
    }
    f.markFailed();
    return false;
  }

  private void everyCancerHasAFact() {
    for (String cancer : cancers.all()) {
      boolean named = factIds.keySet().stream().anyMatch(id -> id.startsWith(cancer + ">"));
      if (!named) {
        cancers
            .where(cancer)
            .ifPresent(
                at ->
                    problems.at(
                        at,
                        "cancer '"
                            + cancer
                            + "' has no spread facts; every cancer needs at least one"));
      }
    }
  }
}

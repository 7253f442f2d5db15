package org.quizkit.content.oracle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The oracle's own reading of a dataset file: a plain Jackson tree walked by hand, sharing no code
 * with the loader, so a loader bug cannot hide a generator bug.
 *
 * <p>Strict about everything that decides a claim's value: unknown keys (a misspelt {@code
 * uncertain} must not make an uncertain fact certain), unknown tiers, a pair stated twice, and
 * references to unknown cancers or sites all fail the read. Every problem is collected first.
 */
final class SpreadFile {
  static final Set<String> TIERS = ImmutableSet.of("most", "also", "less", "rare", "local");

  /** A cancer or a site: its display name and the other words for it. */
  record Named(String id, String name, List<String> otherNames) {
    Named {
      otherNames = List.copyOf(otherNames);
    }

    /** The name first, then the other words. */
    List<String> allNames() {
      return ImmutableList.<String>builder().add(name).addAll(otherNames).build();
    }
  }

  /** What the file states for one cancer and site. */
  record Fact(String tier, boolean uncertain) {}

  record StepRow(String id, String text, int order) {}

  record ClaimRow(String id, String text, boolean truth) {}

  record DownstreamRow(String id, String pattern, String cause) {}

  /** A term: its word and synonyms, its meaning, and the terms its meaning clashes with. */
  record TermRow(Named names, String meaning, List<String> clashes) {}

  /** A statement about one cancer, true or false. */
  record StatementRow(String id, String cancer, String text, boolean truth) {}

  /** A description written to fit one cancer. */
  record ClueRow(String id, String cancer, String text) {}

  /** A sequence: each item id with its text and place. */
  record SequenceRow(String id, Map<String, StepRow> items) {}

  private record Pair(String cancer, String site) {}

  private final String name;
  private final List<String> sectionTitles;
  private final Map<String, Named> sites;
  private final Map<String, Named> cancers;
  private final Map<Pair, Fact> facts;
  private final Map<String, StepRow> steps;
  private final Map<String, ClaimRow> claims;
  private final Map<String, DownstreamRow> downstream;
  private final Map<String, List<String>> mostSites;
  private final Set<String> mostlyLocal;
  // Site to every site it lies inside, following part_of to the end.
  private final Map<String, Set<String>> outside;
  private final Map<String, String> reaches;
  private final Map<String, TermRow> terms;
  private final Map<String, StatementRow> statements;
  private final Map<String, ClueRow> clues;
  private final Map<String, SequenceRow> sequences;

  private SpreadFile(Reader reader) {
    this.name = reader.name;
    this.sectionTitles = List.copyOf(reader.sectionTitles);
    this.sites = ImmutableMap.copyOf(reader.sites);
    this.cancers = ImmutableMap.copyOf(reader.cancers);
    this.mostlyLocal = Set.copyOf(reader.mostlyLocal);
    this.facts = ImmutableMap.copyOf(reader.facts);
    this.steps = ImmutableMap.copyOf(reader.steps);
    this.claims = ImmutableMap.copyOf(reader.claims);
    this.downstream = ImmutableMap.copyOf(reader.downstream);
    this.reaches = ImmutableMap.copyOf(reader.reaches);
    this.terms = ImmutableMap.copyOf(reader.terms);
    this.statements = ImmutableMap.copyOf(reader.statements);
    this.clues = ImmutableMap.copyOf(reader.clues);
    this.sequences = ImmutableMap.copyOf(reader.sequences);
    Map<String, List<String>> most = new LinkedHashMap<>();
    facts.forEach(
        (pair, fact) -> {
          if (fact.tier().equals("most") && !fact.uncertain()) {
            most.computeIfAbsent(pair.cancer(), c -> new ArrayList<>()).add(pair.site());
          }
        });
    most.replaceAll((c, sites) -> List.copyOf(sites));
    this.mostSites = ImmutableMap.copyOf(most);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String site : sites.keySet()) {
      Set<String> found = new LinkedHashSet<>();
      List<String> todo = new ArrayList<>(reader.partOf.getOrDefault(site, List.of()));
      while (!todo.isEmpty()) {
        String next = todo.remove(0);
        if (found.add(next)) {
          todo.addAll(reader.partOf.getOrDefault(next, List.of()));
        }
      }
      out.put(site, Set.copyOf(found));
    }
    this.outside = ImmutableMap.copyOf(out);
  }

  /** Whether site {@code inner} lies inside site {@code outer}, directly or through others. */
  boolean inside(String inner, String outer) {
    return outside.getOrDefault(inner, Set.of()).contains(outer);
  }

  /**
   * Reads a file from the classpath.
   *
   * @throws SpreadFileException when it is missing or breaks the schema
   */
  static SpreadFile fromResource(String resource) {
    try (InputStream in = SpreadFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SpreadFileException(resource, List.of("no such resource on the classpath"));
      }
      return read(resource, in);
    } catch (IOException e) {
      throw new SpreadFileException(resource, List.of("cannot read: " + e.getMessage()));
    }
  }

  /** Reads a file from a stream; {@code source} names it in messages. */
  static SpreadFile read(String source, InputStream in) {
    YAMLMapper mapper =
        YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JsonNode root;
    try {
      root = mapper.readTree(in);
    } catch (JacksonException e) {
      throw new SpreadFileException(source, List.of("not valid YAML: " + e.getOriginalMessage()));
    }
    Reader reader = new Reader();
    reader.read(root);
    if (!reader.problems.isEmpty()) {
      throw new SpreadFileException(source, reader.problems);
    }
    return new SpreadFile(reader);
  }

  String name() {
    return name;
  }

  /** Every section title, in file order. */
  List<String> sectionTitles() {
    return sectionTitles;
  }

  Map<String, Named> sites() {
    return sites;
  }

  /**
   * Whether the file says this cancer mostly stays where it began ({@code reach: mostly-local}).
   */
  boolean mostlyLocal(String cancer) {
    return mostlyLocal.contains(cancer);
  }

  Map<String, Named> cancers() {
    return cancers;
  }

  Map<String, StepRow> steps() {
    return steps;
  }

  Map<String, ClaimRow> claims() {
    return claims;
  }

  Map<String, DownstreamRow> downstream() {
    return downstream;
  }

  /** The reach the file gives a cancer ({@code anywhere}, {@code mostly-local}, ...), or "". */
  String reach(String cancer) {
    return reaches.getOrDefault(cancer, "");
  }

  Map<String, TermRow> terms() {
    return terms;
  }

  Map<String, StatementRow> statements() {
    return statements;
  }

  Map<String, ClueRow> clues() {
    return clues;
  }

  Map<String, SequenceRow> sequences() {
    return sequences;
  }

  /** The fact the file states for this pair, if any. */
  Optional<Fact> fact(String cancer, String site) {
    return Optional.ofNullable(facts.get(new Pair(cancer, site)));
  }

  /** The sites whose certain fact for this cancer has tier {@code most}, in file order. */
  List<String> mostSites(String cancer) {
    return mostSites.getOrDefault(cancer, List.of());
  }

  /** Whether an id names a thing of this kind. */
  boolean knows(Thing kind, String id) {
    return switch (kind) {
      case CANCER -> cancers.containsKey(id);
      case SITE -> sites.containsKey(id);
      case CLAIM -> claims.containsKey(id);
      case DOWNSTREAM -> downstream.containsKey(id);
      case STEP -> steps.containsKey(id);
      case STATEMENT -> statements.containsKey(id);
      case CLUE -> clues.containsKey(id);
      case TERM -> terms.containsKey(id);
      case SEQUENCE -> sequences.containsKey(id);
      case REACH -> REACHES.contains(id);
    };
  }

  static final Set<String> REACHES = ImmutableSet.of("anywhere", "mostly-local", "unstated");

  /** Every id of this kind, in file order. */
  List<String> ids(Thing kind) {
    Map<String, ?> map =
        switch (kind) {
          case CANCER -> cancers;
          case SITE -> sites;
          case CLAIM -> claims;
          case DOWNSTREAM -> downstream;
          case STEP -> steps;
          case STATEMENT -> statements;
          case CLUE -> clues;
          case TERM -> terms;
          case SEQUENCE -> sequences;
          case REACH -> Maps.asMap(REACHES, r -> r);
        };
    return List.copyOf(map.keySet());
  }

  /** Walks the tree, collecting problems instead of stopping at the first. */
  private static final class Reader {
    private final List<String> problems = new ArrayList<>();
    private String name = "";
    private final List<String> sectionTitles = new ArrayList<>();
    private final Set<String> sectionIds = new LinkedHashSet<>();
    private final Map<String, Named> sites = new LinkedHashMap<>();
    private final Map<String, Named> cancers = new LinkedHashMap<>();
    private final Set<String> mostlyLocal = new java.util.HashSet<>();
    private final Map<Pair, Fact> facts = new LinkedHashMap<>();
    private final Map<String, StepRow> steps = new LinkedHashMap<>();
    private final Map<String, ClaimRow> claims = new LinkedHashMap<>();
    private final Map<String, DownstreamRow> downstream = new LinkedHashMap<>();
    private final Map<String, List<String>> partOf = new LinkedHashMap<>();
    private final Map<String, String> partOfWhere = new LinkedHashMap<>();

    // part_of decides which options may be distractors, so a wrong entry must fail the read.
    private void checkPartOf() {
      partOf.forEach(
          (site, outers) -> {
            String where = partOfWhere.get(site);
            for (String outer : outers) {
              known(sites, outer, where, "site in part_of");
              if (outer.equals(site)) {
                problems.add(where + ": site '" + site + "' lies inside itself");
              }
            }
          });
      for (String site : partOf.keySet()) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(partOf.get(site));
        while (!todo.isEmpty()) {
          String next = todo.remove(0);
          if (next.equals(site)) {
            problems.add(
                partOfWhere.get(site) + ": site '" + site + "' lies inside a site inside it");
            break;
          }
          if (seen.add(next)) {
            todo.addAll(partOf.getOrDefault(next, List.of()));
          }
        }
      }
    }

    private final Map<String, String> reaches = new LinkedHashMap<>();
    private final Map<String, TermRow> terms = new LinkedHashMap<>();
    private final Map<String, StatementRow> statements = new LinkedHashMap<>();
    private final Map<String, ClueRow> clues = new LinkedHashMap<>();
    private final Map<String, SequenceRow> sequences = new LinkedHashMap<>();

    void read(JsonNode root) {
      if (root == null || !root.isObject()) {
        problems.add("the file is not a mapping of schema, name, sections, ...");
        return;
      }
      keys(
          root,
          "the file",
          Set.of("schema", "name", "sections", "sites", "cancers", "spread"),
          // source is provenance; the four concept lists may be left out (docs/dataset.md)
          Set.of(
              "source",
              "routes",
              "steps",
              "claims",
              "downstream",
              "terms",
              "statements",
              "clues",
              "sequences"));
      JsonNode schema = root.path("schema");
      if (!schema.isIntegralNumber() || schema.intValue() != 1) {
        problems.add("schema is '" + schema.asString("") + "', want 1");
      }
      name = text(root, "name", "the file");
      for (Entry e : list(root, "sections")) {
        keys(e.node, e.where, Set.of("id", "title"), Set.of());
        String id = text(e.node, "id", e.where);
        String title = text(e.node, "title", e.where);
        if (!sectionIds.add(id)) {
          problems.add(e.where + ": section id '" + id + "' is used twice");
        }
        sectionTitles.add(title);
      }
      for (Entry e : list(root, "sites")) {
        keys(e.node, e.where, Set.of("id", "name"), Set.of("synonyms", "part_of"));
        Named site =
            new Named(
                text(e.node, "id", e.where),
                text(e.node, "name", e.where),
                texts(e.node, "synonyms", e.where));
        unique(sites, site.id(), site, e.where, "site");
        partOf.put(site.id(), texts(e.node, "part_of", e.where));
        partOfWhere.put(site.id(), e.where);
      }
      checkPartOf();
      for (Entry e : list(root, "cancers")) {
        keys(
            e.node,
            e.where,
            Set.of("id", "name", "section"),
            Set.of("aliases", "reach", "reach_note"));
        Named cancer =
            new Named(
                text(e.node, "id", e.where),
                text(e.node, "name", e.where),
                texts(e.node, "aliases", e.where));
        section(e.node, e.where);
        unique(cancers, cancer.id(), cancer, e.where, "cancer");
        if (e.node.path("reach").asString("").equals("mostly-local")) {
          mostlyLocal.add(cancer.id());
        }
        reaches.put(cancer.id(), e.node.path("reach").asString(""));
      }
      for (Entry e : list(root, "spread")) {
        readFact(e);
      }
      for (Entry e : optionalList(root, "routes")) {
        keys(
            e.node,
            e.where,
            Set.of("id", "name", "more_common", "description", "section"),
            Set.of());
        section(e.node, e.where);
      }
      for (Entry e : optionalList(root, "steps")) {
        keys(e.node, e.where, Set.of("id", "text", "order", "section"), Set.of());
        section(e.node, e.where);
        JsonNode order = e.node.path("order");
        if (!order.isIntegralNumber() || order.intValue() < 0) {
          problems.add(
              e.where + ": order is '" + order.asString("") + "', want a whole number >= 0");
        }
        StepRow step =
            new StepRow(text(e.node, "id", e.where), text(e.node, "text", e.where), order.asInt(0));
        unique(steps, step.id(), step, e.where, "step");
      }
      for (Entry e : optionalList(root, "claims")) {
        keys(e.node, e.where, Set.of("id", "topic", "text", "truth", "section"), Set.of("why"));
        section(e.node, e.where);
        JsonNode truth = e.node.path("truth");
        if (!truth.isBoolean()) {
          problems.add(e.where + ": truth is '" + truth.asString("") + "', want true or false");
        }
        ClaimRow claim =
            new ClaimRow(
                text(e.node, "id", e.where), text(e.node, "text", e.where), truth.asBoolean(false));
        unique(claims, claim.id(), claim, e.where, "claim");
      }
      for (Entry e : optionalList(root, "downstream")) {
        keys(
            e.node,
            e.where,
            Set.of("id", "pattern", "cause", "sites", "cancers", "section"),
            Set.of());
        section(e.node, e.where);
        texts(e.node, "sites", e.where);
        texts(e.node, "cancers", e.where);
        DownstreamRow row =
            new DownstreamRow(
                text(e.node, "id", e.where),
                text(e.node, "pattern", e.where),
                text(e.node, "cause", e.where));
        unique(downstream, row.id(), row, e.where, "downstream entry");
      }

      readExtras(root);
    }

    private void readExtras(JsonNode root) {
      for (Entry e : optionalList(root, "terms")) {
        keys(
            e.node,
            e.where,
            Set.of("id", "term", "meaning", "section"),
            Set.of("synonyms", "clashes"));
        section(e.node, e.where);
        TermRow term =
            new TermRow(
                new Named(
                    text(e.node, "id", e.where),
                    text(e.node, "term", e.where),
                    texts(e.node, "synonyms", e.where)),
                text(e.node, "meaning", e.where),
                texts(e.node, "clashes", e.where));
        unique(terms, term.names().id(), term, e.where, "term");
      }
      for (Entry e : optionalList(root, "statements")) {
        keys(
            e.node,
            e.where,
            Set.of("id", "cancer", "text", "truth", "section"),
            Set.of("why", "facts"));
        section(e.node, e.where);
        String cancer = text(e.node, "cancer", e.where);
        known(cancers, cancer, e.where, "cancer");
        JsonNode truth = e.node.path("truth");
        if (!truth.isBoolean()) {
          problems.add(e.where + ": truth is '" + truth.asString("") + "', want true or false");
        }
        // A statement restates spread facts only when true, and only facts of its own cancer that
        // the spread list holds (the facts were read above).
        for (String fact : texts(e.node, "facts", e.where)) {
          String[] parts = fact.split(">", -1);
          boolean ofCancer = parts.length == 2 && parts[0].equals(cancer);
          if (!truth.asBoolean(false)
              || !ofCancer
              || !facts.containsKey(new Pair(parts[0], parts[1]))) {
            problems.add(
                e.where + ": fact '" + fact + "' is not a spread fact this statement can state");
          }
        }
        StatementRow row =
            new StatementRow(
                text(e.node, "id", e.where),
                cancer,
                text(e.node, "text", e.where),
                truth.asBoolean(false));
        unique(statements, row.id(), row, e.where, "statement");
      }
      for (Entry e : optionalList(root, "clues")) {
        keys(e.node, e.where, Set.of("id", "cancer", "text", "section"), Set.of());
        section(e.node, e.where);
        String cancer = text(e.node, "cancer", e.where);
        known(cancers, cancer, e.where, "cancer");
        ClueRow row =
            new ClueRow(text(e.node, "id", e.where), cancer, text(e.node, "text", e.where));
        unique(clues, row.id(), row, e.where, "clue");
      }
      for (Entry e : optionalList(root, "sequences")) {
        keys(e.node, e.where, Set.of("id", "prompt", "items", "section"), Set.of("cancer"));
        section(e.node, e.where);
        Map<String, StepRow> items = new LinkedHashMap<>();
        JsonNode list = e.node.path("items");
        for (int i = 0; i < list.size(); i++) {
          JsonNode item = list.get(i);
          String where = e.where + ".items[" + i + "]";
          keys(item, where, Set.of("id", "text", "order"), Set.of());
          StepRow row =
              new StepRow(
                  text(item, "id", where), text(item, "text", where), item.path("order").asInt(0));
          unique(items, row.id(), row, where, "item");
        }
        SequenceRow row = new SequenceRow(text(e.node, "id", e.where), ImmutableMap.copyOf(items));
        unique(sequences, row.id(), row, e.where, "sequence");
      }
    }

    private void readFact(Entry e) {
      keys(
          e.node,
          e.where,
          Set.of("cancer", "site", "tier", "section"),
          Set.of("note", "uncertain", "when", "tends"));
      section(e.node, e.where);
      String cancer = text(e.node, "cancer", e.where);
      String site = text(e.node, "site", e.where);
      String tier = text(e.node, "tier", e.where);
      known(cancers, cancer, e.where, "cancer");
      known(sites, site, e.where, "site");
      if (!TIERS.contains(tier)) {
        problems.add(
            e.where + ": unknown tier '" + tier + "' (known: " + String.join(", ", TIERS) + ")");
      }
      boolean uncertain = false;
      if (e.node.has("uncertain")) {
        JsonNode flag = e.node.get("uncertain");
        if (flag.isBoolean()) {
          uncertain = flag.booleanValue();
        } else {
          problems.add(e.where + ": uncertain is '" + flag.asString("") + "', want true or false");
        }
      }
      Pair pair = new Pair(cancer, site);
      if (facts.containsKey(pair)) {
        problems.add(e.where + ": pair " + cancer + ">" + site + " is stated twice");
      } else {
        facts.put(pair, new Fact(tier, uncertain));
      }
    }

    private record Entry(JsonNode node, String where) {}

    private List<Entry> optionalList(JsonNode root, String key) {
      return root.has(key) ? list(root, key) : List.of();
    }

    private List<Entry> list(JsonNode root, String key) {
      JsonNode node = root.path(key);
      if (!node.isArray()) {
        problems.add("the file: '" + key + "' is missing or not a list");
        return List.of();
      }
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        String where = key + "[" + i + "]";
        if (item.isObject()) {
          entries.add(new Entry(item, where));
        } else {
          problems.add(where + ": not a mapping");
        }
      }
      return entries;
    }

    private void keys(JsonNode node, String where, Set<String> required, Set<String> optional) {
      for (String key : required.stream().sorted().toList()) {
        if (!node.has(key)) {
          problems.add(where + ": missing '" + key + "'");
        }
      }
      for (String key : node.propertyNames()) {
        if (!required.contains(key) && !optional.contains(key)) {
          problems.add(where + ": unknown key '" + key + "'");
        }
      }
    }

    private String text(JsonNode node, String key, String where) {
      JsonNode value = node.path(key);
      if (value.isMissingNode()) {
        return "";
      }
      if (!value.isString() || value.stringValue().isBlank()) {
        problems.add(where + ": " + key + " is '" + value.asString("") + "', want non-blank text");
        return "";
      }
      return value.stringValue();
    }

    private List<String> texts(JsonNode node, String key, String where) {
      JsonNode value = node.path(key);
      if (value.isMissingNode()) {
        return List.of();
      }
      if (!value.isArray()) {
        problems.add(where + ": " + key + " is not a list");
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (JsonNode item : value.values()) {
        if (item.isString() && !item.stringValue().isBlank()) {
          out.add(item.stringValue());
        } else {
          problems.add(
              where + ": " + key + " holds '" + item.asString("") + "', want non-blank text");
        }
      }
      return out;
    }

    // Sections are provenance, not truth: the oracle only needs the titles questions cite, so a
    // fact's section is required but its reference is left to the loader's validator.
    private void section(JsonNode node, String where) {
      text(node, "section", where);
    }

    private <T> void unique(Map<String, T> map, String id, T value, String where, String what) {
      if (id.isEmpty()) {
        return;
      }
      if (map.putIfAbsent(id, value) != null) {
        problems.add(where + ": " + what + " id '" + id + "' is used twice");
      }
    }

    private void known(Map<String, ?> map, String id, String where, String what) {
      if (!id.isEmpty() && !map.containsKey(id)) {
        problems.add(
            where
                + ": unknown "
                + what
                + " '"
                + id
                + "' (known: "
                + String.join(", ", map.keySet())
                + ")");
      }
    }
  }
}

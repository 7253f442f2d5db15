package org.quizkit.content.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quizkit.content.internal.tree.Node;
import org.quizkit.content.internal.tree.Node.Entry;
import org.quizkit.content.internal.tree.Node.Kind;
import org.quizkit.content.internal.tree.Node.ListNode;
import org.quizkit.content.internal.tree.Node.MapNode;
import org.quizkit.content.internal.tree.Node.ScalarNode;
import org.quizkit.content.internal.tree.NodeJson;
import org.quizkit.content.internal.tree.Problems;
import org.quizkit.content.internal.tree.TreeReader;

/**
 * Reads a module file, collecting every problem with its line and column before giving up.
 *
 * <p>Reads through the dataset's located tree rather than a Jackson tree: that tree keeps where
 * each value starts, and needs no data-binding mapper, which was a large share of start-up.
 */
final class Loader {
  private static final int VERSION = 1;
  private static final Set<String> TOP_KEYS =
      Set.of("version", "cancers", "sections", "topics", "modules");
  private static final Set<String> MODULE_KEYS =
      Set.of("id", "title", "objectives", "lesson", "sections", "topics", "cancers", "mastery");
  private static final TreeReader.Wording WORDING =
      new TreeReader.Wording(
          "expected a mapping with 'modules' at the top",
          "not valid YAML: a module file holds one document; found more after it",
          "not valid YAML: ");

  private final String source;
  private final Problems problems;

  Loader(String source) {
    this.source = source;
    this.problems = new Problems(source);
  }

  ModuleCatalog load(String yaml) {
    TreeReader reader = new TreeReader(problems, WORDING);
    Optional<Node> read = source.endsWith(".json") ? reader.readJson(yaml) : reader.readYaml(yaml);
    if (read.isEmpty() || problems.any()) {
      throw new ModuleException(problems.sorted());
    }
    if (!(read.get() instanceof MapNode root)) {
      problems.file("expected a mapping with 'modules' at the top");
      throw new ModuleException(problems.sorted());
    }
    Map<String, Entry> top = keys(root, TOP_KEYS);
    Entry version = top.get("version");
    if (version == null || !isVersion(version.value())) {
      report(version, root, "version is " + describe(version) + ", this reader knows " + VERSION);
    }
    Listed cancers = ids(top, root, "cancers");
    Listed sections = ids(top, root, "sections");
    Listed topics = ids(top, root, "topics");
    List<LearningModule> modules = new ArrayList<>();
    List<MapNode> moduleNodes = new ArrayList<>();
    Entry list = top.get("modules");
    if (list == null || !(list.value() instanceof ListNode items) || items.items().isEmpty()) {
      report(list, root, "'modules' must be a non-empty list");
    } else {
      for (Node item : items.items()) {
        LearningModule module = module(item, cancers.ids, sections.ids, topics.ids);
        if (module != null) {
          modules.add(module);
          moduleNodes.add((MapNode) item);
        }
      }
    }
    if (!problems.any()) {
      // Only on a clean file: a broken module would make every one of its cancers look missing.
      cover(modules, moduleNodes, cancers, sections, topics);
    }
    if (problems.any()) {
      throw new ModuleException(problems.sorted());
    }
    return new ModuleCatalog(cancers.ids, sections.ids, topics.ids, modules);
  }

  /** Distinct ids in file order, with the list items they came from (for late reports). */
  private record Listed(List<String> ids, List<Node> items) {}

  private LearningModule module(
      Node node, List<String> cancers, List<String> sections, List<String> topics) {
    if (!(node instanceof MapNode map)) {
      problems.at(node, "a module must be a mapping, found " + describe(node));
      return null;
    }
    int before = problems.sorted().size();
    Map<String, Entry> keys = keys(map, MODULE_KEYS);
    String id = text(keys, map, "id");
    String title = text(keys, map, "title");
    String lesson = text(keys, map, "lesson");
    List<String> objectives = strings(keys, map, "objectives").values;
    if (objectives.isEmpty()) {
      report(keys.get("objectives"), map, "module '" + id + "' has no learning objectives");
    }
    List<String> ownSections = known(keys, map, "sections", "section", sections);
    List<String> ownTopics = known(keys, map, "topics", "topic", topics);
    List<String> ownCancers = known(keys, map, "cancers", "cancer", cancers);
    Entry mastery = keys.get("mastery");
    double share = mastery == null ? Double.NaN : number(mastery.value());
    // Written so that NaN (the core schema reads .nan as a number) fails too.
    if (!(share > 0 && share <= 1)) {
      report(
          mastery,
          map,
          "module '" + id + "' has mastery " + describe(mastery) + ", expected a number in (0, 1]");
    }
    if (problems.sorted().size() > before) {
      return null;
    }
    return new LearningModule(
        id, title, objectives, lesson, ownSections, ownTopics, ownCancers, share);
  }

  /** Every cancer in exactly one module; every module id once; every section and topic used. */
  private void cover(
      List<LearningModule> modules,
      List<MapNode> nodes,
      Listed cancers,
      Listed sections,
      Listed topics) {
    Map<String, String> owner = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < modules.size(); i++) {
      LearningModule module = modules.get(i);
      Map<String, Entry> keys = keys(nodes.get(i));
      if (!ids.add(module.id())) {
        report(keys.get("id"), nodes.get(i), "module id '" + module.id() + "' is used twice");
      }
      for (String cancer : module.cancers()) {
        String first = owner.putIfAbsent(cancer, module.id());
        if (first != null) {
          report(
              keys.get("cancers"),
              nodes.get(i),
              "cancer '"
                  + cancer
                  + "' is in module '"
                  + first
                  + "' and again in module '"
                  + module.id()
                  + "'");
        }
      }
    }
    for (int i = 0; i < cancers.ids.size(); i++) {
      if (!owner.containsKey(cancers.ids.get(i))) {
        problems.at(cancers.items.get(i), "cancer '" + cancers.ids.get(i) + "' is in no module");
      }
    }
    for (int i = 0; i < sections.ids.size(); i++) {
      String section = sections.ids.get(i);
      if (modules.stream().noneMatch(m -> m.sections().contains(section))) {
        problems.at(sections.items.get(i), "section '" + section + "' is covered by no module");
      }
    }
    for (int i = 0; i < topics.ids.size(); i++) {
      String topic = topics.ids.get(i);
      if (modules.stream().noneMatch(m -> m.topics().contains(topic))) {
        problems.at(topics.items.get(i), "topic '" + topic + "' is taught by no module");
      }
    }
  }

  private Listed ids(Map<String, Entry> keys, MapNode parent, String key) {
    Strings strings = strings(keys, parent, key);
    Set<String> seen = new LinkedHashSet<>();
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < strings.values.size(); i++) {
      String id = strings.values.get(i);
      if (seen.add(id)) {
        items.add(strings.items.get(i));
      } else {
        report(keys.get(key), parent, "'" + id + "' is listed twice");
      }
    }
    return new Listed(List.copyOf(seen), items);
  }

  private List<String> known(
      Map<String, Entry> keys, MapNode parent, String key, String what, List<String> allowed) {
    Strings strings = strings(keys, parent, key);
    List<String> values = strings.values;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (!allowed.contains(value)) {
        String known = String.join(", ", allowed);
        problems.at(
            strings.items.get(i), "unknown " + what + " '" + value + "' (known: " + known + ")");
      }
    }
    if (values.stream().distinct().count() != values.size()) {
      report(keys.get(key), parent, what + " listed twice in " + values);
    }
    return values;
  }

  /** The usable texts of a list with the items they came from; bad items are reported. */
  private record Strings(List<String> values, List<Node> items) {}

  private Strings strings(Map<String, Entry> keys, MapNode parent, String key) {
    Entry entry = keys.get(key);
    if (entry == null) {
      problems.at(parent, "'" + key + "' is missing");
      return new Strings(List.of(), List.of());
    }
    if (!(entry.value() instanceof ListNode list)) {
      report(entry, parent, "'" + key + "' must be a list, found " + describe(entry));
      return new Strings(List.of(), List.of());
    }
    List<String> values = new ArrayList<>();
    List<Node> items = new ArrayList<>();
    for (Node item : list.items()) {
      if (!isText(item)) {
        problems.at(item, "expected a non-blank text, found " + describe(item));
      } else {
        values.add(((ScalarNode) item).text().strip());
        items.add(item);
      }
    }
    return new Strings(values, items);
  }

  private String text(Map<String, Entry> keys, MapNode parent, String key) {
    Entry entry = keys.get(key);
    if (entry == null || !isText(entry.value())) {
      report(entry, parent, "'" + key + "' must be a non-blank text, found " + describe(entry));
      return "?";
    }
    return ((ScalarNode) entry.value()).text().strip();
  }

  /** The keys of a mapping, after reporting unknown and repeated ones. */
  private Map<String, Entry> keys(MapNode map, Set<String> known) {
    Map<String, Entry> keys = new LinkedHashMap<>();
    for (Entry entry : map.entries()) {
      if (!known.contains(entry.key())) {
        problems.at(
            entry.line(),
            entry.column(),
            "unknown key '"
                + entry.key()
                + "' (known: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      } else if (keys.containsKey(entry.key())) {
        // YAML forbids it, and which of the two was meant cannot be known.
        problems.at(
            entry.line(),
            entry.column(),
            "duplicate key '"
                + entry.key()
                + "' (first on line "
                + keys.get(entry.key()).line()
                + ")");
      } else {
        keys.put(entry.key(), entry);
      }
    }
    return keys;
  }

  /** The keys of a mapping already checked by {@link #keys(MapNode, Set)}. */
  private static Map<String, Entry> keys(MapNode map) {
    Map<String, Entry> keys = new LinkedHashMap<>();
    map.entries().forEach(e -> keys.putIfAbsent(e.key(), e));
    return keys;
  }

  /** Reports at the key when it is there, else at the mapping that lacks it. */
  private void report(Entry entry, MapNode parent, String message) {
    if (entry == null) {
      problems.at(parent, message);
    } else {
      problems.at(entry.line(), entry.column(), message);
    }
  }

  private static boolean isText(Node node) {
    return node instanceof ScalarNode s && s.kind() == Kind.TEXT && !s.text().isBlank();
  }

  private static boolean isVersion(Node node) {
    return node instanceof ScalarNode s
        && s.kind() == Kind.INTEGER
        && s.text().equals(Integer.toString(VERSION));
  }

  private static double number(Node node) {
    if (node instanceof ScalarNode s && (s.kind() == Kind.INTEGER || s.kind() == Kind.DECIMAL)) {
      return Double.parseDouble(s.text());
    }
    return Double.NaN;
  }

  private static String describe(Entry entry) {
    return entry == null ? "nothing" : describe(entry.value());
  }

  /** The value as JSON, shortened: messages quote it the way a JSON tree would print it. */
  private static String describe(Node node) {
    String text = NodeJson.of(node);
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
